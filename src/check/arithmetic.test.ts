// Relations inside one document, on passages of the seeds and the development set: each
// passage as written must check out as consistent, and with one figure changed (here, in the
// test) must give an inconsistent finding of the right rule, naming the changed figure.
import { describe, expect, it } from 'vitest';
import { change, findingsOf, inconsistent, valuesOf } from './testing.js';

const PROJECTS = '打好“项目战”，扶贫项目有序复工开工。2020全州安排扶贫项目1701个，己开工1650个，开工率为97%。';
const TRAINING = '打好“就业战”，贫困群众稳定增收。今年以来全州完成建档立卡劳动力培训1.36万人次，完成全年培训目标任务3.5万人次的38.86%。全州新增建档立卡贫困劳动力转移就业1.58万人，完成2020年新增0.35万人目标的451%。';
const CAUSES = '致贫原因\n1.42\n万人\n14.17% 因残2017人\n3.82% 因学544人\n因灾143人\n76.57% 因病10900人\n0.69% 缺技术98人\n0.96% 缺资金137人\n1.85% 缺劳力263人\n0.94% 其他133人\n1%\n6月4日\n';
const HOUSING = '2019年下达各县市4类重点对象12206户改造任务，截止6月底，竣工12206户，竣工率100%；非4类重点对象2019年任务数20159户，截止6月底开工23495户，开工率116.55%，竣工22269户，竣工率110.47%。';
const REWARDS = '楚雄市大过口乡等13个乡镇由州级财政奖励每个乡镇各100万元，野猪塘村等165个出列村由州级财政奖励每村各10万元，合计2950万元用于脱贫成果巩固提升。';
const STANDARDS = '一、社会救助标准\n（一）全市城乡最低生活保障标准为每人每月1309元。\n（二）最低生活保障边缘家庭认定标准按最低生活保障标准的1.5倍确定，为每人每月1963.5元。\n';
const FEES = '原则上将家庭医生免费服务包、基本服务包的年签约服务费的80%用于参与家庭医生签约服务人员的薪酬分配，20%用于基层医疗卫生机构统筹，各区可根据实际情况适当调整分配比例。';
const ACHIEVEMENTS = '五年来，通过自治区级科技成果登记505项，其中技术水平达到国际领先、先进水平的18项，国内领先、先进水平的341项。';

describe('ratio: a rate beside its part and whole', () => {
  it('开工率为97% with 1650 of 1701 projects holds', () => {
    const fs = findingsOf(PROJECTS);
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ kind: 'arithmetic', status: 'consistent', rule: 'ratio', actual: 97 });
    expect(valuesOf(fs[0])).toEqual([1701, 1650, 97]);
    expect(fs[0].expected).toBeCloseTo(97.0018, 4);
  });

  it('with 1560 projects started instead, 开工率 97% is flagged: 1560/1701 = 91.7%', () => {
    const [f] = inconsistent(findingsOf(change(PROJECTS, '1650个', '1560个')));
    expect(f).toMatchObject({ rule: 'ratio', actual: 97 });
    expect(valuesOf(f)).toEqual([1701, 1560, 97]);
    expect(f.message).toBe('Unexpected 开工率 97%: 1560/1701 = 91.7% (test.txt, 打好“项目战”，扶贫…)');
  });

  it('开工率 and 竣工率 of one sentence each take their own part, and the task as their whole', () => {
    const fs = findingsOf(HOUSING);
    expect(fs.map((f) => [f.status, ...valuesOf(f)])).toEqual([
      ['consistent', 12206, 12206, 100],
      ['consistent', 20159, 23495, 116.55],
      ['consistent', 20159, 22269, 110.47],
    ]);
  });

  it('the plan may be stated in the sentence before the rate', () => {
    const text = '2023年，全州计划新开工改造老旧小区530个。1—6月份，全州已开工426个，开工率80.4%。';
    expect(findingsOf(text).map((f) => [f.status, ...valuesOf(f)])).toEqual([['consistent', 530, 426, 80.4]]);
    expect(inconsistent(findingsOf(change(text, '426个', '462个'))).map(valuesOf)).toEqual([[530, 462, 80.4]]);
  });

  it('a rate stated as a goal is not checked against the counts so far', () => {
    expect(findingsOf('全州安排扶贫项目1701个，目前已开工1650个，确保6月底前开工率达到100%。')).toEqual([]);
  });

  it('items of a ；-list are not a plan and its progress', () => {
    expect(findingsOf('甲县改造完成3.5万户，完成率100%；乙县改造完成2.94万户，完成率99%。')).toEqual([]);
  });

  it('with 21269 houses finished, only 竣工率 110.47% is flagged', () => {
    const bad = inconsistent(findingsOf(change(HOUSING, '竣工22269户', '竣工21269户')));
    expect(bad).toHaveLength(1);
    expect(valuesOf(bad[0])).toEqual([20159, 21269, 110.47]);
    expect(bad[0].message).toContain('Unexpected 竣工率 110.47%: 21269/20159 = 105.506%');
  });
});

describe('ratio: a share of a stated target (完成…N的M%)', () => {
  it('1.36万人次 is 38.86% of 3.5万人次, and 1.58万人 is 451% of 0.35万人, within rounding', () => {
    const fs = findingsOf(TRAINING);
    expect(fs.map((f) => [f.status, f.rule, ...valuesOf(f)])).toEqual([
      ['consistent', 'ratio', 13600, 35000, 38.86],
      ['consistent', 'ratio', 15800, 3500, 451],
    ]);
  });

  it('a share changed to 48.86% no longer fits 1.36万/3.5万 even at the ends of their rounding', () => {
    const bad = inconsistent(findingsOf(change(TRAINING, '38.86%', '48.86%')));
    expect(bad.map(valuesOf)).toEqual([[13600, 35000, 48.86]]);
  });

  it('the part is the figure right before the verb, not an earlier figure of its own', () => {
    expect(findingsOf('全州贫困人口1.2万人，脱贫人口完成年度目标5000人的80%。')).toEqual([]);
  });

  it('a whole in brackets: 占年度目标任务（3.9万户）的40.4%', () => {
    const text = '截至6月末，全州新开工改造农村危房1.59万户，占年度目标任务（3.9万户）的40.4%。';
    expect(findingsOf(text).map((f) => [f.status, ...valuesOf(f)])).toEqual([['consistent', 15900, 39000, 40.4]]);
    expect(inconsistent(findingsOf(change(text, '40.4%', '45.4%'))).map(valuesOf)).toEqual([[15900, 39000, 45.4]]);
  });

  it('a target changed to 0.25万人 breaks the 451%', () => {
    const bad = inconsistent(findingsOf(change(TRAINING, '0.35万人', '0.25万人')));
    expect(bad.map(valuesOf)).toEqual([[15800, 2500, 451]]);
  });
});

describe('ratio: a share written after its part, of a whole named earlier in the sentence', () => {
  const VILLAGES = '全州共有贫困村644个，已出列456个，占70.8%。';

  it('456 of 644 villages is 70.8%; written 60.8% it is flagged', () => {
    expect(findingsOf(VILLAGES).map((f) => [f.status, f.rule, ...valuesOf(f)])).toEqual([['consistent', 'ratio', 644, 456, 70.8]]);
    expect(inconsistent(findingsOf(change(VILLAGES, '70.8%', '60.8%'))).map(valuesOf)).toEqual([[644, 456, 60.8]]);
  });

  it('a share of another whole (占全省的) is not checked', () => {
    expect(findingsOf(change(VILLAGES, '占70.8%', '占全省的10%'))).toEqual([]);
  });
});

describe('sum and shares: a total over a list of parts with their shares', () => {
  it('the eight causes add to 1.42万人 (14235, within ±50) and each share is its count over 1.42万', () => {
    const fs = findingsOf(CAUSES);
    expect(inconsistent(fs)).toEqual([]);
    expect(fs.find((f) => f.rule === 'sum')).toMatchObject({ status: 'consistent', expected: 14235, actual: 14200 });
    expect(fs.filter((f) => f.rule === 'ratio').map(valuesOf)).toEqual([
      [14200, 14.17, 2017], [14200, 3.82, 544], [14200, 76.57, 10900], [14200, 0.69, 98],
      [14200, 0.96, 137], [14200, 1.85, 263], [14200, 0.94, 133],
    ]);
  });

  it('因残 changed to 2217人 breaks its share and the total', () => {
    const bad = inconsistent(findingsOf(change(CAUSES, '因残2017人', '因残2217人')));
    expect(bad.map((f) => f.rule).sort()).toEqual(['ratio', 'sum']);
    expect(bad.find((f) => f.rule === 'ratio')!.facts.map((x) => x.quote)).toEqual(['1.42万人', '14.17%', '2217人']);
    expect(bad.find((f) => f.rule === 'sum')).toMatchObject({ expected: 14435, actual: 14200 });
  });

  it('the total changed to 1.52万 breaks the sum and every share (the shares still agree with the parts)', () => {
    const bad = inconsistent(findingsOf(change(CAUSES, '1.42\n万人', '1.52\n万人')));
    expect(bad.filter((f) => f.rule === 'sum')).toHaveLength(1);
    expect(bad.filter((f) => f.rule === 'ratio')).toHaveLength(7);
  });
});

describe('product: count × amount each = total', () => {
  it('13×100万 + 165×10万 = 2950万元', () => {
    const fs = findingsOf(REWARDS);
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ status: 'consistent', rule: 'sum', expected: 29500000, actual: 29500000 });
    expect(valuesOf(fs[0])).toEqual([13, 1000000, 165, 100000, 29500000]);
  });

  it('with 185 villages the total should be 3150万元', () => {
    const [f] = inconsistent(findingsOf(change(REWARDS, '165个', '185个')));
    expect(f).toMatchObject({ rule: 'sum', expected: 31500000, actual: 29500000 });
    expect(f.message).toBe('Unexpected 合计 2950万元: 13×100万 + 185×10万 = 3150万元 (test.txt, 楚雄市大过口乡等13…)');
  });

  it('a standard set as a multiple of another: 1309元 × 1.5 = 1963.5元', () => {
    const fs = findingsOf(STANDARDS);
    expect(fs).toMatchObject([{ status: 'consistent', rule: 'product', expected: 1963.5 }]);
    expect(valuesOf(fs[0])).toEqual([1309, 1.5, 1963.5]);
    const [bad] = inconsistent(findingsOf(change(STANDARDS, '1963.5元', '1936.5元')));
    expect(valuesOf(bad)).toEqual([1309, 1.5, 1936.5]);
    expect(bad.message).toContain('1309×1.5 = 1963.5元');
  });
});

describe('product: an average over its total and count', () => {
  const INCOME = '投入产业扶持资金1.2亿元，带动贫困户3000户，户均增收4万元。';

  it('1.2亿元 over 3000户 is 4万元 each; written 5万元 it is flagged', () => {
    expect(findingsOf(INCOME).map((f) => [f.status, f.rule, ...valuesOf(f)])).toEqual([['consistent', 'product', 120000000, 3000, 40000]]);
    expect(inconsistent(findingsOf(change(INCOME, '4万元', '5万元'))).map(valuesOf)).toEqual([[120000000, 3000, 50000]]);
  });

  it('a statistical per-capita measure is not a total over a count', () => {
    expect(findingsOf('全县农村人口30万人，农民收入总额36亿元，人均可支配收入1.5万元。')).toEqual([]);
  });
});

describe('shares of one whole adding to 100%', () => {
  it('a fee split 80% / 20% holds; 70% / 20% does not', () => {
    expect(findingsOf(FEES)).toMatchObject([{ status: 'consistent', rule: 'sum', expected: 100, actual: 100 }]);
    const [bad] = inconsistent(findingsOf(change(FEES, '80%', '70%')));
    expect(bad).toMatchObject({ rule: 'sum', expected: 90, actual: 100 });
    expect(valuesOf(bad)).toEqual([70, 20]);
  });

  it('weights listed after 权重 add to 100%', () => {
    const text = '考核结果由日常考核、年中考核、年终考核和群众评议四部分组成，权重分别为60%、20%、10%、10%。';
    expect(findingsOf(text)).toMatchObject([{ status: 'consistent', rule: 'sum', expected: 100 }]);
    expect(inconsistent(findingsOf(change(text, '60%', '50%')))).toMatchObject([{ rule: 'sum', expected: 90 }]);
  });

  it('shares of different flows are not a split: 分别占比达30%、20%和10%', () => {
    expect(findingsOf('到2024年，全省与其他RCEP国家货物贸易、对外投资和实际利用外资分别占比达30%、20%和10%。')).toEqual([]);
  });
});

describe('其中: a breakdown that may be partial', () => {
  it('505项 其中 18项 + 341项 is partial: checked only as parts within the whole', () => {
    const fs = findingsOf(ACHIEVEMENTS);
    expect(fs).toMatchObject([{ status: 'consistent', rule: 'part', expected: 359, actual: 505 }]);
  });

  it('a breakdown that adds up exactly is a sum: 12.5亿元 其中 8亿 + 3亿 + 1.5亿', () => {
    const text = '今年共投入扶贫资金12.5亿元，其中中央资金8亿元、省级资金3亿元、州县资金1.5亿元。';
    expect(findingsOf(text)).toMatchObject([{ status: 'consistent', rule: 'sum', expected: 1250000000 }]);
  });

  it('a single part larger than its whole is flagged', () => {
    const text = '全州共建立扶贫车间169个，吸纳劳动力12862人，其中贫困劳动力3005人。';
    expect(findingsOf(text)).toMatchObject([{ status: 'consistent', rule: 'part' }]);
    const [bad] = inconsistent(findingsOf(change(text, '3005人', '13005人')));
    expect(bad).toMatchObject({ rule: 'part', expected: 13005, actual: 12862 });
  });

  it('a compound breakdown in households and people: when one unit adds up the list is complete, so the other must too', () => {
    const text = '全镇建档立卡贫困户1193户5992人，其中2016年已脱贫170户898人，2017年已脱贫456户2433人，2018年脱贫393户1924人，未脱贫174户737人。';
    expect(findingsOf(text).map((f) => [f.status, f.rule, f.expected])).toEqual([
      ['consistent', 'sum', 1193],
      ['consistent', 'sum', 5992],
    ]);
    const bad = inconsistent(findingsOf(change(text, '2433人', '2233人')));
    expect(bad).toMatchObject([{ rule: 'sum', expected: 5792, actual: 5992 }]);
  });
});

describe('difference and change', () => {
  it('从644个减少到188个，减少456个 holds; 减少465个 does not', () => {
    const text = '贫困村从644个减少到188个，减少456个。';
    expect(findingsOf(text)).toMatchObject([{ status: 'consistent', rule: 'difference', expected: 456 }]);
    expect(inconsistent(findingsOf(change(text, '456个', '465个')))).toMatchObject([{ rule: 'difference', expected: 456, actual: 465 }]);
  });

  it('下降N个百分点 against the rates before and after', () => {
    const text = '全州贫困发生率从12.25%下降到2.5%，下降9.75个百分点。';
    expect(findingsOf(text)).toMatchObject([{ status: 'consistent', rule: 'difference', expected: 9.75 }]);
    expect(inconsistent(findingsOf(change(text, '9.75个百分点', '8.75个百分点')))).toHaveLength(1);
  });

  it('an increase stated as an amount and as a percentage of the figure before', () => {
    const text = '全市重点建设项目1-3月累计完成投资313.64亿元，较去年同期增长153.34亿元，同比增长95.66%。';
    const [f] = findingsOf(text);
    expect(f).toMatchObject({ status: 'consistent', rule: 'change', actual: 95.66 });
    expect(valuesOf(f)).toEqual([31364000000, 15334000000, 95.66]);
    expect(inconsistent(findingsOf(change(text, '95.66%', '59.66%')))).toHaveLength(1);
  });
});

describe('sum: the scores of a rubric', () => {
  const RUBRIC = '考核评分细则\n本细则满分100分。\n一、组织领导（20分）\n1.成立领导小组（10分）\n2.制定实施方案（10分）\n二、工作落实（80分）\n1.精准识别（30分）\n2.精准帮扶（50分）\n';

  it('items add to their heading, headings to the full score', () => {
    const fs = findingsOf(RUBRIC);
    expect(fs.map((f) => [f.status, f.expected, f.actual])).toEqual([
      ['consistent', 100, 100], ['consistent', 20, 20], ['consistent', 80, 80],
    ]);
  });

  it('an item score changed to 40分 breaks its heading', () => {
    const bad = inconsistent(findingsOf(change(RUBRIC, '精准帮扶（50分）', '精准帮扶（40分）')));
    expect(bad).toMatchObject([{ rule: 'sum', expected: 70, actual: 80 }]);
    expect(bad[0].facts.map((x) => x.quote)).toEqual(['80分', '30分', '40分']);
  });
});

describe('not relations', () => {
  it('785.4元 happens to be 0.6 × 1309元, but the text states no such ratio', () => {
    const text = '（一）全市城乡最低生活保障标准为每人每月1309元。\n（五）成年流浪乞讨受助人员基本饮食标准为每人每月785.4元；未成年人受助人员基本饮食标准为每人每月916.3元。';
    expect(findingsOf(text)).toEqual([]);
  });

  it('a rate with no part written beside it: 贫困发生率 is not 103058/196097', () => {
    const text = '我市东川区、禄劝县共有建档立卡贫困户55166户196097人，目前，仍有30116户103058人未脱贫出列，东川区综合贫困发生率25.5%，禄劝县综合贫困发生率13.92%。';
    expect(inconsistent(findingsOf(text))).toEqual([]);
  });

  it('a share of another whole the text names (占全县女性人口的10%) is not checked against the whole before 其中', () => {
    expect(findingsOf('全县有建档立卡贫困人口2.4万人，其中女性3000人，占全县女性人口的10%。')).toMatchObject([{ status: 'consistent', rule: 'part' }]);
  });

  it('a count after 共 that does not add what comes before it is not a total (共出列450个)', () => {
    expect(findingsOf('全州有贫困村644个，2019年出列200个，共出列450个。')).toEqual([]);
  });

  it('growth of value added is real growth, not the change in the amounts written', () => {
    expect(findingsOf('全年地区生产总值23562亿元，比上年增加1000亿元，增长5.0%。')).toEqual([]);
  });

  it('overlapping parts of 其中 (a person may be both) are not flagged when they add to more than the whole', () => {
    expect(findingsOf('全县总人口30万人，其中农业人口25万人，少数民族人口12万人。')).toEqual([]);
    expect(findingsOf('全县低保对象、特困人员700户，其中低保对象560户，特困人员140户，兼有两种身份的100户。')).toEqual([]);
  });
});
