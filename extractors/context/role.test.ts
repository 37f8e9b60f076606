// Role and asOf of figures in reports, bulletins and plans: the passage decides before cue words.
import { describe, expect, it } from 'vitest';
import { figures, pick } from './testing.js';


const REPORT = [
  '某县人民政府工作报告',
  '一、2023年工作回顾',
  '全年完成地区生产总值356.2亿元，增长5.1%。城镇新增就业1.6万人，圆满完成市下达的目标任务。',
  '二、2024年工作安排',
  '今年主要预期目标是：地区生产总值增长6%左右，城镇新增就业1.5万人。在2023年基础上，粮食播种面积稳定在80万亩。',
].join('\n');

describe('role from the passage', () => {
  it('a review heading makes results of 完成/新增; a heading of plans makes goals; each holds for its heading year', () => {
    const rs = figures(REPORT, { issuedOn: '2024-01-18' });
    for (const q of ['356.2亿元', '5.1%', '1.6万人']) {
      expect(pick(rs, q).role).toBe('actual');
      expect(pick(rs, q).asOf).toMatchObject({ start: '2023-01-01', end: '2023-12-31' });
    }
    for (const q of ['6%左右', '1.5万人']) expect(pick(rs, q).role).toBe('target');
    // `在2023年基础上` is a comparison: no past date for the figure
    expect(pick(rs, '80万亩').role).toBe('target');
  });

  it('the review heading decides without a document date', () => {
    const rs = figures(REPORT);
    expect(pick(rs, '1.6万人').role).toBe('actual');
    expect(pick(rs, '1.5万人').role).toBe('target');
  });

  it('figures with no cue under 主要预期目标 are goals', () => {
    const text = '一、2025年主要预期目标\n1.地区生产总值增长6%。（牵头单位：县发展和改革局）\n2.固定资产投资增长7%。（牵头单位：县发展和改革局）';
    const rs = figures(text, { issuedOn: '2025-02-28' });
    expect(pick(rs, '6%').role).toBe('target');
    expect(pick(rs, '7%').role).toBe('target');
    expect(pick(rs, '7%').asOf).toMatchObject({ start: '2025-01-01', end: '2025-12-31' });
  });

  it('a paragraph that opens with 主要预期目标是： sets goals; one that opens in a past year reports', () => {
    const text = '刚刚过去的2023年，全市生产总值比上年增长5%。城镇新增就业12.3万人。\n2024年主要预期目标是：城镇新增就业11万人，城镇调查失业率5.5%左右。';
    const rs = figures(text, { issuedOn: '2024-01-22' });
    expect(pick(rs, '12.3万人').role).toBe('actual');
    expect(pick(rs, '12.3万人').asOf).toMatchObject({ start: '2023-01-01', end: '2023-12-31' });
    expect(pick(rs, '11万人').role).toBe('target');
    expect(pick(rs, '5.5%左右').role).toBe('target');
  });
});

describe('role from cue words and the document', () => {
  it('累计完成 reports; the amount of a task or budget is a goal; a share of it reports', () => {
    const rs = figures('一、财政收支完成情况\n3月，全县税收收入累计完成15230万元，完成年初预算数41200万元的37%。', { issuedOn: '2024-04-10' });
    expect(pick(rs, '15230万元').role).toBe('actual');
    expect(pick(rs, '41200万元').role).toBe('target');
    expect(pick(rs, '37%').role).toBe('actual');
  });

  it('累计完成 reports with no heading at all; 以上 and 任务 are no goal cues by themselves', () => {
    const rs = figures('全县一般公共预算支出累计完成8650万元。贫困发生率在15%以上的村有41个。已完成的有36个，占总任务的12.5%。', { issuedOn: '2018-05-02' });
    expect(pick(rs, '8650万元').role).toBe('actual');
    expect(pick(rs, '15%以上').role).toBeNull();
    expect(pick(rs, '41个').role).toBeNull();
    expect(pick(rs, '12.5%').role).toBe('actual');
  });

  it('农村改厕任务N座 is the goal, 完成M座 the result, 完成率 no cue', () => {
    const rs = figures('一、主要指标完成情况\n（一）农村改厕任务21500座，完成21873座，完成率101.7%。', { issuedOn: '2023-01-05' });
    expect(pick(rs, '21500座').role).toBe('target');
    expect(pick(rs, '21873座').role).toBe('actual');
    expect(pick(rs, '101.7%').role).toBe('actual');
  });

  it('a weak verb takes the role of a result word before it in its sentence', () => {
    const rs = figures('经过一年的努力，全县贫困人口减少了8311人，贫困发生率降至6.2%。', { issuedOn: '2018-03-01' });
    expect(pick(rs, '6.2%').role).toBe('actual');
  });

  it('a bulletin reports figures that say nothing; a plan sets those of weak verbs', () => {
    const bulletin = figures('年末全县户籍人口为108420人，其中城镇人口51230人。', { issuedOn: '2023-03-20', kind: '公报', title: '2022年某县国民经济和社会发展统计公报' });
    expect(pick(bulletin, '51230人').role).toBe('actual');
    const plan = figures('全市新建5G基站1200个以上，累计达到4000个以上。', { issuedOn: '2021-06-29', kind: '方案', title: '数字某市2021行动方案' });
    expect(pick(plan, '4000个以上').role).toBe('target');
  });

  it('确保 in a sentence of a plan still makes a goal (a cue word after no passage)', () => {
    const rs = figures('确保全年城镇新增就业1.2万人。', { issuedOn: '2022-02-10' });
    expect(pick(rs, '1.2万人').role).toBe('target');
  });
});

describe('asOf inherited in the paragraph', () => {
  it('a figure after 2021年末…； gets that date; comparison and denominator dates are skipped', () => {
    const text = '2021年末，全市监测对象共12080户40215人，占2020年末脱贫人口总数的11.2%；累计消除风险5300户19020人，风险消除率43.9%。';
    const rs = figures(text, { issuedOn: '2022-01-20' });
    for (const q of ['11.2%', '5300户', '43.9%']) expect(pick(rs, q).asOf).toMatchObject({ start: '2021-12-31', end: '2021-12-31' });
    expect(pick(rs, '5300户').role).toBe('actual');
  });

  it('与2020年相比 is a comparison, not the date of the figure', () => {
    const rs = figures('2022年，全县实现生产总值90.5亿元，比上年增长3.1%；与2020年相比，两年平均增长4.6%。', { issuedOn: '2023-03-01' });
    expect(pick(rs, '4.6%').asOf).toMatchObject({ start: '2022-01-01', end: '2022-12-31' });
  });

  it('a result holds for the document date when nothing dates it; a goal without a date for none', () => {
    const rs = figures('全县共有行政村158个。力争新建农村公路120公里。', { issuedOn: '2019-08-01' });
    expect(pick(rs, '158个').asOf).toMatchObject({ start: '2019-08-01', end: '2019-08-01', yearInferred: true });
    expect(pick(rs, '120公里').role).toBe('target');
    expect(pick(rs, '120公里').asOf).toBeNull();
  });
});
