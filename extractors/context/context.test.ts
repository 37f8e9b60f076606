// Figures in context on real sentences: metric, region, asOf, role and statement links.
import { describe, expect, it } from 'vitest';
import { figures, pick } from './testing.js';

const CHUXIONG = { code: '532300', name: '楚雄彝族自治州' };
const DALI = { code: '532900', name: '大理白族自治州' };


describe('metric', () => {
  it('a compound shares the noun after it, with the modifier written before the number (X的N户M人Y)', () => {
    const rs = figures('确保6月底前剩余的2903户8331人贫困人口全部达到脱贫退出标准。', { issuedOn: '2020-04-17', region: CHUXIONG });
    expect(pick(rs, '2903户').metric).toBe('剩余贫困人口');
    expect(pick(rs, '8331人').metric).toBe('剩余贫困人口');
  });

  it('X由A提高到B: every figure measures X, a date after 由 aside', () => {
    const rs = figures('推进农村寄递物流体系建设，行政村（社区）快递服务通达率由2022年的86.3%提高到100%，提高13.7个百分点。', { issuedOn: '2023-05-08' });
    expect(pick(rs, '86.3%').metric).toBe('快递服务通达率');
    expect(pick(rs, '100%').metric).toBe('快递服务通达率');
  });

  it('规模N元的X: the figure measures the thing after 的, not the size word', () => {
    const rs = figures('设立规模5亿元的中小企业转贷应急资金池，其中省级出资2亿元、市县出资3亿元。', { issuedOn: '2023-05-08' });
    expect(pick(rs, '5亿元').metric).toBe('中小企业转贷应急资金池');
  });

  it('平均每亩N元: an average with no thing of its own measures the subject its sentence opens with', () => {
    const rs = figures('种粮农民一次性补贴标准由各市（州）根据实际确定，全省平均每亩约15元，不得低于国家下达标准。', { issuedOn: '2023-05-08' });
    expect(pick(rs, '约15元').metric).toBe('种粮农民一次性补贴标准');
  });

  it('X逐年提高，2021年不低于N%: a bare figure after a trend measures what rises', () => {
    const rs = figures('县级财政衔接资金用于产业发展的比例逐年提高，2022年不低于50%，2025年达到60%以上。', { issuedOn: '2021-09-01' });
    expect(pick(rs, '不低于50%').metric).toBe('财政衔接资金用于产业发展比例');
    expect(pick(rs, '60%以上').metric).toBe('财政衔接资金用于产业发展比例');
  });

  it('X为N%: the phrase before the verb', () => {
    const rs = figures('2020全州安排扶贫项目1701个，己开工1650个，开工率为97%。', { issuedOn: '2020-06-10', region: DALI });
    expect(pick(rs, '97%').metric).toBe('开工率');
    expect(pick(rs, '1701个').metric).toBe('扶贫项目');
  });

  it('N个X: the noun after a counter, each item of a list its own', () => {
    const rs = figures('巩固2014年以来32.55万人净脱贫人口、643个出列村、25个退出乡镇、6个摘帽县脱贫成果。', { issuedOn: '2020-04-17', region: CHUXIONG });
    expect(pick(rs, '32.55万人').metric).toBe('净脱贫人口');
    expect(pick(rs, '643个').metric).toBe('出列村');
    expect(pick(rs, '25个').metric).toBe('退出乡镇');
  });

  it('X从A减少到B: every figure measures X', () => {
    const rs = figures('全州建档立卡贫困人口从2014年的92504户343609人减少到2018年底的13675户45165人，全州贫困发生率从12.25%下降到2.5%。', { issuedOn: '2019-07-26', region: CHUXIONG });
    for (const q of ['92504户', '343609人', '13675户', '45165人']) expect(pick(rs, q).metric).toBe('建档立卡贫困人口');
    expect(pick(rs, '12.25%').metric).toBe('贫困发生率');
    expect(pick(rs, '2.5%').metric).toBe('贫困发生率');
  });

  it('a sum before a money noun counts it; leading time, scope and verbs are dropped', () => {
    const rs = figures('今年以来新发放产业扶贫贷款17673.82万元，获贷贫困农户3982户。', { issuedOn: '2020-06-10', region: DALI });
    expect(pick(rs, '17673.82万元').metric).toBe('产业扶贫贷款');
    expect(pick(rs, '3982户').metric).toBe('获贷贫困农户');
  });

  it('A、B和C分别占比达N1、N2和N3: each figure its own item', () => {
    const rs = figures('到2024年，与RCEP国家货物贸易、对外投资和实际利用外资分别占比达30%、20%和10%。', { issuedOn: '2022-03-23' });
    expect(pick(rs, '30%').metric).toBe('RCEP国家货物贸易');
    expect(pick(rs, '20%').metric).toBe('对外投资');
    expect(pick(rs, '10%').metric).toBe('实际利用外资');
  });

  it('A和B X分别…: items that only set themselves apart share the last one\'s head', () => {
    const rs = figures('过去一年，城镇和农村居民人均可支配收入分别增长7.9%和10.3%。', { issuedOn: '2022-01-20' });
    expect(pick(rs, '7.9%').metric).toBe('城镇居民人均可支配收入');
    expect(pick(rs, '10.3%').metric).toBe('农村居民人均可支配收入');
    expect(pick(rs, '7.9%').asOf).toMatchObject({ start: '2021-01-01', end: '2021-12-31' });
  });

  it('a span of time is no metric: the figure continues the one before it (连续3年稳定在…)', () => {
    const rs = figures('粮食总产量达到614.96亿斤，连续3年稳定在600亿斤以上。', { issuedOn: '2022-01-20' });
    expect(pick(rs, '600亿斤以上').metric).toBe('粮食总产量');
  });

  it('X N，同比增长M%: a change that names no thing is the change of the figure before it', () => {
    const rs = figures('1—9月，全省第一产业增加值1850.6亿元，同比增长4.2%。全省生猪存栏3216万头，同比下降2.1%。', { issuedOn: '2023-10-18' });
    expect(pick(rs, '1850.6亿元').metric).toBe('第一产业增加值');
    expect(pick(rs, '4.2%').metric).toBe('第一产业增加值同比增长');
    expect(pick(rs, '2.1%').metric).toBe('生猪存栏同比下降');
    // a change with no figure before it in its sentence keeps its own words
    expect(pick(figures('同比增长4.2%。'), '4.2%').metric).toBe('同比增长');
  });

  it('a goal word between the thing and its figure is no part of the metric (营业收入力争达到500亿元)', () => {
    const rs = figures('到2027年，园区数字经济核心产业营业收入力争达到500亿元，企业入住率确保达到90%。', { issuedOn: '2023-05-08' });
    expect(pick(rs, '500亿元').metric).toBe('园区数字经济核心产业营业收入');
    expect(pick(rs, '90%').metric).toBe('企业入住率');
  });

  it('X占Y的比重达到N%: the share measures X', () => {
    const rs = figures('战略性新兴产业增加值占地区生产总值的比重达到15%。', { issuedOn: '2016-11-23' });
    expect(pick(rs, '15%').metric).toBe('战略性新兴产业增加值');
  });

  it('a total takes the metric of what it sums (每村各N元，合计M元)', () => {
    const rs = figures('野猪塘村等165个出列村由州级财政奖励每村各10万元，合计2950万元用于脱贫成果巩固提升。', { issuedOn: '2019-07-26', region: CHUXIONG });
    expect(pick(rs, '10万元').metric).toBe('财政奖励');
    expect(pick(rs, '2950万元').metric).toBe('财政奖励');
  });

  it('null rather than a guess when the text names nothing', () => {
    const rs = figures('合计2950万元。');
    expect(pick(rs, '2950万元').metric).toBeNull();
  });
});

describe('region', () => {
  it('a place named in the clause, else the document region (全州)', () => {
    const rs = figures('武定县对剩余贫困人口在300人以上的狮山镇、高桥镇、插甸镇3个乡镇进行挂牌督战。全州完成培训1.2万人次。', { issuedOn: '2020-04-17', region: CHUXIONG });
    expect(pick(rs, '300人以上').region).toEqual({ code: '532329', name: '武定县' });
    expect(pick(rs, '1.2万人次').region).toEqual(CHUXIONG);
  });

  it('a list of two places is not guessed from', () => {
    const rs = figures('我市东川区、禄劝县共有建档立卡贫困户55166户196097人。', { issuedOn: '2018-09-13', region: { code: '530100', name: '昆明市' } });
    expect(pick(rs, '55166户').region).toBeNull();
  });

  it('a document without a region of its own gives null when no place is named', () => {
    const rs = figures('对符合条件的企业，可申请最高不超过15万元的创业担保贷款。', { issuedOn: '2018-11-16' });
    expect(pick(rs, '最高不超过15万元').region).toBeNull();
    expect(pick(rs, '最高不超过15万元').metric).toBe('创业担保贷款');
  });
});

describe('asOf and role', () => {
  it('截至 and X年的: the date the figure holds for; reported figures are actual', () => {
    const rs = figures('截至2018年底，全州累计减少贫困人口29.8万人。', { issuedOn: '2019-07-26', region: CHUXIONG });
    const q = pick(rs, '29.8万人');
    expect(q.asOf).toMatchObject({ start: '2018-12-31', end: '2018-12-31' });
    expect(q.role).toBe('actual');
  });

  it('今年以来: since the start of the year, up to the document date', () => {
    const rs = figures('今年以来全州完成建档立卡劳动力培训1.36万人次。', { issuedOn: '2020-06-10', region: DALI });
    const q = pick(rs, '1.36万人次');
    expect(q.asOf).toMatchObject({ start: '2020-01-01', role: 'since' });
    expect(q.metric).toBe('建档立卡劳动力培训');
  });

  it('a deadline ahead of the document date makes a target', () => {
    const rs = figures('力争到2025年高新技术企业达到300家。', { issuedOn: '2021-03-01' });
    const q = pick(rs, '300家');
    expect(q.role).toBe('target');
    expect(q.asOf).toMatchObject({ start: '2025-01-01', end: '2025-12-31' });
  });

  it('null role where the text does not tell; the figure holds for the document date', () => {
    const rs = figures('马鬃山村面积10.92平方公里。', { issuedOn: '2004-11-04' });
    expect(pick(rs, '10.92平方公里').role).toBeNull();
    expect(pick(rs, '10.92平方公里').asOf).toEqual({ start: '2004-11-04', end: '2004-11-04', granularity: 'day', role: 'point', yearInferred: true });
  });
});

describe('statements', () => {
  it('a change statement links the figures before and after, by unit', () => {
    const rs = figures('全州建档立卡贫困人口从2014年的92504户343609人减少到2018年底的13675户45165人。', { issuedOn: '2019-07-26', region: CHUXIONG });
    const before = pick(rs, '343609人');
    const after = pick(rs, '45165人');
    expect(before.links).toEqual([{ rel: 'changeTo', span: after.span }]);
    expect(after.links).toEqual([{ rel: 'changeFrom', span: before.span }]);
    expect(before.asOf).toMatchObject({ start: '2014-01-01', end: '2014-12-31' });
    expect(after.asOf).toMatchObject({ start: '2018-12-31', end: '2018-12-31' });
    // dated before the document (2019-07-26): reported figures, not goals
    expect(before.role).toBe('actual');
    expect(after.role).toBe('actual');
  });

  it('a progress statement links target, share and the achieved figure', () => {
    const rs = figures('今年以来全州完成建档立卡劳动力培训1.36万人次，完成全年培训目标任务3.5万人次的38.86%。', { issuedOn: '2020-06-10', region: DALI });
    const done = pick(rs, '1.36万人次');
    const target = pick(rs, '3.5万人次');
    const share = pick(rs, '38.86%');
    expect(target.links).toEqual([{ rel: 'progressShare', span: share.span }]);
    expect(share.links).toEqual([
      { rel: 'progressTarget', span: target.span },
      { rel: 'progressDone', span: done.span },
    ]);
    expect(target.role).toBe('target');
    expect(share.precision).toBe(0.01);
  });
});
