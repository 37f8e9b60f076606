import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { docFromText, runOn } from '../../src/core/testing.js';
import type { FactExtractor } from '../../src/core/types.js';
import { quantityExtractor } from './quantity.js';

interface Expected {
  quote: string;
  value: number;
  unit: string | null;
  upper?: number;
  qualifier?: string;
  precision: number;
}
const fixture = <T>(name: string): T =>
  JSON.parse(readFileSync(new URL(`../../test/fixtures/extractors/${name}`, import.meta.url), 'utf8')) as T;
const { positives } = fixture<{ positives: { source: string; text: string; quantities: Expected[] }[] }>('quantity.json');
const { negatives } = fixture<{ negatives: { source: string; text: string; why: string }[] }>('quantity-negatives.json');

function quantities(text: string) {
  const { facts, diagnostics } = runOn([quantityExtractor], text);
  expect(diagnostics).toEqual([]);
  return facts.filter((f) => f.type === 'quantity').map(({ record: q }) => {
    if (q.type !== 'quantity') throw new Error('not a quantity');
    return { quote: q.quote, span: q.span, value: q.value, unit: q.unit, upper: q.upper, qualifier: q.qualifier, precision: q.precision };
  });
}

/** The expected records with their spans: each quote found in order, offsets in code points. */
function withSpans(text: string, want: Expected[]) {
  let from = 0;
  return want.map((w) => {
    const at = text.indexOf(w.quote, from);
    expect(at, `quote ${w.quote} in the text`).toBeGreaterThanOrEqual(0);
    from = at + w.quote.length;
    const start = [...text.slice(0, at)].length;
    return {
      quote: w.quote, span: [start, start + [...w.quote].length], value: w.value, unit: w.unit,
      upper: w.upper ?? null, qualifier: w.qualifier ?? null, precision: w.precision,
    };
  });
}

describe('quantity extractor on sentences of the seeds and the development set', () => {
  for (const c of positives) {
    it(`${c.source}: ${c.text.slice(0, 24)}…`, () => {
      expect(docFromText(c.text).text).toBe(c.text);
      expect(quantities(c.text)).toEqual(withSpans(c.text, c.quantities));
    });
  }
});

describe('numbers that are not quantities', () => {
  for (const c of negatives) {
    it(`${c.source}: ${c.why}`, () => {
      expect(quantities(c.text)).toEqual([]);
    });
  }
});

describe('forms the issue names', () => {
  const one = (text: string) => {
    const got = quantities(text);
    expect(got).toHaveLength(1);
    return got[0];
  };
  it('applies multipliers exactly', () => {
    expect(one('下达资金16.4亿元。')).toMatchObject({ quote: '16.4亿元', value: 1640000000, unit: '元', precision: 10000000 });
    expect(one('总投资二十万亿元。')).toMatchObject({ value: 20000000000000, unit: '元', precision: 10000000000000 });
    expect(one('完成3.2万亿元。')).toMatchObject({ value: 3200000000000, unit: '元' });
  });
  it('reads full-width digits, thousands separators and financial numerals', () => {
    expect(one('共有１２３４户。')).toMatchObject({ quote: '1234户', value: 1234 });
    expect(one('共计1,234人。')).toMatchObject({ quote: '1,234人', value: 1234, unit: '人' });
    expect(one('补助壹仟贰佰元。')).toMatchObject({ quote: '壹仟贰佰元', value: 1200, unit: '元', precision: 100 });
  });
  it('reads Chinese and mixed numerals', () => {
    expect(one('吸纳三万五千人就业。')).toMatchObject({ value: 35000, unit: '人', precision: 1000 });
    expect(one('覆盖3万4000人。')).toMatchObject({ quote: '3万4000人', value: 34000, precision: 1 });
    expect(one('投入25万6千元。')).toMatchObject({ quote: '25万6千元', value: 256000, unit: '元', precision: 1000 });
    expect(one('带动两千户增收。')).toMatchObject({ value: 2000, unit: '户' });
  });
  it('turns 百分之 and ％ into %', () => {
    expect(one('占比百分之三十以上。')).toMatchObject({ quote: '百分之三十以上', value: 30, unit: '%', qualifier: 'atLeast', precision: 10 });
    expect(one('增长12.5％。')).toMatchObject({ quote: '12.5%', value: 12.5, unit: '%', precision: 0.1 });
  });
  it('reads approximations and bounds written around the figure', () => {
    expect(one('培训300多人。')).toMatchObject({ quote: '300多人', qualifier: 'approx' });
    expect(one('转移1万余人。')).toMatchObject({ quote: '1万余人', value: 10000, qualifier: 'approx' });
    expect(one('不足100人的村')).toMatchObject({ qualifier: 'lessThan', value: 100 });
    expect(one('逾3000人参加')).toMatchObject({ qualifier: 'moreThan' });
    expect(one('控制在5年以内的项目共8个以内')).toMatchObject({ quote: '8个以内', qualifier: 'atMost' });
  });
  it('reads 斤 and scores in 分 after an Arabic figure, not clock minutes, fen or 十分', () => {
    expect(one('粮食总产量达到1200亿斤。')).toMatchObject({ quote: '1200亿斤', value: 120000000000, unit: '斤' });
    expect(quantities('满分100分，考核得分低于60分的为不合格。').map((q) => [q.quote, q.value, q.unit, q.qualifier])).toEqual([
      ['100分', 100, '分', null], ['低于60分', 60, '分', 'lessThan'],
    ]);
    expect(quantities('截至8时30分，每人每天补助1角7分，这项工作十分重要。')).toEqual([]);
  });
  it('reads 至少/最多 across the verb they bound, not past a 的', () => {
    expect(one('每个乡镇至少要完成3000户的改造任务。')).toMatchObject({ quote: '3000户', value: 3000, qualifier: 'atLeast' });
    expect(one('每户最多可申请2次贴息贷款。')).toMatchObject({ quote: '2次', qualifier: 'atMost' });
    expect(one('增长最多的县达到30%。')).toMatchObject({ quote: '30%', qualifier: null });
  });
  it('reads 多/余 written before the multiplier as an approximation of the figure with it', () => {
    expect(one('全国农村贫困人口减少8000多万人。')).toMatchObject({ quote: '8000多万人', value: 80000000, unit: '人', qualifier: 'approx', precision: 10000 });
    expect(one('累计投入扶贫资金3.5亿多元。')).toMatchObject({ quote: '3.5亿多元', value: 350000000, unit: '元', qualifier: 'approx', precision: 10000000 });
    expect(one('中央财政累计投入2万多亿元。')).toMatchObject({ quote: '2万多亿元', value: 2000000000000, unit: '元', qualifier: 'approx' });
  });
  it('spreads a multiplier written once over a range', () => {
    expect(one('每户补助1.5-2万元。')).toMatchObject({ quote: '1.5-2万元', value: 15000, upper: 20000, unit: '元', precision: 1000 });
    expect(one('提高30%至50%。')).toMatchObject({ value: 30, upper: 50, unit: '%' });
  });
  it('splits compounds', () => {
    expect(quantities('搬迁1.24万户4.09万人。').map((q) => [q.quote, q.value, q.unit])).toEqual([
      ['1.24万户', 12400, '户'], ['4.09万人', 40900, '人'],
    ]);
  });
  it('keeps 名 and 周岁 as written, and a per-unit money standard in 元', () => {
    expect(one('选派2名干部')).toMatchObject({ unit: '名' });
    expect(one('年满60周岁的老人')).toMatchObject({ unit: '周岁' });
    expect(one('补助标准1309元/人/月。')).toMatchObject({ quote: '1309元/人/月', value: 1309, unit: '元' });
  });
  it('skips formulas, vague counts and ordinal 二 that the seeds do not show', () => {
    expect(quantities('坚持“三个代表”重要思想和四个全面战略布局，增强四个意识。')).toEqual([]);
    expect(quantities('数十家企业参与，几十个村受益，上百人参加，前三季度完成，推进二次开发。')).toEqual([]);
    expect(one('建成三个服务站')).toMatchObject({ value: 3, unit: '个' });
  });
  it('leaves a span already claimed by a date or a cited document to that fact', () => {
    const text = '召开3次会议，完成5次检查。';
    const at = text.indexOf('3次');
    const claimer: FactExtractor<'date'> = {
      id: 'stub-date', version: '0', kind: 'fact', type: 'date', scope: 'document',
      extract: () => [{ type: 'date', start: at, end: at + 2, fields: { start: '2020-01-01', end: '2020-01-01', granularity: 'day', role: 'point', yearInferred: false } }],
    };
    const { facts } = runOn([claimer, quantityExtractor], text);
    expect(facts.filter((f) => f.type === 'quantity').map((f) => f.record.quote)).toEqual(['5次']);
  });
  it('skips dates, durations and numbers of the issuer when run alone', () => {
    expect(quantities('2020年6月30日前，1—6月累计，“十三五”期间，3个月内，于2019年度完成。')).toEqual([]);
    expect(quantities('历时2个多月，培训1个半小时，用时一年多。')).toEqual([]);
    expect(quantities('根据《关于印发〈实施方案〉的通知》（云开组〔2020〕4号）和第三条规定。')).toEqual([]);
  });
});

describe('forms of statistical bulletins and work reports', () => {
  const read = (text: string) => quantities(text).map(({ quote, value, unit, upper, qualifier }) => ({ quote, value, unit, upper, qualifier }));
  it('reads a change of an interest rate in 基点', () => {
    expect(read('本批债券预计票面利率在2.3%—2.6%之间，较上年同期下降约40个基点。')).toEqual([
      { quote: '2.3%—2.6%', value: 2.3, unit: '%', upper: 2.6, qualifier: null },
      { quote: '约40个基点', value: 40, unit: '个基点', upper: null, qualifier: 'approx' },
    ]);
  });
  it('reads a minus sign where a value is introduced or listed, and a dash between figures as a range', () => {
    expect(read('全年人口自然增长率为-3.19‰，出生率为−2.1‰。')).toEqual([
      { quote: '-3.19‰', value: -3.19, unit: '‰', upper: null, qualifier: null },
      { quote: '−2.1‰', value: -2.1, unit: '‰', upper: null, qualifier: null },
    ]);
    expect(read('全县有1-2个乡镇未达标，新增就业0-300人。')).toEqual([
      { quote: '1-2个', value: 1, unit: '个', upper: 2, qualifier: null },
      { quote: '0-300人', value: 0, unit: '人', upper: 300, qualifier: null },
    ]);
  });
  it('reads 场次 as a counter of its own, not 场 followed by 次', () => {
    expect(read('全年举办农业技术培训120场次，培训农民8600人次。')).toEqual([
      { quote: '120场次', value: 120, unit: '场次', upper: null, qualifier: null },
      { quote: '8600人次', value: 8600, unit: '人次', upper: null, qualifier: null },
    ]);
  });
  it('reads 口 (ponds, wells) and 核 (cloud processor cores) as counters after a figure', () => {
    expect(read('全市累计完成山塘清淤1.8万口、渠道疏浚3600公里，省级政务云计算资源扩容至8万核。')).toEqual([
      { quote: '1.8万口', value: 18000, unit: '口', upper: null, qualifier: null },
      { quote: '3600公里', value: 3600, unit: '公里', upper: null, qualifier: null },
      { quote: '8万核', value: 80000, unit: '核', upper: null, qualifier: null },
    ]);
  });
  it('reads 列 (train runs) and 吉瓦 (solar capacity) as units after a figure', () => {
    expect(read('全年开行中欧班列860列，新增光伏装机12.5吉瓦、新型储能2.4吉瓦时。')).toEqual([
      { quote: '860列', value: 860, unit: '列', upper: null, qualifier: null },
      { quote: '12.5吉瓦', value: 12.5, unit: '吉瓦', upper: null, qualifier: null },
      { quote: '2.4吉瓦时', value: 2.4, unit: '吉瓦时', upper: null, qualifier: null },
    ]);
  });
  it('reads 个千分点 as a unit of its own', () => {
    expect(read('比上年下降3.18个千分点。')).toEqual([{ quote: '3.18个千分点', value: 3.18, unit: '个千分点', upper: null, qualifier: null }]);
  });
  it('gives bare figures listed after 分别 the unit of the last one', () => {
    expect(read('三次产业对经济增长的拉动分别为0.15、-5.64、1.34个百分点。')).toEqual([
      { quote: '0.15', value: 0.15, unit: '个百分点', upper: null, qualifier: null },
      { quote: '-5.64', value: -5.64, unit: '个百分点', upper: null, qualifier: null },
      { quote: '1.34个百分点', value: 1.34, unit: '个百分点', upper: null, qualifier: null },
    ]);
    // without 分别 the list may be of labels; a duration is shared by nobody
    expect(read('重点推进3、5号地块开发，工期分别为3、5个月。')).toEqual([]);
  });
  it('skips the number of a session written after its body without 第', () => {
    expect(read('县十八届人大四次会议和市五届政协三次全体会议召开，全年召开常务会议12次。')).toEqual([
      { quote: '12次', value: 12, unit: '次', upper: null, qualifier: null },
    ]);
  });
  it('reads the unitless figure of a named ratio or index', () => {
    expect(read('城乡居民收入比缩小至1.7以内，基尼系数为0.46，完成投资2.5。')).toEqual([
      { quote: '1.7以内', value: 1.7, unit: null, upper: null, qualifier: 'atMost' },
      { quote: '0.46', value: 0.46, unit: null, upper: null, qualifier: null },
    ]);
  });
});

describe('forms of assessment rules and county plans', () => {
  const read = (text: string) => quantities(text).map(({ quote, value, unit, upper, qualifier }) => ({ quote, value, unit, upper, qualifier }));
  it('reads a score band whose low end is marked inclusive as one range', () => {
    expect(read('得分在90分以上的为好，80分（含）至90分的为较好，群众认可度90%（含）至95%的得12分。')).toEqual([
      { quote: '90分以上', value: 90, unit: '分', upper: null, qualifier: 'atLeast' },
      { quote: '80分（含）至90分', value: 80, unit: '分', upper: 90, qualifier: null },
      { quote: '90%（含）至95%', value: 90, unit: '%', upper: 95, qualifier: null },
      { quote: '12分', value: 12, unit: '分', upper: null, qualifier: null },
    ]);
  });
  it('reads the farm counters 棒, 羽, 尾 and the counter 轮', () => {
    expect(read('新增食用菌3000万棒、蛋鸡20万羽、鱼苗150万尾，开展不少于2轮专项督查。')).toEqual([
      { quote: '3000万棒', value: 30000000, unit: '棒', upper: null, qualifier: null },
      { quote: '20万羽', value: 200000, unit: '羽', upper: null, qualifier: null },
      { quote: '150万尾', value: 1500000, unit: '尾', upper: null, qualifier: null },
      { quote: '不少于2轮', value: 2, unit: '轮', upper: null, qualifier: 'atLeast' },
    ]);
  });
});
