// `/facts`: the records of the whole store in one table, filtered on the server through
// src/query (the form submits its fields as query-string parameters).
import type { FactRow } from '../../query/facts.js';
import type { Choice } from '../data.js';
import { recordDate } from '../fields.js';
import { anchorOf } from '../highlight.js';
import { html, type Html } from '../html.js';
import { type ParsedFilters } from '../filters.js';
import { FACT_TYPES } from './documents.js';
import { layout } from './layout.js';

const ROLES = ['actual', 'target', 'point', 'deadline', 'since', 'period'];

export interface FactsChoices {
  metrics: Choice[];
  regions: Choice[];
  docs: Choice[];
}

export function factsPage(parsed: ParsedFilters, rows: FactRow[], choices: FactsChoices, query: URLSearchParams): Html {
  const shown = rows.slice(0, parsed.size);
  const more = rows.length > parsed.size;
  const body = html`<h1>Facts</h1>
${form(parsed, choices)}
${parsed.errors.map((e) => html`<p class="notice error">${e}</p>`)}
<p id="count" class="summary">${countLine(parsed, shown.length, more)}</p>
${pager(parsed, more, query)}
${shown.length ? table(shown) : ''}`;
  return layout({ title: 'Facts', section: '/facts', body });
}

function countLine({ page, size }: ParsedFilters, shown: number, more: boolean): string {
  if (page === 1 && !more) return `${shown} records`;
  const first = (page - 1) * size + 1;
  if (shown === 0) return `No records past the first ${first - 1}`;
  return `Records ${first}–${first + shown - 1}${more ? ', more follow' : ''}`;
}

/** Links to the pages before and after this one, the filters kept. */
function pager({ page }: ParsedFilters, more: boolean, query: URLSearchParams): Html | string {
  if (page === 1 && !more) return '';
  const to = (n: number) => {
    const q = new URLSearchParams(query);
    q.set('page', String(n));
    return `/facts?${q.toString()}`;
  };
  return html`<p class="pager">${page > 1 ? html`<a rel="prev" href="${to(page - 1)}">previous page</a>` : ''}${
    page > 1 && more ? ' · ' : ''
  }${more ? html`<a rel="next" href="${to(page + 1)}">next page</a>` : ''}</p>`;
}

function form({ form: f }: ParsedFilters, c: FactsChoices): Html {
  return html`<form class="filters" method="get" action="/facts">
${select('type', 'Type', f.type, FACT_TYPES.map((t) => ({ value: t, label: t, count: -1 })))}
<label>Metric <input name="metric" list="metrics" value="${f.metric}" size="14"></label>
<datalist id="metrics">${c.metrics.map((m) => html`<option value="${m.value}">`)}</datalist>
<label>Region <input name="region" list="regions" value="${f.region}" size="12" placeholder="name or code"></label>
<datalist id="regions">${c.regions.map((r) => html`<option value="${r.label}">`)}</datalist>
${select('role', 'Role', f.role, ROLES.map((r) => ({ value: r, label: r, count: -1 })))}
<label>From <input type="date" name="from" value="${f.from}"></label>
<label>To <input type="date" name="to" value="${f.to}"></label>
<label>Text <input type="search" name="text" value="${f.text}" size="12"></label>
${select('doc', 'Document', f.doc, c.docs)}
<button type="submit">Filter</button> <a href="/facts">Clear</a>
</form>`;
}

function select(name: string, label: string, current: string, choices: Choice[]): Html {
  return html`<label>${label} <select name="${name}"><option value="">any</option>${choices.map(
    (c) => html`<option value="${c.value}"${c.value === current ? html` selected` : ''}>${c.label}${c.count >= 0 ? ` (${c.count})` : ''}</option>`,
  )}</select></label>`;
}

function table(rows: FactRow[]): Html {
  return html`<table class="grid facts" id="facts">
<thead><tr><th>Document</th><th>Type</th><th>Quote</th><th class="num">Value</th><th>Unit</th><th>Metric</th><th>Region</th><th>Date</th><th>Role</th><th>Section</th></tr></thead>
<tbody>${rows.map(row)}</tbody>
</table>`;
}

function row({ record: r, title }: FactRow): Html {
  const q = r.type === 'quantity' ? r : null;
  const region = q ? q.region : r.type === 'region' ? { name: r.name, code: r.code } : null;
  const role = 'role' in r ? r.role : null;
  return html`<tr class="fact t-${r.type}">
<td class="doctitle"><a href="/doc/${r.doc}">${title ?? r.doc}</a></td>
<td>${r.type}</td>
<td class="quote"><a href="/doc/${r.doc}#${anchorOf(r)}">${r.quote}</a></td>
<td class="num">${q ? (q.upper !== null ? `${q.value}–${q.upper}` : q.value) : ''}</td>
<td>${q?.unit ?? ''}</td>
<td>${q?.metric ?? ''}</td>
<td class="region">${region?.name ?? ''}</td>
<td class="nowrap">${recordDate(r)}</td>
<td>${role ?? ''}</td>
<td>${r.section ?? ''}</td>
</tr>\n`;
}
