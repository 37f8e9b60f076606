// Totals of budget reports (`X，…。加上A、B…，收入总计T`) and a 其中 opening a sentence after a list.
import { describe, expect, it } from 'vitest';
import { findingsOf, inconsistent, valuesOf } from './testing.js';

const REVENUE = '市本级一般公共预算收入215.36亿元，为预算的100.8%，增长3.2%。加上上级补助收入96.40亿元、债务转贷收入38.50亿元、上年结转收入12.74亿元，收入总计363.00亿元。';
const SECTORS = '按领域分：交通项目12个、21.6亿元；市政项目30个、18.4亿元；社会事业项目9个、6.2亿元。其中，用作项目资本金的专项债券8.5亿元，涉及项目4个。';

describe('sum: a list opened by 加上 adds to the figure before it', () => {
  it('收入总计 is the revenue of the sentence before plus the listed items', () => {
    const fs = findingsOf(REVENUE);
    const sum = fs.find((f) => f.rule === 'sum');
    expect(sum).toMatchObject({ status: 'consistent', actual: 36300000000 });
    expect(valuesOf(sum!)).toEqual([21536000000, 9640000000, 3850000000, 1274000000, 36300000000]);
    expect(inconsistent(fs)).toEqual([]);
  });

  it('with the revenue changed, the total is flagged and names the first part', () => {
    const [f] = inconsistent(findingsOf(REVENUE.replace('215.36亿元', '205.36亿元')));
    expect(f).toMatchObject({ rule: 'sum', actual: 36300000000 });
    expect(valuesOf(f)[0]).toBe(20536000000);
  });

  it('a sentence not opened by 加上 does not take the figure before it', () => {
    const fs = findingsOf(REVENUE.replace('。加上', '。另有'));
    expect(fs.filter((f) => f.rule === 'sum' && valuesOf(f).includes(21536000000))).toEqual([]);
  });
});

describe('其中 opening a sentence after a list of amounts', () => {
  it('is not read as a part of the list\'s last item', () => {
    expect(inconsistent(findingsOf(SECTORS))).toEqual([]);
  });

  it('the list\'s last item is not flagged, but a 其中 inside the sentence of its whole still is', () => {
    expect(inconsistent(findingsOf(SECTORS)).map((f) => f.message)).toEqual([]);
    const [f] = inconsistent(findingsOf('全市下达专项债券额度6.2亿元，其中用作项目资本金的专项债券8.5亿元。'));
    expect(f).toMatchObject({ rule: 'part', actual: 620000000 });
    expect(valuesOf(f)).toEqual([620000000, 850000000]);
  });
});

const SHARES = '全市一般公共预算收入完成486.20亿元，同口径增长4.6%。其中，税收收入340.34亿元，增长6.1%；非税收入145.86亿元，下降0.9%。税收收入占一般公共预算收入的比重为70.0%。全市一般公共预算支出812.50亿元，增长2.8%。民生支出650.00亿元，占一般公共预算支出的80.0%。';

describe('ratio: a share of a whole named by its metric in an earlier sentence', () => {
  it('税收收入占一般公共预算收入的比重 and 民生支出…占一般公共预算支出的 tie the earlier figures', () => {
    const ratios = findingsOf(SHARES).filter((f) => f.rule === 'ratio');
    expect(ratios.map((f) => [f.status, ...valuesOf(f)])).toEqual([
      ['consistent', 48620000000, 34034000000, 70],
      ['consistent', 81250000000, 65000000000, 80],
    ]);
  });

  it('a share that matches no earlier figure is not reported (the whole may be another)', () => {
    const fs = findingsOf(SHARES.replace('比重为70.0%', '比重为75.0%'));
    expect(fs.filter((f) => f.rule === 'ratio' && f.actual === 75)).toEqual([]);
  });
});
