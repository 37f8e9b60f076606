// Changes against the figure of the year before, written inside the comparison or in an earlier
// sentence, and a change statement whose before figure carries its year (`由2022年的…提高到…`).
import { describe, expect, it } from 'vitest';
import { findingsOf, inconsistent, valuesOf } from './testing.js';

const rows = (text: string) => findingsOf(text).map((f) => [f.status, f.rule, ...valuesOf(f)]);

describe('the figure of the year before', () => {
  const INLINE = '2023年全省累计发行新增专项债券1520.4亿元，比上年同期的1382.2亿元增长10%，重点支持交通、市政等领域。';
  it('written inside the comparison (比上年同期的A增长P%): (1520.4 − 1382.2)/1382.2 = 10.0%', () => {
    expect(rows(INLINE)).toEqual([['consistent', 'change', 152040000000, 138220000000, 10]]);
  });

  it('a changed rate is flagged there', () => {
    const [f] = inconsistent(findingsOf(INLINE.replace('增长10%', '增长12%')));
    expect(valuesOf(f)).toEqual([152040000000, 138220000000, 12]);
  });

  const EARLIER = '一、基本情况\n2022年，全省发放种粮农民一次性补贴资金12.4亿元，惠及农户860万户。\n二、补贴标准\n2023年中央财政下达我省种粮农民一次性补贴资金13.1亿元，比上年增加0.7亿元。';
  it('stated in an earlier sentence, tied by year and metric: 13.1亿 − 12.4亿 = 0.7亿', () => {
    expect(rows(EARLIER)).toEqual([['consistent', 'difference', 1240000000, 1310000000, 70000000]]);
  });

  it('an earlier figure that does not fit is no reading, not a false alarm', () => {
    expect(rows(EARLIER.replace('增加0.7亿元', '增加0.9亿元'))).toEqual([]);
  });

  it('a figure of another year or another thing is not the one before', () => {
    expect(rows(EARLIER.replace('2022年，', '2021年，'))).toEqual([]);
    expect(rows(EARLIER.replace('种粮农民一次性补贴资金12.4亿元', '耕地保护奖励12.4亿元'))).toEqual([]);
  });
});

describe('a change whose before figure carries its year', () => {
  const TEXT = '行政村快递服务通达率由2022年的86.3%提高到100%，提高13.7个百分点。';
  it('由2022年的A提高到B，提高N个百分点 holds; 12.7个百分点 does not', () => {
    expect(rows(TEXT)).toEqual([['consistent', 'difference', 86.3, 100, 13.7]]);
    expect(inconsistent(findingsOf(TEXT.replace('13.7个', '12.7个'))).map(valuesOf)).toEqual([[86.3, 100, 12.7]]);
  });
});
