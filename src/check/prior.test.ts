// A figure beside the same figure of the earlier period, then the change between them
// (`发生火灾12起，去年同期8起，同比上升50%`): accident bulletins and statistical briefs.
import { describe, expect, it } from 'vitest';
import { findingsOf, inconsistent, valuesOf } from './testing.js';

const FIRES = '2023年1至3月份，全县共发生火灾事故12起，去年同期8起，同比起数上升50%；死亡3人，去年同期死亡6人，同比死亡人数下降50%；直接经济损失46.5万元，去年同期61.2万元，同比下降14.7万元。';
const ASCII = '1至6月份,全市发生道路交通事故45起,去年同期36起, 同比上升 25%;直接经济损失12.6万元,去年同期20.4万元,同比下降7.8万。';

const rows = (text: string) => findingsOf(text).map((f) => [f.status, f.rule, ...valuesOf(f)]);

describe('change against the same period of the year before', () => {
  it('a rise, a fall in percent and a fall as an amount each hold (full-width punctuation)', () => {
    expect(rows(FIRES)).toEqual([
      ['consistent', 'change', 12, 8, 50],
      ['consistent', 'change', 3, 6, 50],
      ['consistent', 'difference', 465000, 612000, 147000],
    ]);
  });

  it('ASCII punctuation, a space before the share, and a bare `7.8万` taking the unit of the pair', () => {
    expect(rows(ASCII)).toEqual([
      ['consistent', 'change', 45, 36, 25],
      ['consistent', 'difference', 126000, 204000, 78000],
    ]);
  });

  it('a changed base is flagged: (12 − 9)/9 = 33.3%, not 50%', () => {
    const [f] = inconsistent(findingsOf(FIRES.replace('去年同期8起', '去年同期9起')));
    expect(f).toMatchObject({ rule: 'change', actual: 50 });
    expect(valuesOf(f)).toEqual([12, 9, 50]);
    expect(f.expected).toBeCloseTo(33.333, 3);
  });

  it('a changed amount is flagged (ASCII): 36 → 45 is 25%, not 35%; 61.2万 − 46.5万 is 14.7万, not 17.4万', () => {
    expect(inconsistent(findingsOf(ASCII.replace('上升 25%', '上升 35%'))).map(valuesOf)).toEqual([[45, 36, 35]]);
    expect(inconsistent(findingsOf(FIRES.replace('14.7万元', '17.4万元'))).map(valuesOf)).toEqual([[465000, 612000, 174000]]);
  });

  it('a bare amount that does not hold is not reported: its unit is only understood', () => {
    expect(rows(ASCII.replace('下降7.8万', '下降8.7万'))).toEqual([['consistent', 'change', 45, 36, 25]]);
  });

  it('a share cut rather than rounded is no alarm: 24/14 − 1 = 71.43% written 71.42%', () => {
    expect(rows('发生火灾24起，去年同期14起，同比上升71.42%。')).toEqual([['consistent', 'change', 24, 14, 71.42]]);
    expect(inconsistent(findingsOf('发生火灾24起，去年同期14起，同比上升71.40%。'))).toHaveLength(1);
  });

  it('a change after `去年同期` is not the earlier figure; growth of output at comparable prices is not checked', () => {
    expect(findingsOf('全县发生事故34起，去年同期增加5起，同比上升17%。')).toEqual([]);
    expect(findingsOf('全县地区生产总值120亿元，上年同期100亿元，同比增长6.5%。')).toEqual([]);
  });
});
