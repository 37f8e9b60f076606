// A relation the text states between its figures, as an expression over them, and its
// verdict under interval arithmetic.
import { Decimal } from 'decimal.js';
import { add, div, figureInterval, mul, overlaps, point, sub, type Interval } from './interval.js';
import type { Figure } from './model.js';

export type Rule = 'ratio' | 'sum' | 'part' | 'product' | 'difference' | 'change';

export type Term =
  | { kind: 'figure'; figure: Figure; exact?: boolean }
  | { kind: 'constant'; value: Decimal.Value }
  | { kind: 'sum'; terms: Term[] }
  | { kind: 'product'; terms: Term[] }
  /** part / whole × 100 */
  | { kind: 'ratio'; part: Term; whole: Term }
  /** total / count: an average */
  | { kind: 'quotient'; total: Term; count: Term }
  /** to − from */
  | { kind: 'difference'; from: Term; to: Term }
  /** (to − from) / from × 100 */
  | { kind: 'change'; from: Term; to: Term };

export interface Relation {
  rule: Rule;
  /** what the stated figure is, for the message: `开工率`, `合计`, `致贫原因` */
  label: string;
  /** the figure the text states (or the whole a split implies, 100) */
  stated: Term;
  /** what the other figures make of it */
  computed: Term;
  /** stated = computed, stated ≥ computed (a whole and its parts, a floor), stated ≤ computed */
  compare: 'equal' | 'atLeast' | 'atMost';
  /** a structure that may be partial: report it only when it holds */
  onlyIfHolds?: boolean;
  /** why the check is looser than exact, for the message (`约`) */
  note?: string;
  /** one of several breakdowns of one whole (`城镇…乡村…；男性…女性…`): it explains the whole with these parts only */
  byParts?: boolean;
}

export const fig = (figure: Figure, exact = false): Term => ({ kind: 'figure', figure, exact });

export interface Verdict {
  holds: boolean;
  /** the centre of what the other figures make (null where it cannot be computed) */
  expected: Decimal | null;
  actual: Decimal;
}

export function judge(r: Relation): Verdict | null {
  const stated = intervalOf(r.stated);
  const computed = intervalOf(r.computed);
  if (!stated || !computed) return null;
  const holds =
    r.compare === 'equal' ? overlaps(stated, computed)
    : r.compare === 'atLeast' ? stated.hi.gte(computed.lo)
    : stated.lo.lte(computed.hi);
  return { holds, expected: centre(r.computed), actual: centre(r.stated)! };
}

export function intervalOf(t: Term): Interval | null {
  switch (t.kind) {
    case 'figure':
      return figureInterval(t.figure.record, t.exact);
    case 'constant':
      return point(t.value);
    case 'sum':
      return fold(t.terms, add);
    case 'product':
      return fold(t.terms, mul);
    case 'ratio': {
      const [p, w] = [intervalOf(t.part), intervalOf(t.whole)];
      const q = p && w && div(p, w);
      return q ? mul(q, point(100)) : null;
    }
    case 'quotient': {
      const [a, n] = [intervalOf(t.total), intervalOf(t.count)];
      return a && n ? div(a, n) : null;
    }
    case 'difference': {
      const [a, b] = [intervalOf(t.from), intervalOf(t.to)];
      return a && b ? sub(b, a) : null;
    }
    case 'change': {
      const [a, b] = [intervalOf(t.from), intervalOf(t.to)];
      const q = a && b && div(sub(b, a), a);
      return q ? mul(q, point(100)) : null;
    }
  }
}

function fold(terms: Term[], op: (a: Interval, b: Interval) => Interval): Interval | null {
  let acc: Interval | null = null;
  for (const t of terms) {
    const iv = intervalOf(t);
    if (!iv) return null;
    acc = acc ? op(acc, iv) : iv;
  }
  return acc;
}

export function centre(t: Term): Decimal | null {
  switch (t.kind) {
    case 'figure':
      return new Decimal(t.figure.record.value);
    case 'constant':
      return new Decimal(t.value);
    case 'sum':
      return all(t.terms).reduce<Decimal | null>((a, b) => (a && b ? a.plus(b) : null), new Decimal(0));
    case 'product':
      return all(t.terms).reduce<Decimal | null>((a, b) => (a && b ? a.times(b) : null), new Decimal(1));
    case 'ratio': {
      const [p, w] = [centre(t.part), centre(t.whole)];
      return p && w && !w.isZero() ? p.div(w).times(100) : null;
    }
    case 'quotient': {
      const [a, n] = [centre(t.total), centre(t.count)];
      return a && n && !n.isZero() ? a.div(n) : null;
    }
    case 'difference': {
      const [a, b] = [centre(t.from), centre(t.to)];
      return a && b ? b.minus(a) : null;
    }
    case 'change': {
      const [a, b] = [centre(t.from), centre(t.to)];
      return a && b && !a.isZero() ? b.minus(a).div(a).times(100) : null;
    }
  }
}

const all = (ts: Term[]) => ts.map(centre);

/** Every figure of a term, in text order, each once. */
export function figuresOf(...terms: Term[]): Figure[] {
  const out: Figure[] = [];
  const walk = (t: Term) => {
    switch (t.kind) {
      case 'figure':
        if (!out.includes(t.figure)) out.push(t.figure);
        return;
      case 'constant':
        return;
      case 'sum':
      case 'product':
        t.terms.forEach(walk);
        return;
      case 'ratio':
        walk(t.part);
        walk(t.whole);
        return;
      case 'quotient':
        walk(t.total);
        walk(t.count);
        return;
      case 'difference':
      case 'change':
        walk(t.from);
        walk(t.to);
    }
  };
  terms.forEach(walk);
  return out.sort((a, b) => a.start - b.start);
}

/** The arithmetic of a term as a reviewer reads it: `1650/1701`, `13×100万 + 165×10万`. */
export function render(t: Term, nested = false): string {
  switch (t.kind) {
    case 'figure':
      return numberAsWritten(t.figure) + (t.figure.record.unit === '%' ? '%' : '');
    case 'constant':
      return new Decimal(t.value).toString();
    case 'sum': {
      const s = t.terms.map((x) => render(x, true)).join(' + ');
      return nested ? `(${s})` : s;
    }
    case 'product':
      return t.terms.map((x) => render(x, true)).join('×');
    case 'ratio':
      return `${render(t.part, true)}/${render(t.whole, true)}`;
    case 'quotient':
      return `${render(t.total, true)}/${render(t.count, true)}`;
    case 'difference': {
      const s = `${render(t.to, true)} − ${render(t.from, true)}`;
      return nested ? `(${s})` : s;
    }
    case 'change':
      return `(${render(t.to, true)} − ${render(t.from, true)})/${render(t.from, true)}`;
  }
}

/** The numeral of a figure as the text writes it (`1.42万`, `97`), without its unit. */
export function numberAsWritten(f: Figure): string {
  const m = /[0-9０-９][0-9０-９.,．，]*(?:\s*[万亿千百])*/.exec(f.record.quote);
  return m ? m[0].replace(/\s+/g, '') : new Decimal(f.record.value).toString();
}
