// Three small documents with hand-written facts for the query tests (see testing.ts): a 楚雄州
// plan, a 昆明市 plan of 2018 and a 大理州 bulletin, with figures at prefecture, county and
// township level, deadlines and periods, assignments, and references in two bracket forms.
import type { DateValue, Region } from '../../schemas/index.js';
import type { FixtureDoc } from './testing.js';

const CHUXIONG: Region = { code: '532300', name: '楚雄彝族自治州' };
const WUDING: Region = { code: '532329', name: '武定县' };
const GAOQIAO: Region = { code: '532329101', name: '高桥镇' };
const DONGCHUAN: Region = { code: '530113', name: '东川区' };
const LUQUAN: Region = { code: '530128', name: '禄劝彝族苗族自治县' };
const DALI: Region = { code: '532900', name: '大理白族自治州' };

const day = (d: string, role: DateValue['role']): DateValue => ({ start: d, end: d, granularity: 'day', role, yearInferred: false });
const span = (start: string, end: string, granularity: DateValue['granularity'], role: DateValue['role']): DateValue => ({
  start, end, granularity, role, yearInferred: false,
});
const quantity = { upper: null, qualifier: null, asOf: null, role: null } as const;

export const PLAN = 'corpus/chuxiong-plan.txt';
export const KUNMING = 'corpus/kunming-2018.txt';
export const BULLETIN = 'corpus/dali-brief.txt';

export const TEST_CORPUS: FixtureDoc[] = [
  {
    source: PLAN,
    title: '楚雄州脱贫攻坚行动方案',
    region: CHUXIONG,
    issuedOn: '2020-04-17',
    text: [
      '楚雄州脱贫攻坚行动方案',
      '一、目标任务',
      '确保6月底前剩余的2903户8331人贫困人口全部达到脱贫退出标准。',
      '武定县贫困发生率降至3%以下，上半年完成易地扶贫搬迁安置。',
      '高桥镇搬迁安置120户。',
      '二、保障措施',
      '根据《云南省决战决胜脱贫攻坚百日总攻行动方案的通知》（云开组〔2020〕4号）精神，做好扶贫工作。',
      '（牵头单位：州扶贫办；责任单位：武定县政府；完成时限：2020年6月30日）',
    ].join('\n'),
    facts: [
      { type: 'date', quote: '6月底前', ...day('2020-06-30', 'deadline') },
      { type: 'quantity', quote: '2903户', ...quantity, value: 2903, unit: '户', metric: '剩余贫困人口', region: CHUXIONG, asOf: day('2020-06-30', 'deadline'), role: 'target' },
      { type: 'quantity', quote: '8331人', ...quantity, value: 8331, unit: '人', metric: '剩余贫困人口', region: CHUXIONG, asOf: day('2020-06-30', 'deadline'), role: 'target' },
      { type: 'region', quote: '武定县', code: WUDING.code, name: WUDING.name, level: 'county' },
      { type: 'quantity', quote: '3%以下', ...quantity, value: 3, unit: '%', qualifier: 'atMost', metric: '贫困发生率', region: WUDING, role: 'target' },
      { type: 'date', quote: '上半年', ...span('2020-01-01', '2020-06-30', 'half', 'deadline') },
      { type: 'region', quote: '高桥镇', code: GAOQIAO.code, name: GAOQIAO.name, level: 'township' },
      { type: 'quantity', quote: '120户', ...quantity, value: 120, unit: '户', metric: '搬迁安置', region: GAOQIAO, role: 'actual' },
      {
        type: 'reference', quote: '《云南省决战决胜脱贫攻坚百日总攻行动方案的通知》（云开组〔2020〕4号）',
        docNumber: '云开组〔2020〕4号', title: '云南省决战决胜脱贫攻坚百日总攻行动方案的通知',
      },
      {
        type: 'assignment', quote: '（牵头单位：州扶贫办；责任单位：武定县政府；完成时限：2020年6月30日）', measure: '做好扶贫工作',
        leaders: [], leadUnits: ['州扶贫办'], responsibleUnits: ['武定县政府'], deadline: day('2020-06-30', 'deadline'),
      },
      { type: 'region', quote: '武定县', nth: 1, code: WUDING.code, name: WUDING.name, level: 'county' },
    ],
  },
  {
    source: KUNMING,
    title: '昆明市脱贫攻坚工作方案',
    region: { code: '530100', name: '昆明市' },
    issuedOn: '2018-09-13',
    text: [
      '昆明市脱贫攻坚工作方案',
      '东川区贫困发生率25.5%，禄劝县发生率13.92%。',
      '2018年12月底前完成易地扶贫搬迁任务。',
      '（责任单位：东川区政府；完成时限：2018年12月）',
      '依据云开组[2020]4号文件执行。',
    ].join('\n'),
    facts: [
      { type: 'region', quote: '东川区', code: DONGCHUAN.code, name: DONGCHUAN.name, level: 'county' },
      { type: 'quantity', quote: '25.5%', ...quantity, value: 25.5, unit: '%', metric: '东川区贫困发生率', canonicalMetric: '贫困发生率', region: DONGCHUAN, role: 'actual' },
      { type: 'region', quote: '禄劝县', code: LUQUAN.code, name: LUQUAN.name, level: 'county' },
      // the metric as written lacks 贫困: only its canonical key has it
      { type: 'quantity', quote: '13.92%', ...quantity, value: 13.92, unit: '%', metric: '发生率', canonicalMetric: '贫困发生率', region: LUQUAN, role: 'actual' },
      { type: 'date', quote: '2018年12月底前', ...day('2018-12-31', 'deadline') },
      { type: 'region', quote: '东川区', nth: 1, code: DONGCHUAN.code, name: DONGCHUAN.name, level: 'county' },
      {
        type: 'assignment', quote: '（责任单位：东川区政府；完成时限：2018年12月）', measure: '完成易地扶贫搬迁任务',
        leaders: [], leadUnits: [], responsibleUnits: ['东川区政府'], deadline: span('2018-12-01', '2018-12-31', 'month', 'deadline'),
      },
      { type: 'reference', quote: '云开组[2020]4号', docNumber: '云开组[2020]4号', title: null },
    ],
  },
  {
    source: BULLETIN,
    title: '大理州扶贫简报',
    region: DALI,
    text: ['大理州扶贫简报', '全州2020年上半年贫困人口减少1.2万人。', '易地扶贫搬迁后续扶持有力。'].join('\n'),
    facts: [
      { type: 'date', quote: '2020年上半年', ...span('2020-01-01', '2020-06-30', 'half', 'period') },
      {
        type: 'quantity', quote: '1.2万人', ...quantity, value: 12000, unit: '人', metric: '贫困人口减少', canonicalMetric: '贫困人口',
        region: DALI, asOf: span('2020-01-01', '2020-06-30', 'half', 'period'), role: 'actual',
      },
    ],
  },
];
