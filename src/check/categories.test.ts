// Totals broken down by category over the sentences after 其中 (accident and case bulletins),
// and breakdowns made complete by a label that negates another (`非生产经营性`).
import { describe, expect, it } from 'vitest';
import { findingsOf, inconsistent, valuesOf } from './testing.js';

// 60 = 41 + 12 + 7 events; 9 = 5 + 3 + 1 deaths (the fires state none); 318.6万 = 25.4万 + 210万 + 83.2万;
// nested: 41 = 15 + 26, 5 = 2 + 3.
const BULLETIN =
  '一季度全县共发生各类事故60起，同比下降12.5%；事故死亡9人，同比下降10%；造成直接经济损失318.6万元，同比下降20.3%。' +
  '其中：发生道路交通事故41起，同比下降8.9%；事故死亡5人；造成直接经济损失25.4万元。' +
  '其中，属于营运车辆事故15起，死亡2人。属于非营运车辆事故26起，死亡3人。' +
  '发生火灾事故12起，同比下降14.3%；未造成人员伤亡；造成直接经济损失210万元。' +
  '发生工矿企业生产安全事故7起，死亡4人，造成直接经济损失83.2万元。';
const ASCII = BULLETIN.replace(/；/g, ';').replace(/，/g, ',').replace(/：/g, ':');

const sums = (text: string) => findingsOf(text).filter((f) => f.rule === 'sum').map((f) => [f.status, ...valuesOf(f)]);

describe('totals broken down by category after 其中', () => {
  const expected = [
    ['consistent', 60, 41, 12, 7],
    ['consistent', 9, 5, 4],
    ['consistent', 3186000, 254000, 2100000, 832000],
    ['consistent', 41, 15, 26],
    ['consistent', 5, 2, 3],
  ];

  it('each total sums its own metric over the categories; a nested 其中 and its sibling are skipped (full-width)', () => {
    expect(sums(BULLETIN)).toEqual(expected);
  });

  it('the same with ASCII punctuation', () => {
    expect(sums(ASCII)).toEqual(expected);
  });

  it('a run that does not add up is not reported (a category may leave a metric out), and raises no alarm', () => {
    const changed = BULLETIN.replace('发生火灾事故12起', '发生火灾事故21起');
    expect(sums(changed).map((r) => r[1])).toEqual([9, 3186000, 41, 5]);
    expect(inconsistent(findingsOf(changed))).toEqual([]);
  });

  it('a sentence that opens with another verb ends the run', () => {
    const text = '全市发生事故20起；死亡6人。其中：发生交通事故12起，死亡4人。发生火灾事故5起，死亡2人。据调查，事故多发于夜间。发生其他事故3起。';
    expect(sums(text)).toEqual([['consistent', 6, 4, 2]]);
    expect(sums(text.replace('据调查，事故多发于夜间。', ''))).toEqual([['consistent', 20, 12, 5, 3], ['consistent', 6, 4, 2]]);
  });
});

describe('a label and its negation cover the whole', () => {
  const LABOUR = '全村共有劳动力1200人，其中贫困劳动力300人，非贫困劳动力900人。';

  it('贫困… and 非贫困… add up to the whole', () => {
    expect(sums(LABOUR)).toEqual([['consistent', 1200, 300, 900]]);
  });

  it('parts short of the whole are flagged: the list is complete', () => {
    expect(inconsistent(findingsOf(LABOUR.replace('900人', '800人'))).map(valuesOf)).toEqual([[1200, 300, 800]]);
    expect(inconsistent(findingsOf(LABOUR.replace(/，/g, ',').replace('900人', '800人'))).map(valuesOf)).toEqual([[1200, 300, 800]]);
  });

  it('after a sentence of several amounts, the one amount of another unit is a whole too (reported where it holds)', () => {
    const text = '发生火灾事故9起，造成直接经济损失548万元。其中属于生产经营性火灾事故3起，非生产经营性火灾事故6起。';
    expect(sums(text)).toEqual([['consistent', 9, 3, 6]]);
    expect(inconsistent(findingsOf(text.replace('6起', '5起')))).toEqual([]);
  });

  it('a range is not a total of the bounds explained after it', () => {
    expect(findingsOf('给予每月补助450元—500元（非贫困地区450元、贫困地区500元）。')).toEqual([]);
  });
});
