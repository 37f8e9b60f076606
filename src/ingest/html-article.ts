// Finds the article in a whole web page saved off a government site: the element holding the
// document's body, and the title printed just before it. Site navigation, the metadata block
// (索引号/发布日期 …) and footers are left out.
import type { CheerioAPI } from 'cheerio';
import { type Element, childElements, isElement, isText, removeNode, textOf, textWeight, walk } from './html-dom.js';
import { isDataTable } from './html-text.js';
import { ARTICLE_SELECTORS, BYLINE_LABELS, CONTAINER_TAGS, METADATA_LABELS, STRONG_METADATA_LABELS } from './html.data.js';

export interface Article {
  /** the element whose content is the document */
  body: Element;
  /** the title found just before `body`, when `body` does not already start with it */
  title: string | null;
}

/** A known container must hold at least this share of the page's text weight to be trusted. */
const MIN_SELECTOR_SHARE = 0.3;
/** The density search descends into a child holding at least this share of its parent's weight. */
const MIN_CHILD_SHARE = 0.5;

export function findArticle($: CheerioAPI): Article {
  const root = ($('body')[0] ?? $.root()[0]) as Element;
  const weights = weigh(root);
  const total = weights.get(root) ?? 0;
  const body = total === 0 ? root : (bySelector(root, weights, total) ?? byDensity(root, weights));
  return { body, title: body === root ? null : titleBefore(body, root, weights) };
}

/**
 * Text weight of every element (CJK characters and punctuation outside links): body text is
 * dense, navigation is mostly links.
 */
function weigh(root: Element): Map<Element, number> {
  const weights = new Map<Element, number>();
  const stack: Element[] = [];
  let inLink = 0;
  walk(
    root,
    (node) => {
      if (isText(node)) {
        if (!inLink && stack.length > 0) {
          const top = stack[stack.length - 1]!;
          weights.set(top, (weights.get(top) ?? 0) + textWeight(node.data));
        }
        return false;
      }
      if (!isElement(node)) return 'children' in node;
      stack.push(node);
      if (node.name === 'a') inLink++;
      return true;
    },
    (node) => {
      if (!isElement(node)) return;
      stack.pop();
      if (node.name === 'a') inLink--;
      const parent = stack[stack.length - 1];
      if (parent) weights.set(parent, (weights.get(parent) ?? 0) + (weights.get(node) ?? 0));
    },
  );
  return weights;
}

function bySelector(root: Element, weights: Map<Element, number>, total: number): Element | null {
  const matches = matchSimpleSelectors(root, ARTICLE_SELECTORS);
  for (const candidates of matches) {
    let best: Element | null = null;
    for (const el of candidates) {
      if ((weights.get(el) ?? 0) > (best ? weights.get(best) ?? 0 : 0)) best = el;
    }
    if (best && (weights.get(best) ?? 0) >= total * MIN_SELECTOR_SHARE) return best;
  }
  return null;
}

/**
 * Elements matching each of the simple selectors (`#id`, `.class`, `tag`), in one walk: a
 * selector engine per selector is quadratic on deeply nested pages.
 */
function matchSimpleSelectors(root: Element, selectors: readonly string[]): Element[][] {
  const matches = selectors.map(() => [] as Element[]);
  walk(root, (node) => {
    if (!isElement(node)) return 'children' in node;
    const classes = (node.attribs.class ?? '').split(/\s+/);
    selectors.forEach((sel, i) => {
      const hit = sel.startsWith('#') ? node.attribs.id === sel.slice(1)
        : sel.startsWith('.') ? classes.includes(sel.slice(1))
        : node.name === sel;
      if (hit) matches[i]!.push(node);
    });
    return true;
  });
  return matches;
}

/** A node whose own paragraphs (not inside container children) carry this share is the body. */
const MAX_OWN_PARAGRAPH_SHARE = 0.2;

/**
 * Descends from the body while one container child holds most of the text, stopping at a node
 * that holds paragraphs itself (its text is the article, not one of its blocks).
 */
function byDensity(root: Element, weights: Map<Element, number>): Element {
  let node = root;
  for (;;) {
    const own = weights.get(node) ?? 0;
    let best: Element | null = null;
    let inContainers = 0;
    for (const child of childElements(node)) {
      if (!CONTAINER_TAGS.has(child.name) || (child.name === 'table' && isDataTable(child))) continue;
      inContainers += weights.get(child) ?? 0;
      if (!best || (weights.get(child) ?? 0) > (weights.get(best) ?? 0)) best = child;
    }
    if (!best || own - inContainers > own * MAX_OWN_PARAGRAPH_SHARE) return node;
    if ((weights.get(best) ?? 0) < own * MIN_CHILD_SHARE) return node;
    if (keepsHeadRows(best)) return node;
    node = best;
  }
}

/** A row above the body row longer than this is content of its own, not the document's head. */
const MAX_HEAD_ROW_CHARS = 80;

/**
 * Old pages lay a document out as a table: short rows for its number or title line, then the
 * body row. Such a table (no text after the body row, no links above it) is kept whole, so that
 * the head rows stay with the body.
 */
function keepsHeadRows(best: Element): boolean {
  if (best.name !== 'tr' || !best.parent) return false;
  let head = false;
  let after = false;
  for (const row of childElements(best.parent)) {
    if (row === best) {
      after = true;
      continue;
    }
    const text = squash(textOf(row));
    if (!text) continue;
    if (after || [...text].length > MAX_HEAD_ROW_CHARS || hasLink(row)) return false;
    head = true;
  }
  return head;
}

function hasLink(el: Element): boolean {
  let found = false;
  walk(el, (n) => {
    if (isElement(n) && n.name === 'a') found = true;
    return !found;
  });
  return found;
}

/** How far the title is looked for: levels up from the body, elements back at each level. */
const TITLE_LEVELS = 3;
const TITLE_SIBLINGS = 6;
/** A sibling this heavy is other content: the title is not beyond it. */
const MAX_SKIPPED_WEIGHT = 300;

/**
 * The document title printed just before the body container (an `<h1>` or a `.title` element,
 * possibly with a date line between), unless the body already starts with it.
 */
function titleBefore(body: Element, root: Element, weights: Map<Element, number>): string | null {
  let node: Element | null = body;
  let level = 0;
  while (node && node !== root && level < TITLE_LEVELS) {
    let seen = 0;
    for (let sib = node.prev; sib && seen < TITLE_SIBLINGS; sib = sib.prev) {
      if (!isElement(sib)) continue;
      seen++;
      const text = squash(textOf(sib));
      if (looksLikeTitle(sib, text)) return alreadyIn(body, text) ? null : text;
      if ((weights.get(sib) ?? 0) > MAX_SKIPPED_WEIGHT) return null;
    }
    // the rows and cells of a layout table are not levels of the page's own layout
    if (!TABLE_PARTS.has(node.name)) level++;
    node = node.parent && isElement(node.parent) ? node.parent : null;
  }
  return null;
}

const TABLE_PARTS = new Set(['tbody', 'thead', 'tfoot', 'tr', 'td', 'th']);

/** A heading or an element named as the title (or wrapping one alone), and not the byline under it. */
function looksLikeTitle(el: Element, text: string): boolean {
  const length = [...text].length;
  if (length < 6 || length > 200 || !/[\u4e00-\u9fff]/.test(text) || isByline(text)) return false;
  for (let e: Element | undefined = el; e; e = soleChild(e)) if (namedTitle(e)) return true;
  return false;
}

function namedTitle(el: Element): boolean {
  return /^h[1-3]$/.test(el.name) || /title|biaoti|bt/i.test(`${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`);
}

/** The only element child of a node (`<tr><td class="title">` in a table layout). */
function soleChild(el: Element): Element | undefined {
  const children = childElements(el);
  return children.length === 1 ? children[0] : undefined;
}

/** `发布时间：… 来源：…`: the line printed between a title and its body. */
function isByline(text: string): boolean {
  const compact = text.replace(/[\s\u00a0\u3000]+/g, '');
  return BYLINE_LABELS.some((label) => compact.includes(`${label}：`) || compact.includes(`${label}:`));
}

function squash(text: string): string {
  return text.replace(/[ \t\n\r\f]+/g, ' ').trim();
}

/** True when the body's first lines already carry the title (white space aside). */
function alreadyIn(body: Element, title: string): boolean {
  const head = textOf(body).slice(0, 2000).replace(/\s+/g, '');
  return head.includes(title.replace(/\s+/g, ''));
}

/** Upper bound on the text of a metadata block: a longer element is content. */
const MAX_METADATA_CHARS = 800;
const BLOCK_HOLDERS = new Set(['table', 'ul', 'dl', 'div']);

/**
 * Removes, inside the article body, the metadata blocks portals print with a document
 * (`索引号：… 发布机构：… 成文日期：…`): small tables, lists or divs holding no such block
 * themselves, with at least three `label：` pairs, one of them a strong one.
 */
export function dropMetadataBlocks(body: Element): void {
  for (const el of innermostBlocks(body)) {
    const text = textOf(el);
    if (text.length <= MAX_METADATA_CHARS && isMetadata(text)) removeNode(el);
  }
}

/** Tables, lists and divs with none of those inside: disjoint, so reading their text is linear. */
function innermostBlocks(root: Element): Element[] {
  const found: Element[] = [];
  const holds = new Map<Element, boolean>();
  const stack: Element[] = [];
  walk(
    root,
    (node) => {
      if (!isElement(node)) return 'children' in node;
      stack.push(node);
      return true;
    },
    (node) => {
      if (!isElement(node)) return;
      stack.pop();
      const inner = holds.get(node) ?? false;
      if (BLOCK_HOLDERS.has(node.name) && !inner && node !== root) found.push(node);
      const parent = stack[stack.length - 1];
      if (parent && (inner || BLOCK_HOLDERS.has(node.name))) holds.set(parent, true);
    },
  );
  return found;
}

export function isMetadata(text: string): boolean {
  const compact = text.replace(/[\s\u00a0\u3000]+/g, '');
  const found = METADATA_LABELS.filter((label) => compact.includes(`${label}：`) || compact.includes(`${label}:`));
  return found.length >= 3 && found.some((label) => STRONG_METADATA_LABELS.includes(label));
}
