// Relations whose figures stand in different sentences or sections (detect/far.ts): each passage
// as written gives the consistent finding; with a figure changed, the reading is not certain
// enough to flag, so no finding is given (and never an inconsistent one).
import { describe, expect, it } from 'vitest';
import { change, findingsOf, inconsistent, valuesOf } from './testing.js';

const PLAN = '一、总体进展\n今年全市计划新建高标准农田8万亩、整治撂荒地5万亩。截至9月底，全市累计完成新建高标准农田6.4万亩，完成率80%；完成整治撂荒地3.5万亩，完成率70%，较上年同期提高5个百分点。\n';
const PROGRESS = '市财政下达农机购置补贴资金3600万元，目前已拨付2520万元，拨付进度70%。';
const PLACE = '一、总体情况\n全市累计完成造林绿化12.5万亩。\n二、分县情况\n东平县、西河县共完成造林绿化4.5万亩，占全市已完成面积的36%。\n';
const VIEW = '全区农村公路总里程达到2860公里，比上年增长3.2%。分片区看，东部片区农村公路1120公里，中部片区980公里，西部片区760公里。';
const REST = '今年全县计划改造农村危房3200户。截至目前，东部6个乡镇完成农村危房改造1850户；其余乡镇完成农村危房改造1350户。';
const PRODUCT = '今年全县种植马铃薯脱毒种薯5万亩。县财政安排马铃薯种薯补贴资金600万元，按每亩120元标准补助。';

const summary = (text: string) => findingsOf(text).map((f) => [f.status, f.rule, ...valuesOf(f)]);

describe('figures farther apart', () => {
  it('a rate of a plan stated in the sentence before: 6.4万/8万 = 80%, 3.5万/5万 = 70%', () => {
    expect(summary(PLAN)).toEqual([
      ['consistent', 'ratio', 80000, 64000, 80],
      ['consistent', 'ratio', 50000, 35000, 70],
    ]);
  });

  it('a plan that does not fit is not reported (another plan may be meant)', () => {
    const fs = findingsOf(change(PLAN, '6.4万亩', '5.2万亩'));
    expect(inconsistent(fs)).toEqual([]);
    expect(fs.map(valuesOf)).toEqual([[50000, 35000, 70]]);
  });

  it('拨付进度70% of the amount earlier in the sentence: 2520万/3600万', () => {
    expect(summary(PROGRESS)).toEqual([['consistent', 'ratio', 36000000, 25200000, 70]]);
    expect(findingsOf(change(PROGRESS, '2520万元', '2250万元'))).toEqual([]);
  });

  it('a share of the place\'s whole named without its figure takes the earlier figure on its topic', () => {
    expect(summary(PLACE)).toEqual([['consistent', 'ratio', 125000, 45000, 36]]);
    expect(findingsOf(change(PLACE, '36%', '30%'))).toEqual([]);
  });

  it('a split view (分片区看) adds up to the total stated before it', () => {
    expect(summary(VIEW)).toEqual([['consistent', 'sum', 2860, 1120, 980, 760]]);
    expect(findingsOf(change(VIEW, '980公里', '890公里'))).toEqual([]);
  });

  it('a split view written as `；` items, each a count and an amount, adds up in both units to the totals stated before', () => {
    const text = '一、资金分配\n现将2024年第二批农业产业发展资金15.6亿元下达给你们，支持项目150个。本批资金重点支持前期工作成熟的项目。按产业分：粮油产业项目42个、4.8亿元；畜牧产业项目36个、3.9亿元；果蔬产业项目40个、4.1亿元；农产品加工项目32个、2.8亿元。\n';
    expect(summary(text)).toEqual([
      ['consistent', 'sum', 1560000000, 480000000, 390000000, 410000000, 280000000],
      ['consistent', 'sum', 150, 42, 36, 40, 32],
    ]);
    expect(findingsOf(change(text, '2.8亿元', '3.8亿元')).filter((f) => f.facts.length > 4 && f.facts[0].value === 1560000000)).toEqual([]);
  });

  it('an item naming the rest (其余) and the item before it make up the plan', () => {
    expect(summary(REST)).toEqual([['consistent', 'sum', 3200, 1850, 1350]]);
  });

  it('an amount per unit times the quantity stated before makes the fund: 5万亩 × 120元 = 600万元', () => {
    expect(summary(PRODUCT)).toEqual([['consistent', 'product', 50000, 6000000, 120]]);
    expect(findingsOf(change(PRODUCT, '5万亩', '4万亩'))).toEqual([]);
  });
});
