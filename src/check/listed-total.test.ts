// A total that names the count of the list before it (`上述3个乡共完成…`): its items stand in
// earlier `；` sentences, each with a plan and a done figure of the same unit.
import { describe, expect, it } from 'vitest';
import { findingsOf, inconsistent, valuesOf } from './testing.js';

const AHEAD = '（一）进度较快的乡镇。城关镇计划完成造林1.5万亩，已完成1.23万亩，完成率82%；双河乡计划1万亩，已完成0.94万亩，完成率94%；柳林镇计划0.8万亩，已完成0.76万亩，完成率95%。上述3个乡镇共完成造林2.93万亩，进度明显快于全县平均水平。';

const sums = (text: string) => findingsOf(text).filter((f) => f.rule === 'sum');

describe('sum: a total that points back at the items before it by their count', () => {
  it('上述3个乡镇共完成 2.93万亩 = 1.23 + 0.94 + 0.76 (the done figures, not the plans)', () => {
    const fs = sums(AHEAD);
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ status: 'consistent', rule: 'sum', expected: 29300, actual: 29300 });
    expect(valuesOf(fs[0])).toEqual([12300, 9400, 7600, 29300]);
  });

  it('a total of 3.03万亩 is flagged: the three items add to 2.93万亩', () => {
    const fs = inconsistent(sums(AHEAD.replace('共完成造林2.93万亩', '共完成造林3.03万亩')));
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ rule: 'sum', expected: 29300, actual: 30300 });
  });

  it('a count that does not match the items written is not read as their total', () => {
    expect(sums(AHEAD.replace('上述3个乡镇', '上述5个乡镇'))).toEqual([]);
  });

  it('without the count there is no list to point back at', () => {
    expect(sums(AHEAD.replace('上述3个乡镇共完成', '全县共完成'))).toEqual([]);
  });
});
