import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { emptyMeta } from '../../src/core/meta.js';
import { docFromText } from '../../src/core/testing.js';
import { createContext, segmentsOf } from '../../src/extract/runner.js';
import type { DocMeta } from '../../src/core/types.js';
import { dateExtractor } from './date.js';

interface Expected {
  quote: string;
  span: [number, number];
  start: string | null;
  end: string | null;
  granularity: string;
  role: string;
  yearInferred: boolean;
}
interface Fixture {
  source: string;
  issuedOn: string | null;
  pending?: string;
  text: string;
  dates: Expected[];
}

const fixtures: Fixture[] = JSON.parse(
  readFileSync(new URL('../../test/fixtures/extractors/date.json', import.meta.url), 'utf8'),
);

/**
 * The extractor over a real normalised and segmented Doc, spans made absolute with their quotes.
 * (Not `runOn`: the runner's Fact keeps its UTF-16 offsets in `start`/`end`, which overwrite the
 * date record's own `start`/`end` — reported to the lead.)
 */
function extractDates(text: string, meta: Partial<DocMeta>): Expected[] {
  const doc = docFromText(text);
  const ctx = createContext(doc, { ...emptyMeta(), ...meta });
  return segmentsOf(doc, dateExtractor.scope).flatMap((seg) =>
    dateExtractor.extract(seg, ctx).map((c) => {
      const span: [number, number] = [seg.start + c.start, seg.start + c.end];
      return { quote: doc.text.slice(...span), span, ...c.fields };
    }),
  );
}

describe('dateExtractor on real sentences', () => {
  for (const f of fixtures) {
    const name = `${f.source}: ${f.text.slice(0, 30).replace(/\n/g, '/')}`;
    const test = f.pending ? it.skip : it;
    test(name, () => {
      expect(extractDates(f.text, { issuedOn: f.issuedOn })).toEqual(f.dates);
    });
  }
});

describe('dateExtractor year resolution', () => {
  it('takes the year of a partial date from the paragraph before the document date', () => {
    const dates = extractDates('2019年下达改造任务12206户，截止6月底，竣工12206户。\n6月底前全部完成。', { issuedOn: '2020-04-17' });
    expect(dates.map((d) => [d.quote, d.start])).toEqual([
      ['2019年', '2019-01-01'],
      ['截止6月底', '2019-06-30'],
      ['6月底前', '2020-06-30'],
    ]);
  });

  it('takes the year of a section heading for the paragraphs under it', () => {
    const text = '一、全州2019年工作回顾\n（一）脱贫攻坚。6月底前全部达到脱贫标准。\n二、全州2020年工作安排\n（一）巩固成果。6月底前全部完成。';
    const dates = extractDates(text, { issuedOn: '2020-01-20' });
    expect(dates.filter((d) => d.quote === '6月底前').map((d) => [d.start, d.yearInferred])).toEqual([
      ['2019-06-30', true],
      ['2020-06-30', true],
    ]);
  });

  it('gives a year-less review heading the year before the document\'s, not the plan part', () => {
    const text = '一、过去五年工作回顾\n（一）稳住经济大盘。一季度开局平稳，年底市场主体比上年末增长9.8%。\n二、今年重点工作\n（一）扩大需求。一季度实现开门红，年底前全部建成。';
    const dates = extractDates(text, { issuedOn: '2024-01-22' });
    expect(dates.map((d) => [d.quote, d.start, d.end])).toEqual([
      ['一季度', '2023-01-01', '2023-03-31'],
      ['年底', '2023-12-31', '2023-12-31'],
      ['上年末', '2022-12-31', '2022-12-31'],
      ['今年', '2024-01-01', '2024-12-31'],
      ['一季度', '2024-01-01', '2024-03-31'],
      ['年底前', '2024-12-31', '2024-12-31'],
    ]);
  });

  it('reads a date, a short verb and 以来 as a since-date: 2021年6月封关以来', () => {
    const dates = extractDates('综合保税区2021年6月封关以来，累计完成进出口额312亿元。', { issuedOn: '2024-01-22' });
    expect(dates.map((d) => [d.quote, d.start, d.role])).toEqual([['2021年6月', '2021-06-01', 'since']]);
  });

  it('a target word governs the later items of its list: 力争一季度…、上半年…', () => {
    const dates = extractDates('力争一季度实现“开门红”、上半年实现“双过半”，全年完成投资计划。二季度开展督查。', { issuedOn: '2025-01-20' });
    expect(dates.map((d) => [d.quote, d.role])).toEqual([['一季度', 'deadline'], ['上半年', 'deadline'], ['二季度', 'period']]);
  });

  it('a year counted from the document (今年底) becomes the year of later partial dates', () => {
    const dates = extractDates('2024—2026年新建公办幼儿园90所，到今年底力争达到800所，第一季度末前完成选址。', { issuedOn: '2024-02-01' });
    expect(dates.map((d) => [d.quote, d.start, d.end])).toEqual([
      ['2024—2026年', '2024-01-01', '2026-12-31'],
      ['到今年底', '2024-12-31', '2024-12-31'],
      ['第一季度末前', '2024-03-31', '2024-03-31'],
    ]);
  });

  it('reads 前移 after a year as a rank moved up, not a deadline', () => {
    const dates = extractDates('经济总量居全国第11位，较2018年前移2位。', { issuedOn: '2024-01-22' });
    expect(dates.map((d) => [d.quote, d.start, d.role])).toEqual([['2018年', '2018-01-01', 'period']]);
  });

  it('prefers meta.referenceYear to the year of the document date', () => {
    const dates = extractDates('5月底前全面完成危房改造。', { issuedOn: '2020-04-17', referenceYear: 2021 });
    expect(dates[0].start).toBe('2021-05-31');
  });

  it('with no document date, takes the latest year the body writes of as a time, not a target', () => {
    const text = '目前全州2019年的扶贫项目已全部复工。\n完成2020年新增目标。\n到2025年全面实现振兴。\n5月30日前实现清零。';
    const dates = extractDates(text, { issuedOn: null });
    expect(dates.at(-1)).toMatchObject({ quote: '5月30日前', start: '2020-05-30', yearInferred: true });
  });

  it('leaves out a partial date when no year can be had', () => {
    expect(extractDates('6月底前全部完成。', { issuedOn: null })).toEqual([]);
  });
});

describe('since-dates whose 以来 closes a clause', () => {
  const roles = (text: string) =>
    extractDates(text, { issuedOn: '2024-05-10' }).map(({ quote, start, end, role }) => ({ quote, start, end, role }));
  it('reads 自…以来 with a clause between as since, to the document date', () => {
    expect(roles('自2020年全区开展海绵城市建设达标评估以来，累计完成改造120个。')).toEqual([
      { quote: '自2020年', start: '2020-01-01', end: '2024-05-10', role: 'since' },
    ]);
  });
  it('reads a year opening a clause that 以来 closes as since, without 自', () => {
    expect(roles('2018年我县启动农村人居环境整治三年行动以来，累计改造农村户厕1.2万座。')).toEqual([
      { quote: '2018年', start: '2018-01-01', end: '2024-05-10', role: 'since' },
    ]);
    // a clause that goes on past 以来, or a 以来 of a later clause, makes no since-date
    expect(roles('2018年全县启动整治，今年以来进展顺利。').map((d) => d.role)).toEqual(['period', 'since']);
    expect(roles('2018年全县户厕改造数量创三年以来新高。').map((d) => d.role)).toEqual(['period']);
  });
  it('leaves 自…至… a period and a 以来 of a later clause alone', () => {
    expect(roles('自2021年至2023年开展试点，今年以来进展顺利。').map((d) => d.role)).toEqual(['period', 'since']);
    expect(roles('自2021年全区开展试点，以来进展顺利。').map((d) => d.role)).toEqual(['period']);
  });
});

describe('the same period of another year', () => {
  it('reads no date from 去年同期 or 2020年同期, whose months the text does not name', () => {
    const quotes = extractDates('1-6月全县发生事故34起，去年同期20起，比2020年同期增长5%，2020年全年发生61起。', { issuedOn: '2021-07-05' })
      .map(({ quote, start, end }) => [quote, start, end]);
    expect(quotes).toEqual([['1-6月', '2021-01-01', '2021-06-30'], ['2020年', '2020-01-01', '2020-12-31']]);
  });
});

describe('dates in the deadline column of a task table', () => {
  it('reads a quarter, a month or a month range under 完成时限 as a deadline, other cells as written', () => {
    const text = '附件\n重点任务分工表\n'
      + '序号\t重点任务\t牵头单位\t配合单位\t完成时限\n'
      + '1\t总结2023年试点经验并印发推广清单\t种植业管理司\t科技教育司\t2024年三季度\n'
      + '2\t开展耕地质量等级调查评价\t耕地质量监测保护中心\t/\t2024年5月—8月\n'
      + '3\t编制年度工作报告\t发展规划司\t计划财务司\t2025年2月\n';
    const got = extractDates(text, { issuedOn: '2024-03-20' }).map((d) => [d.quote, d.start, d.end, d.role]);
    expect(got).toEqual([
      ['2023年', '2023-01-01', '2023-12-31', 'period'],
      ['2024年三季度', '2024-07-01', '2024-09-30', 'deadline'],
      ['2024年5月—8月', '2024-05-01', '2024-08-31', 'deadline'],
      ['2025年2月', '2025-02-01', '2025-02-28', 'deadline'],
    ]);
  });
});

describe('上年 with a part of the year', () => {
  it('reads 上年末 as the end of the year before the one in context, and 上年 alone as no date', () => {
    const text = '截至2024年末，全国涉农贷款余额同比增长9.5%，增速较上年末下降2.1个百分点，比上年多增1.3万亿元。\n'
      + '新增贷款较上年底有所回落。\n';
    const got = extractDates(text, { issuedOn: '2025-02-10' }).map((d) => [d.quote, d.start, d.end, d.role, d.yearInferred]);
    expect(got).toEqual([
      ['截至2024年末', '2024-12-31', '2024-12-31', 'point', false],
      ['上年末', '2023-12-31', '2023-12-31', 'point', true],
      ['上年底', '2024-12-31', '2024-12-31', 'point', true],
    ]);
  });
});

describe('months named relative to the document', () => {
  const TEXT = '本月以来，全县日均投入劳力1.2万人次。本月新纳入监测对象21户，各乡镇要在本月28日前录入系统，上月遗留问题于下月上旬前整改到位。';
  it('reads 本月, 上月 and 下月 from the date of a bulletin issued in December (下月 is the next January)', () => {
    const got = extractDates(TEXT, { issuedOn: '2023-12-08' }).map(({ quote, start, end, role }) => [quote, start, end, role]);
    expect(got).toEqual([
      ['本月以来', '2023-12-01', '2023-12-08', 'since'],
      ['本月', '2023-12-01', '2023-12-31', 'period'],
      ['本月28日前', '2023-12-28', '2023-12-28', 'deadline'],
      ['上月', '2023-11-01', '2023-11-30', 'period'],
      ['下月上旬前', '2024-01-01', '2024-01-10', 'deadline'],
    ]);
  });
  it('reads no relative month without a date of issue, nor from 当月', () => {
    expect(extractDates(TEXT, { issuedOn: null }).map((d) => d.quote)).toEqual([]);
    expect(extractDates('救助金从批准当月起发放。', { issuedOn: '2023-12-08' })).toEqual([]);
  });
});

describe('labels of a deadline in a task block', () => {
  it('reads the date after 时间节点： and 完成期限： as a deadline, like 完成时限：', () => {
    const got = extractDates('牵头单位：市财政局；配合单位：市税务局；时间节点：2024年第四季度\n责任单位：各县（市、区）人民政府；完成期限：2025年3月', { issuedOn: '2024-05-06' })
      .map(({ quote, start, end, role }) => [quote, start, end, role]);
    expect(got).toEqual([
      ['时间节点：2024年第四季度', '2024-10-01', '2024-12-31', 'deadline'],
      ['完成期限：2025年3月', '2025-03-01', '2025-03-31', 'deadline'],
    ]);
  });
});

describe('dates inside a rule repeated every year or month', () => {
  it('reads no date where 每年 or 每月 governs a date that does not name the repeating period', () => {
    const quotes = (text: string) => extractDates(text, { issuedOn: '2023-05-10' }).map((d) => [d.quote, d.start, d.role]);
    expect(quotes('各市（州）每年1月31日前将上年度资金使用情况报省财政厅，省财政厅于2月20日前汇总报省政府。')).toEqual([]);
    expect(quotes('各乡镇每月5日前报送上月工作进展，6月30日前完成全部整改任务。')).toEqual([['6月30日前', '2023-06-30', 'deadline']]);
    expect(quotes('每年安排专项资金500万元，2024年3月底前完成首批项目验收。')).toEqual([['2024年3月底前', '2024-03-31', 'deadline']]);
  });
});

describe('a period opened by 自…起 and closed by 至…止', () => {
  it('reads 自X起至Y止 as one period, not a since-date and a deadline', () => {
    const got = extractDates('督战时间自2022年7月15日起至9月30日止，督战期间每周报送进展。自2022年8月1日起施行。', { issuedOn: '2022-07-12' })
      .map(({ quote, start, end, role }) => [quote, start, end, role]);
    expect(got).toEqual([
      ['自2022年7月15日起至9月30日止', '2022-07-15', '2022-09-30', 'period'],
      ['自2022年8月1日起', '2022-08-01', null, 'since'],
    ]);
  });
});

describe('the end of a quarter', () => {
  it('reads 一季度末前 as the quarter\'s last day, 三季度 alone as the quarter', () => {
    const got = extractDates('一季度末前完成省级部门预算批复，2024年三季度末转移支付下达率不低于90%，三季度完成清理。', { issuedOn: '2024-01-23' })
      .map(({ quote, start, end, role }) => [quote, start, end, role]);
    expect(got).toEqual([
      ['一季度末前', '2024-03-31', '2024-03-31', 'deadline'],
      ['2024年三季度末', '2024-09-30', '2024-09-30', 'point'],
      ['三季度完成', '2024-07-01', '2024-09-30', 'deadline'],
    ]);
  });
});
