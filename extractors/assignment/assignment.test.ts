import { describe, expect, it } from 'vitest';
import { runOn } from '../../src/core/testing.js';
import type { AssignmentRecord } from '../../schemas/index.js';
import type { RawTable } from '../../src/core/types.js';
import { assignmentExtractor } from './index.js';

const meta = { issuedOn: '2020-04-17' };

function assignments(text: string, opts: Parameters<typeof runOn>[2] = { meta }) {
  const r = runOn([assignmentExtractor], text, opts);
  expect(r.diagnostics).toEqual([]);
  return r.facts.map((f) => {
    const a = f.record as AssignmentRecord;
    return {
      measure: a.measure, section: a.section, quote: a.quote,
      leaders: a.leaders, leadUnits: a.leadUnits, responsibleUnits: a.responsibleUnits,
      deadline: a.deadline && [a.deadline.start, a.deadline.end],
    };
  });
}

describe('labelled blocks in brackets (seed 001)', () => {
  it('reads leaders, lead and responsible units, spreading a shared prefix', () => {
    const text = '一、主要措施\n'
      + '(一) 坚决打赢攻克深度贫困堡垒攻坚战硬仗。严格执行五级书记抓脱贫攻坚责任制。再用“硬招”“实招”“真招”，坚决攻克深度贫困堡垒。'
      + '(牵头领导：李明、李林波；牵头单位：州扶贫办；责任单位：州扶贫开发领导小组成员单位，武定县党委、政府)\n'
      + '（二）坚决打赢剩余绝对贫困人口脱贫攻坚硬仗。紧紧围绕剩余未脱贫的8331人绝对贫困人口上半年全部达到“两不愁三保障”脱贫标准目标。'
      + '（牵头领导：李明、李林波；牵头单位：州扶贫办；责任单位：州教育体育局、州民政局，各县市党委、政府）\n';
    expect(assignments(text)).toEqual([
      {
        measure: '坚决打赢攻克深度贫困堡垒攻坚战硬仗', section: '一/（一）',
        quote: '(牵头领导：李明、李林波；牵头单位：州扶贫办；责任单位：州扶贫开发领导小组成员单位，武定县党委、政府)',
        leaders: ['李明', '李林波'], leadUnits: ['州扶贫办'],
        responsibleUnits: ['州扶贫开发领导小组成员单位', '武定县党委', '武定县政府'], deadline: null,
      },
      {
        measure: '坚决打赢剩余绝对贫困人口脱贫攻坚硬仗', section: '一/（二）',
        quote: '（牵头领导：李明、李林波；牵头单位：州扶贫办；责任单位：州教育体育局、州民政局，各县市党委、政府）',
        leaders: ['李明', '李林波'], leadUnits: ['州扶贫办'],
        responsibleUnits: ['州教育体育局', '州民政局', '各县市党委', '各县市政府'], deadline: null,
      },
    ]);
  });

  it('repairs page-break debris inside a block and attaches it to the item it closes', () => {
    const text = '（一）着力加大扶贫资金投入和监管。加大对脱贫攻坚的投入支持力度，为贫困群众稳定增收提供保障。（牵头领导：赵克义；牵头单位：州财政局；责\n\n'
      + '责任单位：州扶贫开发领导小组成员单位，各县市党委、政府）\n\n'
      + '（二）开展“特殊贫困人口”兜底保障行动。对于因病、因残等完全或部分丧失劳动能力的特殊贫困人口，实现应保尽保，保障基本生活。';
    const [a, ...rest] = assignments(text);
    expect(rest).toEqual([]);
    expect(a).toMatchObject({
      measure: '着力加大扶贫资金投入和监管', section: '（一）', leaders: ['赵克义'], leadUnits: ['州财政局'],
      responsibleUnits: ['州扶贫开发领导小组成员单位', '各县市党委', '各县市政府'],
    });
  });

  it('reads a block split across lines as one', () => {
    const text = '（一）坚决打赢防返贫防新增脱贫攻坚硬仗。实行动态管理，已脱贫人口不返贫、不新出现增贫。\n'
      + '（牵头领导：李林波；\n\n牵头单位：州扶贫办；\n责任单位：州扶贫开发领导小组成员单位，\n各县市党委、政府）\n'
      + '（二）坚决打赢克服疫情影响脱贫攻坚硬仗。';
    const all = assignments(text);
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({
      measure: '坚决打赢防返贫防新增脱贫攻坚硬仗', section: '（一）',
      // the normaliser joins the line broken after `，`; the breaks after `；` stay
      quote: '（牵头领导：李林波；\n牵头单位：州扶贫办；\n责任单位：州扶贫开发领导小组成员单位，各县市党委、政府）',
      leaders: ['李林波'], leadUnits: ['州扶贫办'],
      responsibleUnits: ['州扶贫开发领导小组成员单位', '各县市党委', '各县市政府'],
    });
  });
});

describe('label lines under an item (seed 003)', () => {
  it('ends a label at the sentence end, before the next item run into its line', () => {
    const text = '1.建立约谈制度。根据督查检查情况进行排名。责任单位：市委组织部、东川区委。2.建立定期通报制度。实行一月一通报。责任单位：禄劝县委\n';
    expect(assignments(text, { meta: { issuedOn: '2018-09-13' } }).map((a) => [a.measure, a.quote, a.responsibleUnits])).toEqual([
      ['建立约谈制度', '责任单位：市委组织部、东川区委', ['市委组织部', '东川区委']],
      ['建立定期通报制度', '责任单位：禄劝县委', ['禄劝县委']],
    ]);
  });

  const text = '（一）压实脱贫攻坚主体责任。当前任务十分艰巨。\n具体措施:\n'
    + '1. 建立完善定期例会制度。由县区委主要领导主持每半月定期召开一次工作例会。\n\n责任单位：东川区委、禄劝县委\n\n完成时限：2018年12月\n\n'
    + '2. 建立定期通报制度。以乡镇（街道）为单位，建立脱贫攻坚任务推进定期通报制度。\n\n责任单位：市委组织部、市联席办，东川区委、禄劝县委\n\n完成时限：2018年11月\n';

  it('joins 责任单位 and 完成时限 lines into one block and reads the deadline as a month', () => {
    expect(assignments(text, { meta: { issuedOn: '2018-09-13' } })).toEqual([
      {
        measure: '建立完善定期例会制度', section: '（一）/1', quote: '责任单位：东川区委、禄劝县委\n完成时限：2018年12月',
        leaders: [], leadUnits: [], responsibleUnits: ['东川区委', '禄劝县委'], deadline: ['2018-12-01', '2018-12-31'],
      },
      {
        measure: '建立定期通报制度', section: '（一）/2', quote: '责任单位：市委组织部、市联席办，东川区委、禄劝县委\n完成时限：2018年11月',
        leaders: [], leadUnits: [], responsibleUnits: ['市委组织部', '市联席办', '东川区委', '禄劝县委'],
        deadline: ['2018-11-01', '2018-11-30'],
      },
    ]);
  });
});

describe('running forms in brackets (development set)', () => {
  it('gives each of several blocks in one item the first clause after the block before it', () => {
    const text = '（一）大力发展货物贸易\n'
      + '1.扩大优势产品出口。建立RCEP国别商品税率对比清单，深化企业对RCEP重点国别关税减让的理解掌握。（合肥海关负责）'
      + '巩固纺织、服装、鞋帽、箱包等传统产品出口优势，扩大汽车及零部件等机电产品出口占比。（省商务厅牵头，合肥海关配合）'
      + '支持农业企业在日本、东盟等RCEP国家注册境外商标、获取专项认证。（省商务厅牵头，省农业农村厅配合）\n'
      + '2.用好原产地规则。加快实施经核准出口商原产地自主声明制度。（合肥海关牵头，省贸促会、省商务厅按职责分工配合）\n';
    expect(assignments(text).map((a) => [a.measure, a.section, a.leadUnits, a.responsibleUnits])).toEqual([
      ['扩大优势产品出口', '（一）/1', [], ['合肥海关']],
      ['巩固纺织、服装、鞋帽、箱包等传统产品出口优势，扩大汽车及零部件等机电产品出口占比', '（一）/1', ['省商务厅'], ['合肥海关']],
      ['支持农业企业在日本、东盟等RCEP国家注册境外商标、获取专项认证', '（一）/1', ['省商务厅'], ['省农业农村厅']],
      ['用好原产地规则', '（一）/2', ['合肥海关'], ['省贸促会', '省商务厅']],
    ]);
  });

  it('makes the first body the lead where the document says so, and drops 等有关部门和单位', () => {
    const text = '一、支持企业稳定发展\n（一）加大稳岗支持力度。\n对不裁员或少裁员的参保企业，可返还其上年度实际缴纳失业保险费的50%。\n'
      + '（人力资源社会保障部、财政部负责。列第一位者为牵头单位，下同）\n'
      + '（二）扩大就业见习补贴范围。\n组织失业青年参加3—12个月的就业见习。\n（人力资源社会保障部等有关部门和单位负责）\n'
      + '（三）切实抓好政策服务。\n各地各有关部门要积极开展政策宣传。\n（各有关部门和单位，各省级人民政府按职责分工负责）\n';
    expect(assignments(text).map((a) => [a.measure, a.section, a.leadUnits, a.responsibleUnits])).toEqual([
      ['加大稳岗支持力度', '一/（一）', ['人力资源社会保障部'], ['财政部']],
      ['扩大就业见习补贴范围', '一/（二）', ['人力资源社会保障部'], []],
      ['切实抓好政策服务', '一/（三）', ['各有关部门和单位'], ['各省级人民政府']],
    ]);
  });

  it('takes the rule from the document fields when they set it', () => {
    const text = '（一）支持创业载体建设。\n鼓励各地加快建设重点群体创业孵化载体。\n（人力资源社会保障部、科技部，各省级人民政府按职责分工负责）\n';
    const withRule = assignments(text, { meta: { ...meta, firstListedLeads: true } });
    expect(withRule.map((a) => [a.leadUnits, a.responsibleUnits])).toEqual([[['人力资源社会保障部'], ['科技部', '各省级人民政府']]]);
    const without = assignments(text);
    expect(without.map((a) => [a.leadUnits, a.responsibleUnits])).toEqual([[[], ['人力资源社会保障部', '科技部', '各省级人民政府']]]);
  });

  it('reads 会同, 指导 and a deadline inside the brackets', () => {
    const text = '1.严守耕地保护红线。划定永久基本农田。（国土资源部会同农业部、有关部门负责，6月底完成）\n'
      + '2.加强业务指导。组织专题培训。（省商务厅、省贸促会指导）\n';
    expect(assignments(text).map((a) => [a.measure, a.leadUnits, a.responsibleUnits, a.deadline])).toEqual([
      ['严守耕地保护红线', ['国土资源部'], ['农业部', '有关部门'], ['2020-06-30', '2020-06-30']],
      ['加强业务指导', [], ['省商务厅', '省贸促会'], null],
    ]);
  });

  it('reads 牵头考核单位 and a body marked （牵头） in a list', () => {
    const text = '1.优化营商环境。提升政务服务效能。\n牵头考核单位：市审批服务局\n'
      + '2.推进“一网通办”。责任单位：市政务服务局（牵头），市大数据局及各县市区政府；完成时限：2020年底前\n';
    expect(assignments(text).map((a) => [a.measure, a.leadUnits, a.responsibleUnits, a.deadline])).toEqual([
      ['优化营商环境', ['市审批服务局'], [], null],
      ['推进“一网通办”', ['市政务服务局'], ['市大数据局', '各县市区政府'], ['2020-12-31', '2020-12-31']],
    ]);
  });
});

describe('running text, in items without a block', () => {
  it('reads 由X会同Y等部门… and 由X牵头 (国办函〔2014〕31号 style)', () => {
    const text = '一、工作分工\n'
      + '（一）关于“确保谷物基本自给、口粮绝对安全”的问题，由发展改革委会同中央农办、农业部、财政部、粮食局等部门研究提出落实意见。\n'
      + '（二）关于“严守耕地保护红线，划定永久基本农田”的问题，由国土资源部会同农业部等部门负责落实。\n'
      + '（三）强化市级督查。由督查问效脱贫攻坚分指挥部办公室牵头，采取综合检查、专项督查等方式开展督查。\n';
    expect(assignments(text).map((a) => [a.measure, a.section, a.quote, a.leadUnits, a.responsibleUnits])).toEqual([
      ['关于“确保谷物基本自给、口粮绝对安全”的问题', '一/（一）', '由发展改革委会同中央农办、农业部、财政部、粮食局等部门',
        ['发展改革委'], ['中央农办', '农业部', '财政部', '粮食局']],
      ['关于“严守耕地保护红线，划定永久基本农田”的问题', '一/（二）', '由国土资源部会同农业部等部门', ['国土资源部'], ['农业部']],
      ['强化市级督查', '一/（三）', '由督查问效脱贫攻坚分指挥部办公室牵头', ['督查问效脱贫攻坚分指挥部办公室'], []],
    ]);
  });

  it('spreads the office of 县委、县人民政府督查室 over both bodies that lead with 会同', () => {
    const text = '五、保障措施\n（三）严格督查考核。县委、县人民政府督查室会同县乡村振兴局，对各乡（镇、街道）开展专项督查。\n';
    expect(assignments(text).map((a) => [a.leadUnits, a.responsibleUnits])).toEqual([
      [['县委督查室', '县人民政府督查室'], ['县乡村振兴局']],
    ]);
  });

  it('takes the clause as the measure when running text names its own topic after the first sentence', () => {
    const text = '一、同意设立滨江综合保税区，规划面积2.8平方公里。\n'
      + '二、保税区四至范围见附件。具体以围网坐标为准，围网坐标由海关总署、自然资源部负责公布。\n'
      + '三、加强监督管理。由省商务厅牵头，省财政厅配合。\n'
      + '四、养护资金由省交通运输厅负责安排。\n';
    expect(assignments(text).map((a) => [a.measure, a.section, a.leadUnits, a.responsibleUnits])).toEqual([
      ['围网坐标由海关总署、自然资源部负责公布', '二', [], ['海关总署', '自然资源部']],
      ['加强监督管理', '三', ['省商务厅'], ['省财政厅']],
      ['养护资金由省交通运输厅负责安排', '四', [], ['省交通运输厅']],
    ]);
  });

  it('reads the deadline a running form closes with, and no other clause as one', () => {
    const text = '（一）加大信贷投放力度。由市财政局牵头，市金融办配合，2024年上半年完成。\n'
      + '（二）完善担保体系。由市金融办牵头，市农业农村局配合，全年新增担保额度5亿元。\n';
    expect(assignments(text, { meta: { issuedOn: '2024-03-01' } }).map((a) => [a.measure, a.quote, a.leadUnits, a.responsibleUnits, a.deadline])).toEqual([
      ['加大信贷投放力度', '由市财政局牵头，市金融办配合，2024年上半年完成', ['市财政局'], ['市金融办'], ['2024-01-01', '2024-06-30']],
      ['完善担保体系', '由市金融办牵头，市农业农村局配合', ['市金融办'], ['市农业农村局'], null],
    ]);
  });

  it('leaves running text to the block when the item has one (seed 003)', () => {
    const text = '1.强化市级督查。由督查问效脱贫攻坚分指挥部办公室牵头，采取综合检查、专项督查等方式。\n'
      + '责任单位：市脱贫攻坚指挥部办公室、各分指挥部办公室\n完成时限：2018年11月\n';
    expect(assignments(text).map((a) => [a.measure, a.leadUnits, a.responsibleUnits])).toEqual([
      ['强化市级督查', [], ['市脱贫攻坚指挥部办公室', '各分指挥部办公室']],
    ]);
  });

  it('does not read ordinary sentences as running forms', () => {
    const text = '（一）深化产学研协同创新机制。支持重点企业与高校科研院所牵头，组建产学研协同创新联盟。'
      + '鼓励高校科研院所及有关人员利用科技成果自主创业或利用技术优势与企业联合创办企业。'
      + '建立由政府负责人牵头、相关部门共同参与的工作机制。所需资金由地方财政负责。\n';
    expect(assignments(text)).toEqual([]);
  });
});

describe('running text naming its actor first (central notices and replies)', () => {
  it('reads X要会同Y… and X会同Y… before a task verb, the rest of the sentence being the measure', () => {
    const text = '一、国家林草局要会同财政部、自然资源部等有关部门加强对试点工作的指导，及时总结推广经验。\n'
      + '二、加强组织实施\n各地区要高度重视，细化工作举措。水利部会同国家发展改革委建立重大项目调度机制，每半年通报一次进展。\n';
    expect(assignments(text).map((a) => [a.measure, a.section, a.leadUnits, a.responsibleUnits])).toEqual([
      ['国家林草局要会同财政部、自然资源部等有关部门加强对试点工作的指导，及时总结推广经验', '一', ['国家林草局'], ['财政部', '自然资源部']],
      ['水利部会同国家发展改革委建立重大项目调度机制，每半年通报一次进展', '二', ['水利部'], ['国家发展改革委']],
    ]);
  });

  it('reads X要会同Y于…前 with the time between the bodies and the task as its deadline', () => {
    const text = '四、保障措施\n（三）强化监测评估。市发展改革委要会同有关部门于2024年9月底前完成规划实施中期评估，评估结果向社会公布。\n';
    expect(assignments(text, { meta: { issuedOn: '2022-03-01' } }).map((a) => [a.measure, a.leadUnits, a.responsibleUnits, a.deadline])).toEqual([
      ['市发展改革委要会同有关部门于2024年9月底前完成规划实施中期评估，评估结果向社会公布', ['市发展改革委'], ['有关部门'], ['2024-09-30', '2024-09-30']],
    ]);
  });

  it('reads X要牵头制定… as the lead of its sentence, and X牵头，Y配合 as a closing form', () => {
    const text = '五、保障措施\n各省级卫生健康部门要牵头编制本地区实施细则，于9月底前报国家卫生健康委备案。\n'
      + '六、强化资金保障。省医保局牵头，省财政厅、省税务局配合。\n';
    expect(assignments(text).map((a) => [a.measure, a.leadUnits, a.responsibleUnits])).toEqual([
      ['各省级卫生健康部门要牵头编制本地区实施细则，于9月底前报国家卫生健康委备案', ['各省级卫生健康部门'], []],
      ['强化资金保障', ['省医保局'], ['省财政厅', '省税务局']],
    ]);
  });

  it('reads X将会同Y… and X将牵头… as a sentence naming its actor first', () => {
    const text = '（四）严格资金监管。市财政局将会同审计等部门，对衔接资金使用情况开展全过程跟踪问效。\n'
      + '（五）抓好宣传培训。市人力资源社会保障局将牵头组织政策宣讲，确保应知尽知。\n';
    expect(assignments(text).map((a) => [a.measure, a.leadUnits, a.responsibleUnits])).toEqual([
      ['市财政局将会同审计等部门，对衔接资金使用情况开展全过程跟踪问效', ['市财政局'], ['审计等部门']],
      ['市人力资源社会保障局将牵头组织政策宣讲，确保应知尽知', ['市人力资源社会保障局'], []],
    ]);
  });

  it('takes a body named by level and work (省级财政) for an actor', () => {
    const text = '（二）加强资金统筹。省级财政要会同省农业农村厅建立衔接资金动态监控机制，按季度通报支出进度。\n';
    expect(assignments(text).map((a) => [a.leadUnits, a.responsibleUnits])).toEqual([[['省级财政'], ['省农业农村厅']]]);
    // a level with no work named is no body
    expect(assignments(text.replace('省级财政', '省级统筹'))).toEqual([]);
  });

  it('does not take a reply\'s 我们将会同 for an assignment', () => {
    expect(assignments('您提出的建议很有针对性。我们将会同省交通运输厅认真研究。\n')).toEqual([]);
  });

  it('does not take an encouraged body for an actor', () => {
    const text = '（三）培育联合体。鼓励龙头企业牵头组建农业产业化联合体。支持农民合作社会同家庭农场开展统一采购。\n';
    expect(assignments(text)).toEqual([]);
  });
});

describe('half-width punctuation of web copies', () => {
  it('reads labelled blocks in ASCII brackets ending at a sentence, and labelled lines', () => {
    const text = '一、重点任务\n'
      + '1.推进政务服务“掌上办”。优化移动端办事流程,年底前实现高频事项掌上可办。(牵头单位:市大数据局;责任单位:市直有关部门、单位,各县市区政府。以下任务均需各县市区政府落实,不再一一列出)\n'
      + '2.加强数据共享。建设全市统一的数据共享平台。\n牵头单位:市大数据局;配合单位:市财政局,市公安局;完成时限:2020年底前\n';
    expect(assignments(text).map((a) => [a.measure, a.section, a.leadUnits, a.responsibleUnits, a.deadline])).toEqual([
      ['推进政务服务“掌上办”', '一/1', ['市大数据局'], ['市直有关部门', '市直有关单位', '各县市区政府'], null],
      ['加强数据共享', '一/2', ['市大数据局'], ['市财政局', '市公安局'], ['2020-12-31', '2020-12-31']],
    ]);
  });

  it('reads role verbs in an ASCII labelled field, the central closing form and running text', () => {
    const text = '(一)巩固帮扶成果。保持过渡期内帮扶政策总体稳定。(责任单位:县乡村振兴局牵头,县教育局、县民政局等有关部门参加,各镇街落实)\n'
      + '(二)完善监测机制。健全防止返贫动态监测和帮扶机制。(县乡村振兴局、县民政局按职责分工负责)\n'
      + '(三)强化督导考核。由县委督查室牵头,县乡村振兴局配合,每季度开展一次督导。\n';
    expect(assignments(text).map((a) => [a.measure, a.section, a.leadUnits, a.responsibleUnits])).toEqual([
      ['巩固帮扶成果', '（一）', ['县乡村振兴局'], ['县教育局', '县民政局', '各镇街']],
      ['完善监测机制', '（二）', [], ['县乡村振兴局', '县民政局']],
      ['强化督导考核', '（三）', ['县委督查室'], ['县乡村振兴局']],
    ]);
  });
});

describe('what is not a block', () => {
  it('leaves ordinary brackets, footer labels and running text alone', () => {
    const text = '一、主要任务\n（一）有序扩大家庭医生来源。现阶段家庭医生包括全科医生（含助理全科医生和中医类别全科医生）、乡村医生（2016—2020年）。'
      + '医联体牵头医院牵头、成员单位共同参与，成立双向转诊管理中心（以下简称转诊中心）。\n主办单位：广州市卫生健康委员会 联系方式：020-12320\n';
    expect(assignments(text)).toEqual([]);
  });
});

/** Raw text with one tab-separated line per row, and the RawTable that ingest would give for it. */
function tableText(before: string, rows: string[][], headerRow = 0): { raw: string; tables: RawTable[] } {
  let raw = before;
  const table: RawTable = { rows: [], headerRow };
  for (const row of rows) {
    const cells = row.map((text) => {
      const start = raw.length;
      raw += text + '\t';
      return { text, start, end: start + text.length };
    });
    raw = raw.replace(/\t$/, '\n');
    table.rows.push({ cells });
  }
  return { raw, tables: [table] };
}

describe('task tables (development set, gz 附件2)', () => {
  it('gives one assignment per row, from the 牵头单位 and 配合单位 columns', () => {
    const { raw, tables } = tableText('附件2\n', [
      ['附件2关于推进广州市家庭医生签约服务高质量发展工作的任务分工表', '附件2关于推进广州市家庭医生签约服务高质量发展工作的任务分工表', '附件2关于推进广州市家庭医生签约服务高质量发展工作的任务分工表', '附件2关于推进广州市家庭医生签约服务高质量发展工作的任务分工表', '附件2关于推进广州市家庭医生签约服务高质量发展工作的任务分工表'],
      ['序号', '工作事项', '主要内容', '牵头单位', '配合单位'],
      ['2', '不断优化签约服务团队。', '家庭医生可以家庭医生个人为签约主体，也可以组建团队提供签约服务。', '各区政府', '市卫生健康委、市人社局'],
      ['3', '完善家庭医生培养培训体系。', '做实做细基层医生全科能力提升工程2023年培训计划，培养不少于3500名基层医生。', '各区政府、市卫生健康委', '/'],
    ], 1);
    const got = assignments(raw, { meta, tables });
    expect(got.map((a) => [a.measure, a.leadUnits, a.responsibleUnits, a.deadline])).toEqual([
      ['不断优化签约服务团队：家庭医生可以家庭医生个人为签约主体，也可以组建团队提供签约服务', ['各区政府'], ['市卫生健康委', '市人社局'], null],
      ['完善家庭医生培养培训体系：做实做细基层医生全科能力提升工程2023年培训计划，培养不少于3500名基层医生', ['各区政府', '市卫生健康委'], [], null],
    ]);
    expect(got[0].quote).toBe('2\t不断优化签约服务团队。\t家庭医生可以家庭医生个人为签约主体，也可以组建团队提供签约服务。\t各区政府\t市卫生健康委、市人社局');
  });

  it('reads 责任单位 and 完成时限 columns, and lines up rows that lack their merged first cells', () => {
    const { raw, tables } = tableText('', [
      ['序号', '重点任务', '责任单位', '完成时限'],
      ['1', '建立完善定期例会制度', '东川区委、禄劝县委', '2018年12月'],
      ['建立定期通报制度', '市委组织部', '2018年11月底前'],
    ]);
    const got = assignments(raw, { meta: { issuedOn: '2018-09-13' }, tables });
    expect(got.map((a) => [a.measure, a.responsibleUnits, a.deadline])).toEqual([
      ['建立完善定期例会制度', ['东川区委', '禄劝县委'], ['2018-12-01', '2018-12-31']],
      ['建立定期通报制度', ['市委组织部'], ['2018-11-30', '2018-11-30']],
    ]);
  });
});

describe('task tables written as text', () => {
  it('reads a tab-separated table with a noted header', () => {
    const tabs = '序号\t重点任务\t责任单位（部门）\t完成时限\n1\t强化市级督查\t市脱贫攻坚指挥部办公室、各分指挥部办公室\t2018年11月\n';
    expect(assignments(tabs, { meta: { issuedOn: '2018-09-13' } }).map((a) => [a.measure, a.responsibleUnits, a.deadline])).toEqual([
      ['强化市级督查', ['市脱贫攻坚指挥部办公室', '各分指挥部办公室'], ['2018-11-01', '2018-11-30']],
    ]);
  });

  it('does not read a table without role columns (seed 003 附件)', () => {
    expect(assignments('县区\t乡镇\t现有包乡单位\t增加包乡单位\n东川区\t阿旺镇\t东川区\t晋宁区\n')).toEqual([]);
  });
});
