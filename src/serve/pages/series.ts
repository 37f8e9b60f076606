// `/series?metric=…&region=…`: one metric over time (src/query's metricSeries) as an ECharts
// chart, drawn by the page script from the points in `data-series`, and as a table of quotes.
import type { Series, SeriesPoint } from '../../query/index.js';
import type { Choice } from '../data.js';
import { anchorOf } from '../highlight.js';
import { html, type Html } from '../html.js';
import { layout } from './layout.js';

export interface SeriesForm {
  metric: string;
  region: string;
  within: boolean;
  unit: string;
}

export interface SeriesView {
  form: SeriesForm;
  errors: string[];
  series: Series[];
  metrics: Choice[];
  regions: Choice[];
}

export function seriesPage(v: SeriesView): Html {
  const title = v.form.metric ? `Series ${v.form.metric}` : 'Series';
  const body = html`<h1>Series${v.form.metric ? html` <span class="sub">${v.form.metric}</span>` : ''}</h1>
${form(v)}
${v.errors.map((e) => html`<p class="notice error">${e}</p>`)}
${v.form.metric && !v.errors.length ? chart(v.series) : html`<p class="notice">Choose a metric: a figure’s metric as written, or part of it.</p>`}`;
  return layout({ title, section: '/series', body, scripts: ['/assets/echarts.min.js'] });
}

function form({ form: f, metrics, regions }: SeriesView): Html {
  return html`<form class="filters" method="get" action="/series">
<label>Metric <input name="metric" list="metrics" value="${f.metric}" size="16" required></label>
<datalist id="metrics">${metrics.map((m) => html`<option value="${m.value}">`)}</datalist>
<label>Region <input name="region" list="regions" value="${f.region}" size="12" placeholder="all regions"></label>
<datalist id="regions">${regions.map((r) => html`<option value="${r.label}">`)}</datalist>
<label><input type="checkbox" name="within" value="1"${f.within ? html` checked` : ''}> and places under it</label>
<label>Unit <input name="unit" value="${f.unit}" size="4"></label>
<button type="submit">Show</button>
</form>`;
}

function chart(series: Series[]): Html {
  const points = series.flatMap((s) => s.points);
  const dated = points.filter((p) => p.date);
  const data = chartData(series);
  return html`<p id="count" class="summary">${dated.length} dated figures in ${series.length} series${
    points.length > dated.length ? `; ${points.length - dated.length} without a date are listed only` : ''
  }${data.unit === null && series.length > 1 ? '; several units: give one to compare like with like' : ''}</p>
${dated.length ? html`<div id="chart" class="chart" data-series="${JSON.stringify(data)}"></div>` : ''}
<table class="grid points">
<thead><tr><th>Date</th><th class="num">Value</th><th>Unit</th><th>Role</th><th>Region</th><th>Metric</th><th>Quote</th><th>Document</th></tr></thead>
<tbody>${series.flatMap((s) => s.points).map(row)}</tbody>
</table>`;
}

function row(p: SeriesPoint): Html {
  const r = p.record;
  const when = p.dated === 'issued' ? html`${p.date} <abbr title="no date of its own: the document's date of issue">(issued)</abbr>` : (p.date ?? '');
  return html`<tr><td class="nowrap">${when}</td><td class="num">${p.value}</td><td>${r.unit ?? ''}</td><td>${r.role ?? ''}</td><td>${
    r.region?.name ?? ''
  }</td><td>${r.metric ?? ''}</td><td class="quote"><a href="/doc/${r.doc}#${anchorOf(r)}">${r.quote}</a></td><td>${p.title ?? p.source}</td></tr>\n`;
}

export interface ChartSeries {
  name: string;
  role: string | null;
  /** [ISO date, value, quote] */
  points: [string, number, string][];
}

/** One line per region, unit and role (a goal is not a reading); undated points are left out. */
export function chartData(series: Series[]): { unit: string | null; series: ChartSeries[] } {
  const units = [...new Set(series.map((s) => s.unit))];
  const lines: ChartSeries[] = [];
  for (const s of series) {
    const region = s.region?.name ?? 'no region';
    for (const role of ['actual', 'target', null]) {
      const points = s.points.filter((p) => p.date && p.record.role === role);
      if (!points.length) continue;
      const name = [region, units.length > 1 ? (s.unit ?? 'no unit') : null, role ?? 'role unknown'].filter(Boolean).join(' · ');
      lines.push({ name, role, points: points.map((p) => [p.date!, p.value, p.record.quote]) });
    }
  }
  return { unit: units.length === 1 ? units[0] : null, series: lines };
}
