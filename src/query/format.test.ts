import { describe, expect, it } from 'vitest';
import { ExportRecord, type QuantityRecord } from '../../schemas/index.js';
import { describeFact, formatPeriod } from './describe.js';
import type { FactRow } from './facts.js';
import { BOM, displayWidth, renderTable, toCsv, truncate } from './format.js';
import { ftsQuery, highlight, markRanges, matchRanges, queryTerms } from './fts.js';
import { formatFacts } from './output.js';

const quantity: QuantityRecord = {
  type: 'quantity', doc: '1d944455b0e5cc05', quote: '2903户', span: [607, 612], section: '二/（一）', value: 2903, unit: '户', upper: null,
  qualifier: null, metric: '剩余贫困人口', region: { code: '532300', name: '楚雄彝族自治州' },
  asOf: { start: '2020-06-30', end: '2020-06-30', granularity: 'day', role: 'deadline', yearInferred: true }, role: 'target',
};
const row: FactRow = {
  id: 1, record: quantity, source: 'seeds/a,b.txt', title: '方案', sentence: '确保6月底前剩余的2903户8331人贫困人口全部"达标"。\n下一行',
  sentenceStart: 0, rank: null, matches: [],
};

describe('terminal widths', () => {
  it('Chinese characters take two columns, colour codes none', () => {
    expect(displayWidth('2903户')).toBe(6);
    expect(displayWidth('（一）')).toBe(6);
    expect(displayWidth('\x1b[1;31m武定县\x1b[0m')).toBe(6);
  });

  it('truncate cuts to a width with …, keeping colour closed', () => {
    expect(truncate('武定县高桥镇', 7)).toBe('武定县…');
    expect(truncate('\x1b[1m武定县高桥镇', 5)).toBe('\x1b[1m武定…\x1b[0m');
    expect(truncate('abc', 3)).toBe('abc');
  });

  it('renderTable aligns columns by display width', () => {
    expect(renderTable(['a', 'b'], [['武定县', 1], ['x', null]])).toBe('a       b\n──────  ─\n武定县  1\nx\n');
  });
});

describe('csv', () => {
  it('starts with a UTF-8 BOM, quotes fields with commas, quotes or line breaks, ends lines with CRLF', () => {
    expect(toCsv(['a', 'b'], [['x,y', 'say "hi"'], ['line\nbreak', 3.5]])).toBe(`${BOM}a,b\r\n"x,y","say ""hi"""\r\n"line\nbreak",3.5\r\n`);
  });

  it('fact rows: the source, section and quote beside each figure, nested values flattened', () => {
    const csv = formatFacts([row], 'csv');
    const [header, line] = csv.slice(1).split('\r\n');
    expect(header).toBe(
      'source,doc,section,quote,value,upper,unit,qualifier,metric,canonical_metric,region_code,region,as_of_start,as_of_end,as_of_role,role,span_start,span_end,sentence,doc_title',
    );
    expect(line).toBe(
      '"seeds/a,b.txt",1d944455b0e5cc05,二/（一）,2903户,2903,,户,,剩余贫困人口,,532300,楚雄彝族自治州,2020-06-30,2020-06-30,deadline,target,607,612,"确保6月底前剩余的2903户8331人贫困人口全部""达标""。\n下一行",方案',
    );
  });

  it('jsonl rows are export-v1 records', () => {
    const lines = formatFacts([row], 'jsonl').trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(ExportRecord.parse(JSON.parse(lines[0]))).toEqual(quantity);
  });
});

describe('readings', () => {
  it('periods in their shortest exact form', () => {
    expect(formatPeriod('2020-06-30', '2020-06-30')).toBe('2020-06-30');
    expect(formatPeriod('2018-12-01', '2018-12-31')).toBe('2018-12');
    expect(formatPeriod('2019-01-01', '2019-12-31')).toBe('2019');
    expect(formatPeriod('2020-01-01', '2020-06-30')).toBe('2020-01-01…2020-06-30');
    expect(formatPeriod('2014-01-01', null)).toBe('2014-01-01…');
  });

  it('a figure: amount · metric · region · asOf · role', () => {
    expect(describeFact(quantity)).toBe('2903 户 · 剩余贫困人口 · 楚雄彝族自治州 · 2020-06-30 (deadline) · target');
    expect(describeFact({ ...quantity, value: 450, upper: 500, unit: '元', qualifier: 'approx', region: null, asOf: null, role: null })).toBe(
      '≈450–500 元 · 剩余贫困人口',
    );
  });
});

describe('search terms and marks', () => {
  it('a query asks for its runs of Chinese characters and its words of letters and digits', () => {
    expect(queryTerms('易地扶贫搬迁')).toEqual(['易地扶贫搬迁']);
    expect(queryTerms('2020年 贫困发生率')).toEqual(['2020', '年', '贫困发生率']);
    expect(queryTerms('，')).toEqual([]);
  });

  it('a run is the phrase of its character pairs, one character a prefix query, a word quoted', () => {
    expect(ftsQuery('易地扶贫搬迁')).toBe('"易地 地扶 扶贫 贫搬 搬迁"');
    expect(ftsQuery('2020年')).toBe('"2020" AND "年"*');
    expect(ftsQuery('GDP增长6.5%', 'OR')).toBe('"GDP" OR "增长" OR "6.5"');
    expect(ftsQuery('say"hi"')).toBe('"say""hi"');
    expect(ftsQuery('')).toBe('');
  });

  it('the runs are marked where the sentence holds them, Latin case folded', () => {
    expect(highlight('GDP增长6.5%，2020年增长', queryTerms('gdp 6.5'), ['[', ']'])).toBe('[GDP]增长[6.5]%，2020年增长');
    // pieces that touch are marked as one
    expect(highlight('2020年4月17日', queryTerms('2020年'), ['[', ']'])).toBe('[2020年]4月17日');
    expect(matchRanges('GDP增长6.5%', ['gdp', '增长'])).toEqual([[0, 5]]);
  });

  it('ranges count code points, as export-v1 spans do', () => {
    const text = '𠀀易地扶贫搬迁，扶贫';
    expect(matchRanges(text, ['易地扶贫搬迁', '扶贫'])).toEqual([[1, 7], [8, 10]]);
    expect(markRanges(text, [[1, 7]], '<', '>')).toBe('𠀀<易地扶贫搬迁>，扶贫');
  });
});
