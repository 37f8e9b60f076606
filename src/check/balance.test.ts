// A budget's balance: income less spending, stated after them (收支相抵, 结余, 结转).
import { describe, expect, it } from 'vitest';
import { change, findingsOf, inconsistent, valuesOf } from './testing.js';

const rows = (text: string) => findingsOf(text).map((f) => [f.status, f.rule, ...valuesOf(f)]);
const ONE = '2023年，市本级政府性基金预算收入总量186.42亿元、支出总量171.95亿元，收支相抵结余14.47亿元。';
const APART =
  '市本级一般公共预算收入总计932.60亿元。市本级一般公共预算支出总计905.18亿元。收支相抵，结转下年支出27.42亿元。';
const BARE = '全市机关事业单位养老保险基金收入412.36亿元，增长5.1%；支出398.70亿元，增长6.3%。年末结余13.66亿元。';

describe('income less spending gives the balance', () => {
  it('in one sentence, with 收支相抵', () => {
    expect(rows(ONE)).toEqual([['consistent', 'difference', 18642000000, 17195000000, 1447000000]]);
  });

  it('a wrong balance is flagged where 收支相抵 names it', () => {
    expect(inconsistent(findingsOf(change(ONE, '14.47亿元', '15.47亿元'))).map((f) => [f.rule, ...valuesOf(f)]))
      .toEqual([['difference', 18642000000, 17195000000, 1547000000]]);
  });

  it('totals in sentences of their own, balance after 收支相抵', () => {
    expect(rows(APART)).toEqual([['consistent', 'difference', 93260000000, 90518000000, 2742000000]]);
  });

  it('a bare 结余 is kept where it holds, and not reported where it does not', () => {
    expect(rows(BARE)).toEqual([['consistent', 'difference', 41236000000, 39870000000, 1366000000]]);
    expect(rows(change(BARE, '年末结余13.66亿元', '年末滚存结余286.40亿元'))).toEqual([]);
  });

  it('a 其中 part is not the income', () => {
    const text = '全年基金收入总量52.30亿元，其中土地出让收入41.20亿元，支出总量50.10亿元，收支相抵结余2.20亿元。';
    expect(findingsOf(text).filter((f) => f.rule === 'difference').map(valuesOf)).toEqual([[5230000000, 5010000000, 220000000]]);
  });
});
