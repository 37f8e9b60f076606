import { describe, expect, it } from 'vitest';
import { findDates, readDate, type DateContext } from './core.js';

const ctx: DateContext = { referenceYear: null, documentDate: '2020-04-17' };
const value = (text: string, c: DateContext = ctx) => {
  const r = readDate(text, c);
  return r && [r.start, r.end, r.granularity, r.role, r.yearInferred, r.length];
};

describe('readDate', () => {
  it('reads absolute dates in Arabic and Chinese numerals', () => {
    expect(value('2020年4月17日')).toEqual(['2020-04-17', '2020-04-17', 'day', 'point', false, 10]);
    expect(value('二〇〇五年七月十四日')).toEqual(['2005-07-14', '2005-07-14', 'day', 'point', false, 10]);
    expect(value('2020 年 4 月 17 日印发')).toEqual(['2020-04-17', '2020-04-17', 'day', 'point', false, 15]);
  });

  it('reads a deadline once, with its cue', () => {
    expect(value('2020年6月底前，全面完成')).toEqual(['2020-06-30', '2020-06-30', 'day', 'deadline', false, 9]);
    expect(value('完成时限：2018年12月')).toEqual(['2018-12-01', '2018-12-31', 'month', 'deadline', false, 13]);
    expect(value('到2020年年底')).toEqual(['2020-12-31', '2020-12-31', 'day', 'deadline', false, 8]);
  });

  it('gives a partial date the context year, else the document year', () => {
    expect(value('6月底前')).toEqual(['2020-06-30', '2020-06-30', 'day', 'deadline', true, 4]);
    expect(value('6月底前', { referenceYear: 2019, documentDate: '2020-04-17' })?.[0]).toBe('2019-06-30');
    expect(value('上半年')).toEqual(['2020-01-01', '2020-06-30', 'half', 'period', true, 3]);
  });

  it('reads 过去一年 of a work report as the year before the document', () => {
    const report: DateContext = { referenceYear: 2022, documentDate: null };
    expect(value('过去一年，全省地区生产总值增长7.7%', report)).toEqual(['2021-01-01', '2021-12-31', 'year', 'period', true, 4]);
    expect(value('过去一年', ctx)?.[0]).toBe('2019-01-01');
  });

  it('reads ranges as one date', () => {
    expect(value('2020年3月30日—6月30日')).toEqual(['2020-03-30', '2020-06-30', 'range', 'period', false, 16]);
    expect(value('1—6月', { referenceYear: 2019, documentDate: null })).toEqual(['2019-01-01', '2019-06-30', 'range', 'period', true, 4]);
    expect(value('2016—2020年')).toEqual(['2016-01-01', '2020-12-31', 'range', 'period', false, 10]);
  });

  it('ends a since-date at the document date, or leaves it open', () => {
    expect(value('2014年以来')).toEqual(['2014-01-01', '2020-04-17', 'year', 'since', false, 7]);
    expect(value('从2019年1月1日起', { referenceYear: null, documentDate: '2018-11-16' })).toEqual(['2019-01-01', null, 'day', 'since', false, 11]);
  });

  it('reads a range after a written year or month', () => {
    expect(value('2019年1-6月份，全州')).toEqual(['2019-01-01', '2019-06-30', 'range', 'period', false, 10]);
    expect(value('7月5—11日')).toEqual(['2020-07-05', '2020-07-11', 'range', 'period', true, 7]);
    expect(value('7、8月')).toEqual(['2020-07-01', '2020-08-31', 'range', 'period', true, 4]);
    expect(value('一、二季度')).toEqual(['2020-01-01', '2020-06-30', 'range', 'period', true, 5]);
    expect(value('前三季度')).toEqual(['2020-01-01', '2020-09-30', 'range', 'period', true, 4]);
    expect(value('3、5月')).toBeNull();
  });

  it('reads days written in figures only', () => {
    expect(value('2020.4.17')).toEqual(['2020-04-17', '2020-04-17', 'day', 'point', false, 9]);
    expect(value('2023-10-19')).toEqual(['2023-10-19', '2023-10-19', 'day', 'point', false, 10]);
    expect(readDate('0871-6123456', ctx)).toBeNull();
    expect(readDate('2020.4', ctx)).toBeNull();
  });

  it('reads cues past a clock time, and 至今 as since', () => {
    expect(value('12月31日24时前')).toEqual(['2020-12-31', '2020-12-31', 'day', 'deadline', true, 10]);
    expect(value('2014年至今')).toEqual(['2014-01-01', '2020-04-17', 'year', 'since', false, 7]);
    expect(value('2019年前后')).toEqual(['2019-01-01', '2019-12-31', 'year', 'period', false, 5]);
  });

  it('skips a weekday note, reads 次年 from the year in context and parts of a month', () => {
    expect(value('2021年4月30日（星期五）前报送')).toEqual(['2021-04-30', '2021-04-30', 'day', 'deadline', false, 16]);
    expect(value('次年1月15日前', { referenceYear: 2021, documentDate: '2021-03-15' })).toEqual(['2022-01-15', '2022-01-15', 'day', 'deadline', true, 8]);
    expect(value('12月中下旬')).toEqual(['2020-12-11', '2020-12-31', 'month', 'period', true, 6]);
  });

  it('reads a date qualifying a figure as its time, not a deadline', () => {
    expect(value('到2018年底的13675户')).toEqual(['2018-12-31', '2018-12-31', 'day', 'point', false, 7]);
  });

  it('reads no date in durations and labels', () => {
    expect(readDate('5个工作日内', ctx)).toBeNull();
    expect(readDate('每月', ctx)).toBeNull();
    expect(readDate('一月一分析', ctx)).toBeNull();
    expect(readDate('3个月', ctx)).toBeNull();
  });
});

describe('findDates', () => {
  it('finds no date in counts, recurrences, labels and document numbers', () => {
    const text = '（鄂政文〔2004〕15号）每年6月30日前报送，5个工作日内，力争三年内完成，电话0878-3121234，“12·21”事故';
    expect(findDates(text, ctx)).toEqual([]);
  });

  it('makes a date led by 力争 a deadline', () => {
    const [d] = findDates('力争2025年每千常住人口基层卫生人员数不低于3.5人', ctx);
    expect([d.at, d.length, d.start, d.role]).toEqual([2, 5, '2025-01-01', 'deadline']);
  });

  it('carries the written year and month to later partial dates', () => {
    const found = findDates('2003年12月18日，巴东县发生滑坡，19日晚8时35分又发生', ctx);
    expect(found.map((f) => [f.at, f.length, f.start])).toEqual([
      [0, 11, '2003-12-18'],
      [20, 3, '2003-12-19'],
    ]);
  });
});
