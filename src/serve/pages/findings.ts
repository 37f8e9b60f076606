// `/findings` and `/finding/:n`: what `gongwen check` found — relations that hold or fail inside
// a document and conflicts across documents — each with the quotes it rests on, in context.
import type { FindingRecord } from '../../../schemas/index.js';
import { utf16Mapper } from '../../core/offsets.js';
import type { SentenceAt } from '../data.js';
import { anchorOf } from '../highlight.js';
import { escapeHtml, href, html, trusted, type Html } from '../html.js';
import { layout } from './layout.js';

export interface FindingsView {
  findings: FindingRecord[];
  status: string;
  kind: string;
}

export function findingsPage(v: FindingsView): Html {
  // what needs a reviewer first; the index stays the checker's order, so links stay put
  const indexed = v.findings
    .map((f, i) => ({ f, i }))
    .filter(({ f }) => (!v.status || f.status === v.status) && (!v.kind || f.kind === v.kind))
    .sort((a, b) => Number(a.f.status === 'consistent') - Number(b.f.status === 'consistent') || a.i - b.i);
  const body = html`<h1>Findings</h1>
<form class="filters" method="get" action="/findings">
${choice('status', v.status, ['inconsistent', 'consistent'])}
${choice('kind', v.kind, ['arithmetic', 'conflict'])}
<button type="submit">Filter</button>
</form>
<p id="count" class="summary">${indexed.length} findings</p>
<ol class="findings">${indexed.map(
    ({ f, i }) => html`<li class="finding s-${f.status}" value="${i + 1}"><a href="/finding/${i}">${badges(f)} ${f.message}</a></li>\n`,
  )}</ol>`;
  return layout({ title: 'Findings', section: '/findings', body });
}

function choice(name: string, current: string, values: string[]): Html {
  return html`<label>${name} <select name="${name}"><option value="">any</option>${values.map(
    (v) => html`<option${v === current ? html` selected` : ''}>${v}</option>`,
  )}</select></label>`;
}

function badges(f: FindingRecord): Html {
  return html`<span class="badge s-${f.status}">${f.status}</span> <span class="badge">${f.kind}</span> <span class="badge">${f.rule}</span>`;
}

export interface FindingDetail {
  index: number;
  finding: FindingRecord;
  /** the sentence of each of the finding's facts, in the same order */
  contexts: (SentenceAt | null)[];
}

export function findingPage({ index, finding: f, contexts }: FindingDetail): Html {
  const body = html`<article class="finding-detail s-${f.status}">
<p><a href="${href('/findings')}">← Findings</a></p>
<h1>Finding ${index + 1}</h1>
<p>${badges(f)}</p>
<p class="message">${f.message}</p>
<dl class="meta"><div><dt>Expected</dt><dd>${f.expected ?? '—'}</dd></div><div><dt>Actual</dt><dd>${f.actual ?? '—'}</dd></div></dl>
<ol class="quotes">${f.facts.map(
    (q, i) => html`<li class="quote-card">
<p class="where"><a href="/doc/${q.doc}#${anchorOf({ type: 'quantity', span: q.span })}">${contexts[i]?.title ?? q.doc}</a> · ${q.value}${q.unit ?? ''}</p>
<blockquote>${contexts[i] ? inContext(contexts[i], q.span) : html`<mark class="hit">${q.quote}</mark>`}</blockquote>
</li>\n`,
  )}</ol>
</article>`;
  return layout({ title: `Finding ${index + 1}`, section: '/findings', body });
}

/** The sentence with the quote marked (spans are code points of the document). */
function inContext(s: SentenceAt, span: [number, number]): Html {
  const at = utf16Mapper(s.text);
  const from = at(Math.max(0, span[0] - s.start));
  const to = at(Math.max(0, span[1] - s.start));
  return trusted(`${escapeHtml(s.text.slice(0, from))}<mark class="hit">${escapeHtml(s.text.slice(from, to))}</mark>${escapeHtml(s.text.slice(to))}`);
}
