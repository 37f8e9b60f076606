import { describe, expect, it } from 'vitest';
import { dateExtractor } from '../../extractors/date/date.js';
import { runOn } from '../core/testing.js';
import type { Fact, Refiner } from '../core/types.js';

const TEXT = '2020年4月17日召开会议，6月底前完成。';

/** A refiner that replaces the record of the first date with `change(record)`. */
const replacing = (change: (r: Fact<'date'>['record']) => object): Refiner => ({
  id: 'test-replace',
  version: '0',
  refine: (facts) => facts.map((f, i) => (i === 0 ? { ...f, record: change(f.record as Fact<'date'>['record']) } as Fact : f)),
});

describe('runner: facts after the refiners', () => {
  it('keeps the records a refiner hands back unchanged', () => {
    const { facts, diagnostics } = runOn([dateExtractor], TEXT, { refiners: [{ id: 'same', version: '0', refine: (f) => f }] });
    expect(facts.map((f) => f.record.quote)).toEqual(['2020年4月17日', '6月底前']);
    expect(diagnostics).toEqual([]);
  });

  it('parses a record a refiner replaced, and drops it when it is no longer valid', () => {
    const { facts, diagnostics } = runOn([dateExtractor], TEXT, { refiners: [replacing((r) => ({ ...r, granularity: 'week' }))] });
    expect(facts.map((f) => f.record.quote)).toEqual(['6月底前']);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0].message).toMatch(/^refined date no longer valid: granularity/);
  });

  it('drops a replaced record whose quote is not the text at its span', () => {
    const { facts, diagnostics } = runOn([dateExtractor], TEXT, { refiners: [replacing((r) => ({ ...r, quote: '2021年4月17日' }))] });
    expect(facts.map((f) => f.record.quote)).toEqual(['6月底前']);
    expect(diagnostics.map((d) => d.message)).toEqual(['refined date: quote differs from the text at its span']);
  });
});
