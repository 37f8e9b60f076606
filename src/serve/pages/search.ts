// `/search?q=…`: sentences matching a full-text query (src/query's searchSentences), the
// matching words marked from the code-point ranges it returns; every piece of text escaped.
import type { SentenceHit } from '../../query/facts.js';
import { utf16Mapper } from '../../core/offsets.js';
import { escapeHtml, html, trusted, type Html } from '../html.js';
import { layout } from './layout.js';

export function searchPage(query: string, hits: SentenceHit[]): Html {
  const body = html`<h1>Search <span class="sub">${query}</span></h1>
<p id="count" class="summary">${hits.length} sentences</p>
<ol class="hits">${hits.map(
    (h) => html`<li><p>${marked(h.text, h.matches)}</p><p class="where"><a href="/doc/${h.doc}">${h.title ?? h.source}</a>${
      h.section ? ` · ${h.section}` : ''
    }</p></li>\n`,
  )}</ol>`;
  return layout({ title: `Search ${query}`, section: '', body });
}

function marked(text: string, ranges: [number, number][]): Html {
  const at = utf16Mapper(text);
  let out = '';
  let last = 0;
  for (const [s, e] of ranges) {
    const [from, to] = [at(s), at(e)];
    if (from < last || to > text.length) continue;
    out += `${escapeHtml(text.slice(last, from))}<mark class="hit">${escapeHtml(text.slice(from, to))}</mark>`;
    last = to;
  }
  return trusted(out + escapeHtml(text.slice(last)));
}
