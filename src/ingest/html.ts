// Reads HTML as its visible text: the article of a whole web page, or all of a fragment.
import * as cheerio from 'cheerio';
import type { RawTable } from '../core/types.js';
import { dropMetadataBlocks, findArticle } from './html-article.js';
import { isElement, removeNode, textOf } from './html-dom.js';
import { renderNode, TextBuilder } from './html-text.js';
import { DROPPED_TAGS } from './html.data.js';

export interface HtmlText {
  raw: string;
  tables: RawTable[];
}

export interface HtmlOptions {
  /** look for the article body and its title, leaving site chrome out (off for converted .docx) */
  findArticle: boolean;
}

const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;
/** A hidden element holding more than this share of the page's text is shown by a script later. */
const MAX_HIDDEN_SHARE = 0.5;

/**
 * Drops hidden elements (a duplicate of the body kept for printing, collapsed menus). Pages also
 * hide their whole content until a script has run (`body { visibility: hidden }`), so the body
 * itself and any hidden element holding most of the text stay.
 */
function dropHidden($: cheerio.CheerioAPI): void {
  const total = textOf($.root()[0]!).length;
  const hidden = $('[hidden], [style]')
    .toArray()
    .filter(isElement)
    .filter((el) => el.name !== 'body' && el.name !== 'html')
    .filter((el) => el.attribs.hidden !== undefined || HIDDEN_STYLE.test(el.attribs.style ?? ''));
  for (const el of hidden) if (textOf(el).length <= total * MAX_HIDDEN_SHARE) removeNode(el);
}

export function readHtml(html: string, options: HtmlOptions = { findArticle: true }): HtmlText {
  const $ = cheerio.load(html);
  $(DROPPED_TAGS.join(',')).remove();
  dropHidden($);

  const out = new TextBuilder();
  const tables: RawTable[] = [];
  if (!options.findArticle) {
    renderNode($.root()[0]!, out, tables);
    return { raw: out.toString(), tables };
  }
  const article = findArticle($);
  dropMetadataBlocks(article.body);
  if (article.title) {
    out.text(article.title);
    out.block();
  }
  renderNode(article.body, out, tables);
  return { raw: out.toString(), tables };
}
