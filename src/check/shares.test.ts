// Parts each written with their share and no 其中, against a whole stated before them (progress
// reports, inspection bulletins): the shares are checked as part / whole, and the parts as a sum
// where the shares make 100%. A share with decimals may be cut rather than rounded.
import { describe, expect, it } from 'vitest';
import { change, findingsOf, inconsistent, valuesOf } from './testing.js';

const ASCII: Record<string, string> = { '（': '(', '）': ')', '，': ',', '；': ';', '：': ':' };
const ascii = (text: string) => text.replace(/[（），；：]/g, (c) => ASCII[c]);
const summary = (text: string) => findingsOf(text).map((f) => [f.status, f.rule, ...valuesOf(f)]);
const FORMS: [string, (t: string) => string][] = [['full-width', (t) => t], ['ASCII', ascii]];

// 96/148 = 64.86%, written cut as 64.8%
const PROGRESS =
  '年初确定的重点工作分解为148项具体任务。经督查，已完成的有31项，占总任务的20.9%；' +
  '达进度的有96项，占总任务的64.8%；滞后的有21项，占总任务的14.2%。';
const INDICATORS = '纳入本次通报的量化指标共40项。截至目前，达到序时进度34项、占比85.0%。未达到序时进度6项、占比15.0%。';

describe('parts with their shares after a whole stated before', () => {
  it.each(FORMS)('%s: each share is its part over the whole, and the parts add up to it', (_, form) => {
    expect(summary(form(PROGRESS))).toEqual([
      ['consistent', 'ratio', 148, 31, 20.9],
      ['consistent', 'ratio', 148, 96, 64.8],
      ['consistent', 'ratio', 148, 21, 14.2],
      ['consistent', 'sum', 148, 31, 96, 21],
    ]);
  });

  it.each(FORMS)('%s: shares in sentences of their own (、占比) against a total with 共', (_, form) => {
    expect(summary(form(INDICATORS))).toEqual([
      ['consistent', 'ratio', 40, 34, 85],
      ['consistent', 'ratio', 40, 6, 15],
      ['consistent', 'sum', 40, 34, 6],
    ]);
  });

  it.each(FORMS)('%s: a miscounted part breaks its share', (_, form) => {
    const bad = inconsistent(findingsOf(form(change(PROGRESS, '有21项', '有12项'))));
    expect(bad.map((f) => [f.rule, ...valuesOf(f)])).toEqual([['ratio', 148, 12, 14.2], ['sum', 148, 31, 96, 12]]);
  });

  it.each(FORMS)('%s: a wrong share among three is flagged', (_, form) => {
    const bad = inconsistent(findingsOf(form(change(PROGRESS, '20.9%', '29.0%'))));
    expect(bad.map((f) => [f.rule, ...valuesOf(f)])).toEqual([['ratio', 148, 31, 29]]);
  });

  it('of two shares, one not fitting leaves the reading in doubt: nothing is reported', () => {
    expect(findingsOf(change(INDICATORS, '占比15.0%', '占比25.0%'))).toEqual([]);
  });

  it('a share cut one unit below its value is not a contradiction; two units below is', () => {
    expect(inconsistent(findingsOf(PROGRESS))).toEqual([]);
    const bad = inconsistent(findingsOf(change(PROGRESS, '64.8%', '64.7%')));
    expect(bad.map((f) => [f.rule, ...valuesOf(f)])).toEqual([['ratio', 148, 96, 64.7]]);
  });
});

describe('a single share naming its whole', () => {
  const VILLAGES = '全县158个行政村中共有贫困村103个，占行政村总数的65.2%。';

  it.each(FORMS)('%s: 103 of 158 villages is 65.2%%; written 56.2%% it is flagged', (_, form) => {
    expect(summary(form(VILLAGES))).toEqual([['consistent', 'ratio', 158, 103, 65.2]]);
    expect(inconsistent(findingsOf(form(change(VILLAGES, '65.2%', '56.2%')))).map(valuesOf)).toEqual([[158, 103, 56.2]]);
  });

  it('a share named only by 占 with no whole of its own is not flagged when it fits no earlier figure', () => {
    const text = '全县158个行政村中共有贫困村103个，占行政村总数的65.2%。贫困发生率在20%以上的贫困村92个、占32.6%。';
    expect(summary(text)).toEqual([['consistent', 'ratio', 158, 103, 65.2]]);
  });

  it('a share of another body (占全省的) is not a share of the whole before', () => {
    expect(findingsOf('全县有贫困村103个。已出列贫困村60个，占全省的1.2%。')).toEqual([]);
  });
});
