import { describe, expect, it } from 'vitest';
import type { QuantityRecord } from '../../schemas/index.js';
import { div, figureInterval, mul, overlaps, point } from './interval.js';
import { judge, type Term } from './relation.js';
import type { Figure } from './model.js';

function record(value: number, unit: string | null, precision: number, extra: Partial<QuantityRecord> = {}): QuantityRecord {
  return {
    type: 'quantity', doc: '0000000000000000', quote: String(value), span: [0, 1], section: null, value, unit, upper: null,
    qualifier: null, metric: null, region: null, asOf: null, role: null, precision, ...extra,
  };
}
const figure = (r: QuantityRecord): Term => ({ kind: 'figure', figure: { doc: r.doc, start: 0, end: 1, record: r } as Figure });
const bounds = (r: QuantityRecord) => {
  const iv = figureInterval(r);
  return [iv.lo.toNumber(), iv.hi.toNumber()];
};

describe('figureInterval: the values a stated figure stands for', () => {
  it('a figure with a multiplier is rounded at its last digit: 1.42万 is 14150…14250', () => {
    expect(bounds(record(14200, '人', 100))).toEqual([14150, 14250]);
  });

  it('a percentage with decimals is rounded or cut at its last digit: 38.86% is 38.855…38.87', () => {
    expect(bounds(record(38.86, '%', 0.01))).toEqual([38.855, 38.87]);
  });

  it('a whole percentage is rounded only: 97% is 96.5…97.5', () => {
    expect(bounds(record(97, '%', 1))).toEqual([96.5, 97.5]);
  });

  it('a whole count written in full is exact: 1650个', () => {
    expect(bounds(record(1650, '个', 1))).toEqual([1650, 1650]);
  });

  it('a defined amount taken as written is exact: 1.5倍', () => {
    expect(bounds(record(1.5, '倍', 0.1))).toEqual([1.45, 1.55]);
    const iv = figureInterval(record(1.5, '倍', 0.1), true);
    expect([iv.lo.toNumber(), iv.hi.toNumber()]).toEqual([1.5, 1.5]);
  });

  it('以上 opens the interval upwards, 约 widens it by 5%', () => {
    expect(bounds(record(90, '%', 1, { qualifier: 'atLeast' }))).toEqual([89.5, Infinity]);
    expect(bounds(record(8000, '人', 1, { qualifier: 'approx' }))).toEqual([7600, 8400]);
  });

  it('a range spans its two ends: 450元—500元', () => {
    expect(bounds(record(450, '元', 1, { upper: 500 }))).toEqual([449.5, 500.5]);
  });
});

describe('interval arithmetic', () => {
  it('divides and multiplies exactly (decimal, not binary floating point)', () => {
    const q = div(point('0.3'), point('0.1'))!;
    expect(q.lo.toString()).toBe('3');
    expect(mul(point('0.1'), point('0.2')).hi.toString()).toBe('0.02');
  });

  it('a quotient by an interval holding zero is unbounded: null', () => {
    expect(div(point(1), { lo: point(-1).lo, hi: point(1).hi })).toBeNull();
  });

  it('intervals that touch overlap', () => {
    expect(overlaps(point(1), { lo: point(1).lo, hi: point(2).hi })).toBe(true);
    expect(overlaps(point(1), point(1.0001))).toBe(false);
  });
});

describe('judge: a relation holds when values within every figure’s rounding make it exact', () => {
  const ratio = (part: QuantityRecord, whole: QuantityRecord, rate: QuantityRecord) =>
    judge({ rule: 'ratio', label: '', stated: figure(rate), compare: 'equal', computed: { kind: 'ratio', part: figure(part), whole: figure(whole) } })!;

  it('13600/35000 = 38.857% against 38.86%: holds within the rounding of 1.36万 and 3.5万', () => {
    const v = ratio(record(13600, '人次', 100), record(35000, '人次', 1000), record(38.86, '%', 0.01));
    expect(v.holds).toBe(true);
    expect(v.expected!.toDecimalPlaces(3).toNumber()).toBe(38.857);
  });

  it('76.57% of 1.42万 is 10900: holds only through the rounding of 1.42万 (10900/14200 = 76.76%)', () => {
    expect(ratio(record(10900, '人', 1), record(14200, '人', 100), record(76.57, '%', 0.01)).holds).toBe(true);
    expect(ratio(record(10900, '人', 1), record(14200, '人', 1), record(76.57, '%', 0.01)).holds).toBe(false);
  });

  it('1560/1701 = 91.7% against 97%: does not hold', () => {
    const v = ratio(record(1560, '个', 1), record(1701, '个', 1), record(97, '%', 1));
    expect(v.holds).toBe(false);
    expect(v.actual.toNumber()).toBe(97);
  });

  it('a sum of exact counts against a rounded total: 14235 is within 1.42万, 14335 is not', () => {
    const sum = (parts: number[], total: QuantityRecord) =>
      judge({ rule: 'sum', label: '', stated: figure(total), compare: 'equal', computed: { kind: 'sum', terms: parts.map((p) => figure(record(p, '人', 1))) } })!.holds;
    expect(sum([2017, 544, 143, 10900, 98, 137, 263, 133], record(14200, '人', 100))).toBe(true);
    expect(sum([2117, 544, 143, 10900, 98, 137, 263, 133], record(14200, '人', 100))).toBe(false);
  });
});
