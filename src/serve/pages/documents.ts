// `/`: the stored documents with their header fields and how many records each gave.
import type { DocSummary } from '../data.js';
import { html, type Html } from '../html.js';
import { layout } from './layout.js';

export const FACT_TYPES = ['quantity', 'date', 'assignment', 'reference', 'region'] as const;

export function documentsPage(docs: DocSummary[]): Html {
  const body = html`<h1>Documents <span class="count">${docs.length}</span></h1>
${docs.length ? table(docs) : html`<p class="notice">The store holds no documents yet: run <code>gongwen extract</code>.</p>`}`;
  return layout({ title: 'Documents', section: '/', body });
}

function table(docs: DocSummary[]): Html {
  return html`<table class="grid docs">
<thead><tr><th>Title</th><th>Number</th><th>Issuer</th><th>Issued</th><th>Kind</th><th>Region</th>${FACT_TYPES.map(
    (t) => html`<th class="num"><span class="swatch t-${t}"></span>${t}</th>`,
  )}<th>Source</th></tr></thead>
<tbody>${docs.map(row)}</tbody>
</table>`;
}

function row({ record: d, counts }: DocSummary): Html {
  return html`<tr>
<td><a href="/doc/${d.doc}">${d.title ?? '(untitled)'}</a></td>
<td class="nowrap">${d.docNumber ?? ''}</td>
<td>${d.issuer ?? ''}</td>
<td class="nowrap">${d.issuedOn ?? ''}${d.issuedOn && d.issuedOnInferred ? html` <abbr title="inferred from the body">*</abbr>` : ''}</td>
<td>${d.kind ?? ''}</td>
<td>${d.region?.name ?? ''}</td>
${FACT_TYPES.map((t) => html`<td class="num">${counts[t] ?? 0}</td>`)}
<td class="source">${d.source}</td>
</tr>\n`;
}
