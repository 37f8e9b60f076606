// `/doc/:id`: a document's text with every record highlighted in place (fields on hover), its
// header fields, outline and the list of its records.
import type { FactRecord } from '../../../schemas/index.js';
import type { DocPage } from '../data.js';
import { factFields } from '../fields.js';
import { anchorOf, highlightText, marksFor } from '../highlight.js';
import { html, type Html } from '../html.js';
import { FACT_TYPES } from './documents.js';
import { layout } from './layout.js';

export function documentPage(page: DocPage): Html {
  const d = page.record;
  const title = d.title ?? '(untitled)';
  const marks = marksFor(page.text, page.facts);
  const body = html`<article class="document" data-doc="${d.doc}">
<h1>${title}</h1>
${header(page)}
${legend(page.facts)}
<div class="reading">
<div id="text" class="doctext">${highlightText(page.text, marks)}</div>
${outline(page)}
</div>
<h2>Records <span class="count">${page.facts.length}</span></h2>
${recordTable(page.facts)}
</article>
<div id="card" class="card" role="tooltip" hidden></div>`;
  return layout({ title, section: '/', body });
}

function header({ record: d }: DocPage): Html {
  const rows: [string, string | null | undefined][] = [
    ['Number', d.docNumber],
    ['Issuer', d.issuer],
    ['Issued', d.issuedOn ? `${d.issuedOn}${d.issuedOnInferred ? ' (inferred)' : ''}` : null],
    ['Kind', d.kind],
    ['Region', d.region ? `${d.region.name} (${d.region.code})` : null],
    ['Encloses', d.enclosedTitle],
    ['To', d.recipients?.join('、')],
    ['Source', d.source],
    ['Id', d.doc],
  ];
  return html`<dl class="meta">${rows
    .filter(([, v]) => v)
    .map(([k, v]) => html`<div><dt>${k}</dt><dd>${v}</dd></div>`)}</dl>`;
}

/** One switch per record type, to show or hide its highlights (the page script wires them). */
function legend(facts: FactRecord[]): Html {
  const count = (t: string) => facts.filter((f) => f.type === t).length;
  return html`<div class="legend" id="legend">${FACT_TYPES.map(
    (t) => html`<label><input type="checkbox" name="${t}" checked> <span class="swatch t-${t}"></span>${t} <span class="count">${count(t)}</span></label>`,
  )}</div>`;
}

function outline({ sections }: DocPage): Html {
  if (!sections.length) return html``;
  return html`<nav class="outline" aria-label="Outline"><h2>Outline</h2><ol>${sections.map(
    (s) => html`<li class="level-${s.path.split('/').length}"><span class="path">${s.path}</span> ${s.heading}</li>`,
  )}</ol></nav>`;
}

function recordTable(facts: FactRecord[]): Html {
  return html`<table class="grid records">
<thead><tr><th>Type</th><th>Quote</th><th>Fields</th></tr></thead>
<tbody>${facts.map(
    (f) => html`<tr class="t-${f.type}"><td>${f.type}</td><td>${'span' in f ? html`<a href="#${anchorOf(f)}">${f.quote}</a>` : ''}</td><td class="fields">${factFields(
      f,
    ).map(([k, v]) => html`<span class="field"><b>${k}</b> ${v}</span> `)}</td></tr>\n`,
  )}</tbody>
</table>`;
}
