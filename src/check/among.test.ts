// 其中 after a whole that is not the figure right before it, and a whole broken down in several
// ways by the `；` items of one sentence (statistical bulletins, budget reports).
import { describe, expect, it } from 'vitest';
import { change, findingsOf, inconsistent, valuesOf } from './testing.js';

const ASCII: Record<string, string> = { '（': '(', '）': ')', '，': ',', '；': ';', '：': ':' };
const ascii = (text: string) => text.replace(/[（），；：]/g, (c) => ASCII[c]);
const summary = (text: string) => findingsOf(text).map((f) => [f.status, f.rule, ...valuesOf(f)]);

const GDP =
  '初步核算，全县实现地区生产总值（GDP）862410万元，按可比价格计算，比上年增长3.2%；按常住人口计算人均地区生产总值为68215元。' +
  '其中，第一产业增加值61230万元，增长2.1%；第二产业增加值372105万元，增长4.0%；第三产业增加值429075万元，增长2.8%。';
const REVENUE =
  '1-5月，一般公共预算收入累计完成31542万元，完成年初预算数70120万元的45%，比上年减收980万元，下降3.0%。' +
  '其中：税收收入10217万元，比上年增收1150万元，增长12.7%；非税收入21325万元，比上年减收2130万元，下降9.1%。';
const POPULATION =
  '年末全县户籍人口为98760人。其中，城镇人口41230人，乡村人口57530人；男性人口50420人，女性人口48340人；' +
  '0-17岁、18-34岁、35-59岁、60岁及以上户籍人口分别为16520人、18240人、40110人和23890人。';

describe('其中: the whole is the last amount before it, not a change, an average or the whole of a share', () => {
  it.each([['full-width', (t: string) => t], ['ASCII', ascii]])('%s: GDP is the sum of the value added of its three sectors, across the `；` items', (_, form) => {
    expect(summary(form(GDP))).toEqual([['consistent', 'sum', 8624100000, 612300000, 3721050000, 4290750000]]);
  });

  it('a sector that does not add up is not reported (the items after `；` may be a partial list)', () => {
    expect(findingsOf(change(GDP, '372105万元', '382105万元')).filter((f) => f.rule === 'sum')).toEqual([]);
  });

  it.each([['full-width', (t: string) => t], ['ASCII', ascii]])('%s: revenue is tax plus non-tax revenue; the changes against last year are not parts', (_, form) => {
    expect(summary(form(REVENUE))).toEqual([
      ['consistent', 'ratio', 315420000, 701200000, 45],
      ['consistent', 'sum', 315420000, 102170000, 213250000],
    ]);
  });

  it('a change amount before 其中 is not taken as the whole: a single part is checked against the amount', () => {
    const text = '全年完成固定资产投资52.3亿元，比上年增加4.1亿元，其中工业投资18.6亿元。';
    expect(summary(text)).toEqual([['consistent', 'part', 5230000000, 1860000000]]);
    expect(inconsistent(findingsOf(change(text, '18.6亿元', '58.6亿元'))).map(valuesOf)).toEqual([[5230000000, 5860000000]]);
  });
});

describe('其中 with several `；` items: each item of several parts is a breakdown of the whole', () => {
  it.each([['full-width', (t: string) => t], ['ASCII', ascii]])('%s: residence, sex and age each add up to the population', (_, form) => {
    expect(summary(form(POPULATION))).toEqual([
      ['consistent', 'sum', 98760, 41230, 57530],
      ['consistent', 'sum', 98760, 50420, 48340],
      ['consistent', 'sum', 98760, 16520, 18240, 40110, 23890],
    ]);
  });

  it.each([['full-width', (t: string) => t], ['ASCII', ascii]])('%s: age bands from 0 to 60岁及以上 cover everyone, so groups that miss the whole are flagged', (_, form) => {
    const bad = inconsistent(findingsOf(form(change(POPULATION, '40110人', '40010人'))));
    expect(bad.map((f) => [f.rule, f.expected, f.actual])).toEqual([['sum', 98660, 98760]]);
  });

  it('male and female must add up to the whole', () => {
    const bad = inconsistent(findingsOf(change(POPULATION, '女性人口48340人', '女性人口48430人')));
    expect(bad.map((f) => [f.rule, f.expected, f.actual])).toEqual([['sum', 98850, 98760]]);
  });

  it('bands that do not run from 0 to an open top do not make the list complete: the groups are only within the whole', () => {
    const text = '年末全县户籍人口为98760人。其中，城镇人口41230人，乡村人口57530人；18-34岁、35-59岁户籍人口分别为18240人、40110人。';
    expect(summary(text)).toEqual([['consistent', 'sum', 98760, 41230, 57530], ['consistent', 'part', 98760, 18240, 40110]]);
  });

  it('an item that names a whole of its own is not a breakdown of the first whole', () => {
    const text = '全县有脱贫人口3.2万人，其中，外出务工1.5万人，就近就业0.9万人；全县共有监测对象0.3万人，男性0.2万人，女性0.1万人。';
    expect(inconsistent(findingsOf(text))).toEqual([]);
  });
});

describe('an average after the parts of a breakdown', () => {
  const AVERAGE = '今年以来累计发放稳岗补贴资金856.4万元，其中企业稳岗返还612.8万元、职业培训补贴243.6万元，户均补贴约2000元。';
  it('户均…约2000元 is an amount each, not one more part: 612.8万 + 243.6万 = 856.4万', () => {
    expect(summary(AVERAGE)).toEqual([['consistent', 'sum', 8564000, 6128000, 2436000]]);
  });
});

describe('其中 after a whole that sizes the noun after it (规模N的X)', () => {
  const POOL = '设立规模5亿元的中小企业转贷应急资金池，其中省级出资2亿元、市县出资3亿元，按1:1.5比例放大。';
  it('the parts add up to the sized whole: 2亿 + 3亿 = 5亿', () => {
    expect(summary(POOL)).toEqual([['consistent', 'sum', 500000000, 200000000, 300000000]]);
  });

  it('parts that do not add up are not reported: parts after 其中 may overlap or be partial', () => {
    expect(summary(change(POOL, '市县出资3亿元', '市县出资5亿元'))).toEqual([]);
  });

  it('the whole of a share (N的M%) is still no whole of the parts after it', () => {
    expect(summary('完成全年任务3.5万人次的38.86%，其中贫困劳动力0.9万人次。')).toEqual([]);
  });
});

describe('其中 with no whole in its sentence: a whole stated earlier in the document', () => {
  const GRANT = '现将2024年第一批省级农业发展资金9650万元下达给你们，请及时分解到项目。\n一、资金分配情况\n本批资金按照因素法分配。其中，用于高标准农田建设5790万元，占资金总额的60.0%；用于农机购置补贴2895万元，占30.0%；用于农业社会化服务965万元，占10.0%。\n';
  it('three parts add up to the amount sent down above, each share is its part of it', () => {
    expect(summary(GRANT)).toEqual([
      ['consistent', 'ratio', 96500000, 57900000, 60],
      ['consistent', 'ratio', 96500000, 28950000, 30],
      ['consistent', 'ratio', 96500000, 9650000, 10],
      ['consistent', 'sum', 96500000, 57900000, 28950000, 9650000],
    ]);
  });

  it('the whole is a guess: parts that do not add up give no finding', () => {
    expect(summary(change(GRANT, '2895万元', '3895万元')).filter((f) => f[1] === 'sum')).toEqual([]);
    expect(inconsistent(findingsOf(change(GRANT, '2895万元', '3895万元')))).toEqual([]);
  });
});

describe('其中 after an amount of another unit: the parts break down the nearest figure of their unit', () => {
  const PLAN = '全年安排市重点建设项目210个，年度计划投资860亿元以上，其中产业项目120个、基础设施项目60个、民生项目30个。';

  it('the project count is the sum of its three kinds, past the investment amount', () => {
    expect(summary(PLAN).filter((f) => f[1] === 'sum')).toEqual([['consistent', 'sum', 210, 120, 60, 30]]);
  });

  it('parts that do not add up to the skipped figure are not reported (the guess may be wrong)', () => {
    expect(inconsistent(findingsOf(change(PLAN, '60个', '70个')))).toEqual([]);
  });
});
