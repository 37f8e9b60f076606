// Figures compared across documents.
// sameFigure: one canonical metric, region, unit, date and role should have one value; two
//   documents whose values cannot be the same after rounding conflict (`32180人` vs `32810人`),
//   values that round alike agree (`3.2万人` and `32180人`). A target and an actual, or two
//   dates, are different keys: a time series is not a conflict.
// version: documents with one document number (a PDF and its web copy, a draft and the final
//   text) should give the same figures; their figures are aligned by the words around them and
//   each that differs is listed.
import type { DocView, Figure } from './model.js';
import { factOf, placeOf, type Finding } from './finding.js';
import { Decimal } from 'decimal.js';
import { figureInterval, overlaps, type Interval } from './interval.js';

interface Entry {
  view: DocView;
  figure: Figure;
}

export function conflictFindings(views: DocView[]): Finding[] {
  return [...sameFigureFindings(views), ...versionFindings(views)];
}

function keyOf(f: Figure): string | null {
  const r = f.record;
  const parts = [r.canonicalMetric, r.region?.code, r.unit, r.asOf?.start, r.asOf?.end, r.role];
  return parts.some((p) => p === null || p === undefined || p === '') ? null : parts.join('|');
}

export function sameFigureFindings(views: DocView[]): Finding[] {
  const groups = new Map<string, Entry[]>();
  for (const view of views) {
    for (const figure of view.figures) {
      const key = keyOf(figure);
      if (!key) continue;
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key)!.push({ view, figure });
    }
  }
  const out: Finding[] = [];
  for (const entries of groups.values()) {
    const perDoc = onePerText(onePerDocument(entries));
    if (perDoc.length < 2) continue;
    const clusters = clustersOf(perDoc);
    if (clusters.length === 1) out.push(sameFigure(clusters[0], null));
    for (let i = 0; i + 1 < clusters.length; i++) {
      // of each side, the figures the other side rules out (`3.2万人` agrees with both 32180人 and 32210人)
      const [a, b] = [clusters[i], clusters[i + 1]];
      const clash = (x: Entry, others: Entry[]) => others.some((y) => !overlaps(figureInterval(x.figure.record), figureInterval(y.figure.record)));
      out.push(sameFigure(a.filter((x) => clash(x, b)), b.filter((y) => clash(y, a))));
    }
  }
  return out;
}

/** One figure per document; a document that gives the key values that disagree is left out (its reading is unsure). */
function onePerDocument(entries: Entry[]): Entry[] {
  const byDoc = new Map<string, Entry[]>();
  for (const e of entries) {
    if (!byDoc.has(e.view.doc)) byDoc.set(e.view.doc, []);
    byDoc.get(e.view.doc)!.push(e);
  }
  const out: Entry[] = [];
  for (const list of byDoc.values()) {
    const first = figureInterval(list[0].figure.record);
    if (list.every((e) => overlaps(figureInterval(e.figure.record), first))) out.push(list[0]);
  }
  return out;
}

/** Versions of one text (one document number) count once here: the version check compares them. */
function onePerText(entries: Entry[]): Entry[] {
  const seen = new Set<string>();
  return entries.filter((e) => {
    if (!e.view.docNumber) return true;
    if (seen.has(e.view.docNumber)) return false;
    seen.add(e.view.docNumber);
    return true;
  });
}

/** Values that may be the same, by value: each cluster's intervals share a point. */
function clustersOf(entries: Entry[]): Entry[][] {
  const sorted = [...entries].sort((a, b) => a.figure.record.value - b.figure.record.value);
  const clusters: Entry[][] = [];
  let common: Interval | null = null;
  for (const e of sorted) {
    const iv = figureInterval(e.figure.record);
    const joined: Interval | null = common && overlaps(common, iv) ? { lo: Decimal.max(common.lo, iv.lo), hi: Decimal.min(common.hi, iv.hi) } : null;
    if (joined) {
      clusters.at(-1)!.push(e);
      common = joined;
    } else {
      clusters.push([e]);
      common = iv;
    }
  }
  return clusters;
}

/** A cluster that agrees (b null), or two neighbouring clusters that conflict. */
function sameFigure(a: Entry[], b: Entry[] | null): Finding {
  const r = a[0].figure.record;
  const what = `${r.metric ?? r.canonicalMetric} (${r.region!.name}, ${dateOf(a[0].figure)}, ${r.role})`;
  const where = (es: Entry[]) =>
    es.map((e) => `${e.figure.record.quote} in ${e.view.source} (${placeOf(e.view, e.figure)})`).slice(0, 3).join(', ') + (es.length > 3 ? ` and ${es.length - 3} more` : '');
  const all = b ? [...a, ...b] : a;
  const message = b ? `Conflicting ${what}: ${where(a)} vs ${where(b)}` : `${what} agrees: ${where(a)}`;
  return {
    record: {
      type: 'finding', kind: 'conflict', status: b ? 'inconsistent' : 'consistent', rule: 'sameFigure',
      facts: all.map((e) => factOf(e.figure)), expected: a[0].figure.record.value, actual: (b ?? a).at(-1)!.figure.record.value, message,
    },
    figures: all,
  };
}

function dateOf(f: Figure): string {
  const d = f.record.asOf!;
  return d.start === d.end ? `${d.start}` : `${d.start}…${d.end}`;
}

export function versionFindings(views: DocView[]): Finding[] {
  const byNumber = new Map<string, DocView[]>();
  for (const v of views) {
    if (!v.docNumber) continue;
    if (!byNumber.has(v.docNumber)) byNumber.set(v.docNumber, []);
    byNumber.get(v.docNumber)!.push(v);
  }
  const out: Finding[] = [];
  for (const [number, group] of byNumber) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) out.push(...versionPair(number, group[i], group[j]));
    }
  }
  return out;
}

function versionPair(number: string, a: DocView, b: DocView): Finding[] {
  const out: Finding[] = [];
  for (const [fa, fb] of align(a, b)) {
    if (fa.record.value === fb.record.value && fa.record.upper === fb.record.upper) continue;
    const ea = { view: a, figure: fa };
    const eb = { view: b, figure: fb };
    const message = `Versions of ${number} differ: ${fa.record.quote} in ${a.source} (${placeOf(a, fa)}) vs ${fb.record.quote} in ${b.source} (${placeOf(b, fb)})`;
    out.push({
      record: { type: 'finding', kind: 'conflict', status: 'inconsistent', rule: 'version', facts: [factOf(fa), factOf(fb)], expected: fa.record.value, actual: fb.record.value, message },
      figures: [ea, eb],
    });
  }
  return out;
}

/** Figures of two texts paired by a longest common subsequence of their signatures (unit and the words before). */
export function align(a: DocView, b: DocView): [Figure, Figure][] {
  const sa = a.figures.map((f) => signature(a, f));
  const sb = b.figures.map((f) => signature(b, f));
  const n = sa.length;
  const m = sb.length;
  if (n * m > MAX_TABLE) return alignGreedy(a, b, sa, sb);
  const table = Array.from({ length: n + 1 }, () => new Int32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i][j] = sa[i] === sb[j] ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
    }
  }
  const pairs: [Figure, Figure][] = [];
  for (let i = 0, j = 0; i < n && j < m; ) {
    if (sa[i] === sb[j]) pairs.push([a.figures[i++], b.figures[j++]]);
    else if (table[i + 1][j] >= table[i][j + 1]) i++;
    else j++;
  }
  return pairs;
}

const MAX_TABLE = 4_000_000;
const WINDOW = 40;

/** For long texts: pair each figure with the next one of the same signature within a window. */
function alignGreedy(a: DocView, b: DocView, sa: string[], sb: string[]): [Figure, Figure][] {
  const pairs: [Figure, Figure][] = [];
  let j = 0;
  for (let i = 0; i < sa.length && j < sb.length; i++) {
    const k = sb.slice(j, j + WINDOW).indexOf(sa[i]);
    if (k < 0) continue;
    pairs.push([a.figures[i], b.figures[j + k]]);
    j += k + 1;
  }
  return pairs;
}

/** The unit and the words around a figure: six characters before, four after, white space and digits left out (they differ between copies). */
function signature(view: DocView, f: Figure): string {
  const words = (s: string) => s.replace(/[\s0-9.%]/g, '');
  const before = words(view.text.slice(Math.max(0, f.start - 24), f.start)).slice(-6);
  const after = words(view.text.slice(f.end, f.end + 16)).slice(0, 4);
  return `${f.record.unit ?? ''}|${f.record.qualifier ?? ''}|${before}|${after}`;
}
