// Interval arithmetic over decimals: a stated figure stands for every value its rounding
// allows (`1.42万` → [14150, 14250]), and a relation holds when some choice of values within
// every figure's interval makes it exact — the way XBRL calculation checks treat `decimals`.
import { Decimal } from 'decimal.js';
import type { QuantityRecord } from '../../schemas/index.js';

export interface Interval {
  lo: Decimal;
  hi: Decimal;
}

const INF = new Decimal(Infinity);
export const ZERO = new Decimal(0);

export const point = (v: Decimal.Value): Interval => ({ lo: new Decimal(v), hi: new Decimal(v) });

/** Widening for a figure stated as approximate (约, 左右, 多): ±5 %. */
const APPROX = new Decimal('0.05');

/**
 * The values a figure may stand for.
 * `exact`: a defined amount (a multiple, a share of a split, an amount each) taken as written.
 * Otherwise the figure is rounded to its last written digit, except a whole count written in
 * full (`1650个`, `3005人`), which is exact; qualifiers open or widen the interval.
 */
export function figureInterval(r: QuantityRecord, exact = false): Interval {
  const v = new Decimal(r.value);
  const top = r.upper === null ? v : new Decimal(r.upper);
  const half = exact || isWholeCount(r) ? ZERO : new Decimal(r.precision ?? defaultPrecision(r.value)).div(2);
  let lo = v.minus(half);
  let hi = top.plus(truncated(r) ? half.times(2) : half);
  switch (r.qualifier) {
    case 'atLeast':
    case 'moreThan':
      hi = INF;
      break;
    case 'atMost':
    case 'lessThan':
      lo = INF.neg();
      break;
    case 'approx':
      lo = Decimal.min(lo, v.times(Decimal.sub(1, APPROX)));
      hi = Decimal.max(hi, top.times(Decimal.add(1, APPROX)));
      break;
  }
  return { lo, hi };
}

/** A share with decimals may be cut rather than rounded (162/222 = 72.97% written `72.9%`): up to one unit of its last digit more. */
function truncated(r: QuantityRecord): boolean {
  return r.unit === '%' && (r.precision ?? defaultPrecision(r.value)) < 1;
}

function isWholeCount(r: QuantityRecord): boolean {
  return r.unit !== '%' && (r.precision ?? 1) <= 1 && Number.isInteger(r.value) && r.upper === null;
}

/** Place of the last digit when the record carries no precision. */
function defaultPrecision(value: number): number {
  const s = String(value);
  const dot = s.indexOf('.');
  return dot < 0 ? 1 : 10 ** -(s.length - dot - 1);
}

export function add(a: Interval, b: Interval): Interval {
  return { lo: a.lo.plus(b.lo), hi: a.hi.plus(b.hi) };
}

export function sub(a: Interval, b: Interval): Interval {
  return { lo: a.lo.minus(b.hi), hi: a.hi.minus(b.lo) };
}

export function mul(a: Interval, b: Interval): Interval {
  const ps = [a.lo.times(b.lo), a.lo.times(b.hi), a.hi.times(b.lo), a.hi.times(b.hi)].map((p) => (p.isNaN() ? ZERO : p));
  return { lo: Decimal.min(...ps), hi: Decimal.max(...ps) };
}

/** a / b; null when b may be zero (the quotient is unbounded). */
export function div(a: Interval, b: Interval): Interval | null {
  if (b.lo.lte(0) && b.hi.gte(0)) return null;
  return mul(a, { lo: Decimal.div(1, b.hi), hi: Decimal.div(1, b.lo) });
}

export function overlaps(a: Interval, b: Interval): boolean {
  return a.lo.lte(b.hi) && b.lo.lte(a.hi);
}
