// What is left of a task once part is done, stated in one sentence (rectification and progress reports).
import { describe, expect, it } from 'vitest';
import { findingsOf, inconsistent, valuesOf } from './testing.js';

const rows = (text: string) => findingsOf(text).map((f) => [f.status, f.rule, ...valuesOf(f)]);
const TEXT = '巡察反馈问题共计128个，已完成整改113个，剩余15个问题正在按计划推进。';

describe('task, part done and what is left', () => {
  it('128 − 113 = 15 holds', () => {
    expect(rows(TEXT)).toEqual([['consistent', 'difference', 128, 113, 15]]);
  });

  it('a changed rest is flagged: 128 − 113 is 15, not 17', () => {
    expect(inconsistent(findingsOf(TEXT.replace('剩余15个', '剩余17个'))).map(valuesOf)).toEqual([[128, 113, 17]]);
  });

  it('with no part written as done (已), nothing is read', () => {
    expect(rows(TEXT.replace('已完成整改', '本月整改'))).toEqual([]);
  });
});
