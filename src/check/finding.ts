// Findings: a checked relation or a comparison across documents, as the export-v1 `finding`
// record plus what the reports need to show where each figure is.
import { Decimal } from 'decimal.js';
import type { FindingRecord } from '../../schemas/index.js';
import type { DocView, Figure } from './model.js';
import { figuresOf, judge, numberAsWritten, render, type Relation } from './relation.js';

export interface Located {
  view: DocView;
  figure: Figure;
}

export interface Finding {
  record: FindingRecord;
  /** the figures involved, each with its document */
  figures: Located[];
}

const QUALIFIER_WORDS: Record<string, string> = { atLeast: '以上', atMost: '以下', moreThan: '超过', lessThan: '不足', approx: '约' };

/** The finding of a relation, or null when it cannot be judged or may be partial and does not hold. */
export function relationFinding(view: DocView, r: Relation): Finding | null {
  const verdict = judge(r);
  if (!verdict || (!verdict.holds && r.onlyIfHolds)) return null;
  const figures = figuresOf(r.stated, r.computed);
  const stated = r.stated.kind === 'figure' ? r.stated.figure : null;
  const statedText = stated ? stated.record.quote : `${verdict.actual.toString()}%`;
  const expected = verdict.expected ? formatLike(verdict.expected, stated) : '?';
  // a single figure needs no `= …`: `part 3005人`
  const arithmetic = r.computed.kind === 'figure' ? r.computed.figure.record.quote : `${render(r.computed)} = ${expected}`;
  const prefix = verdict.holds ? '' : 'Unexpected ';
  const body =
    r.rule === 'part'
      ? `${prefix}${r.label} ${statedText}: ${verdict.holds ? `parts ${arithmetic}, within it` : `parts ${arithmetic}, more than the whole`}`
      : `${prefix}${r.label} ${statedText}: ${r.compare === 'atLeast' ? 'not below ' : ''}${arithmetic}`;
  const notes = [r.note, ...figures.filter((f) => f.record.qualifier).map((f) => `${f.record.quote}: ${QUALIFIER_WORDS[f.record.qualifier!]}, checked loosely`)].filter(Boolean);
  const message = `${body}${notes.length ? ` [${notes.join('; ')}]` : ''} (${view.source}, ${placeOf(view, stated ?? figures[0])})`;
  return {
    record: {
      type: 'finding', kind: 'arithmetic', status: verdict.holds ? 'consistent' : 'inconsistent', rule: r.rule,
      facts: figures.map(factOf),
      expected: verdict.expected ? round(verdict.expected) : null,
      actual: round(verdict.actual),
      message,
    },
    figures: figures.map((figure) => ({ view, figure })),
  };
}

export function factOf(f: Figure): FindingRecord['facts'][number] {
  return { doc: f.doc, quote: f.record.quote, span: f.record.span, value: f.record.value, unit: f.record.unit };
}

const round = (d: Decimal) => d.toDecimalPlaces(6).toNumber();

/** A value written the way the stated figure is: `97.0%`, `3050万元`, `14235人`. */
export function formatLike(v: Decimal, like: Figure | null): string {
  const unit = like?.record.unit ?? (like ? '' : '%');
  if (unit === '%' || !like) {
    const places = decimalsOf(like?.record.precision ?? 1) + 1;
    return `${v.toDecimalPlaces(places).toFixed(places)}%`;
  }
  const written = numberAsWritten(like);
  const scale = written.includes('亿') ? ['亿', 1e8] as const : written.includes('万') ? ['万', 1e4] as const : ['', 1] as const;
  const scaled = v.div(scale[1]);
  const shown = scaled.decimalPlaces() <= 4 ? scaled.toString() : scaled.toDecimalPlaces(4).toString();
  return `${shown}${scale[0]}${unit ?? ''}`;
}

function decimalsOf(precision: number): number {
  return precision >= 1 ? 0 : Math.round(-Math.log10(precision));
}

/** Where a figure is, for a one-line message: its section (path and heading) or the start of its paragraph. */
export function placeOf(view: DocView, f: Figure): string {
  const section = sectionOf(view, f);
  if (section) return `${section.path} ${clip(section.heading, 12)}`;
  const paragraph = view.sentences.find((s) => s.start <= f.start && f.start < s.end)?.paragraph;
  const first = view.sentences.find((s) => s.paragraph === paragraph);
  return first ? clip(view.text.slice(first.start, first.end), 10) : `offset ${f.record.span[0]}`;
}

export function sectionOf(view: DocView, f: Figure) {
  const path = f.record.section;
  return path === null ? undefined : view.sections.filter((s) => s.path === path && s.start <= f.start).at(-1);
}

const clip = (s: string, n: number) => {
  const t = s.replace(/\s+/g, '');
  return [...t].length > n ? `${[...t].slice(0, n).join('')}…` : t;
};

/** Line (1-based) of a figure in the text as extracted from the file. */
export function lineOf(view: DocView, f: Figure): number {
  const raw = view.rawOffset[f.start] ?? 0;
  let line = 1;
  for (let i = view.raw.indexOf('\n'); i >= 0 && i < raw; i = view.raw.indexOf('\n', i + 1)) line++;
  return line;
}
