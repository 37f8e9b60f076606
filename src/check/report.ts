// The check's reports: text grouped by document (what a reviewer reads in a terminal), JSON
// Lines of export-v1 `finding` records, and an HTML page with the quotes marked in their context.
import { FindingRecord } from '../../schemas/index.js';
import { lineOf, sectionOf, type Finding, type Located } from './finding.js';
import type { CheckReport } from './index.js';
import type { DocView } from './model.js';

interface Group {
  title: string;
  view: DocView | null;
  findings: Finding[];
}

/** Arithmetic findings under their document (in store order), comparisons across documents last. */
function groups(report: CheckReport): Group[] {
  const out: Group[] = report.views.map((view) => ({ title: view.source, view, findings: [] as Finding[] }));
  const across: Group = { title: 'Across documents', view: null, findings: [] };
  for (const f of report.findings) {
    const g = f.record.kind === 'arithmetic' ? out.find((x) => x.view === f.figures[0].view) : across;
    (g ?? across).findings.push(f);
  }
  return [...out, across].filter((g) => g.findings.length);
}

export function* jsonlLines(report: CheckReport): Generator<string> {
  for (const f of report.findings) yield JSON.stringify(FindingRecord.parse(f.record)) + '\n';
}

export function textReport(report: CheckReport): string {
  const lines: string[] = [];
  for (const g of groups(report)) {
    lines.push(g.view?.title ? `${g.title}  (${g.view.title})` : g.title);
    for (const f of g.findings) {
      const bad = f.record.status === 'inconsistent';
      lines.push(`  ${bad ? '✗' : '✓'} ${f.record.rule.padEnd(10)} ${f.record.message}`);
      if (bad) for (const xs of bySentence(f)) lines.push(`      ${where(xs[0])}  ${context(xs, '[', ']')}`);
    }
    lines.push('');
  }
  lines.push(summary(report));
  return lines.join('\n') + '\n';
}

export function summary(report: CheckReport): string {
  const c = report.counts;
  return `${report.views.length} documents; ${c.relations} relations checked, ${c.inconsistentRelations} inconsistent; ` +
    `${c.comparisons} figures compared across documents, ${c.conflicts} in conflict`;
}

/** `seeds/000….txt:45 §二/（三）`. */
function where(x: Located): string {
  const section = sectionOf(x.view, x.figure);
  return `${x.view.source}:${lineOf(x.view, x.figure)}${section ? ` §${section.path}` : ''}`;
}

/** The figures of a finding grouped by the sentence that holds them. */
function bySentence(f: Finding): Located[][] {
  const groups = new Map<string, Located[]>();
  for (const x of f.figures) {
    const s = x.view.sentences.find((y) => y.start <= x.figure.start && x.figure.start < y.end);
    const key = `${x.view.doc}:${s?.start ?? x.figure.start}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(x);
  }
  return [...groups.values()].map((g) => g.sort((a, b) => a.figure.start - b.figure.start));
}

/** A sentence clipped to 24 characters around its figures, each quote between the marks. */
function context(xs: Located[], open: string, close: string, escape: (s: string) => string = (s) => s): string {
  const { view } = xs[0];
  const first = xs[0].figure;
  const last = xs.at(-1)!.figure;
  const sentence = view.sentences.find((s) => s.start <= first.start && first.start < s.end);
  const lo = sentence?.start ?? 0;
  const hi = Math.max(sentence?.end ?? view.text.length, last.end);
  const from = Math.max(lo, first.start - 24);
  const to = Math.min(hi, last.end + 24);
  const flat = (a: number, b: number) => escape(view.text.slice(a, b).replace(/\s+/g, ' '));
  let out = from > lo ? '…' : '';
  let at = from;
  for (const { figure } of xs) {
    if (figure.start < at) continue;
    out += `${flat(at, figure.start)}${open}${flat(figure.start, figure.end)}${close}`;
    at = figure.end;
  }
  return `${out}${flat(at, to)}${to < hi ? '…' : ''}`;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c]);

export function htmlReport(report: CheckReport): string {
  const body = groups(report).map((g) => {
    const items = g.findings.map((f) => {
      const bad = f.record.status === 'inconsistent';
      const quotes = bySentence(f)
        .map((xs) => `<li><span class="where">${escapeHtml(where(xs[0]))}</span> ${context(xs, '<mark>', '</mark>', escapeHtml)}</li>`)
        .join('');
      return `<li class="${bad ? 'bad' : 'ok'}"><span class="status">${bad ? '✗' : '✓'} ${escapeHtml(f.record.rule)}</span> ` +
        `${escapeHtml(f.record.message)}<ul>${quotes}</ul></li>`;
    });
    const small = g.view?.title ? ` <small>${escapeHtml(g.view.title)}</small>` : '';
    return `<section><h2>${escapeHtml(g.title)}${small}</h2><ol>${items.join('')}</ol></section>`;
  });
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>gongwen check</title>
<style>
body{font-family:system-ui,"PingFang SC","Noto Sans CJK SC",sans-serif;margin:2em;max-width:72em}
li{margin:.4em 0} .bad>.status{color:#b00020;font-weight:bold} .ok>.status{color:#1b5e20}
.where{color:#555;font-family:monospace} mark{background:#ffe082} ol>li.ok ul{display:none} ol>li.ok:hover ul{display:block}
</style></head><body>
<h1>gongwen check</h1><p>${escapeHtml(summary(report))}</p>
${body.join('\n')}
</body></html>
`;
}
