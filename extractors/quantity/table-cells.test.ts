import { describe, expect, it } from 'vitest';
import { runOn } from '../../src/core/testing.js';
import { EXTRACTORS, REFINERS } from '../index.js';
import type { QuantityRecord } from '../../schemas/index.js';
import { cellFigure, columnUnit } from './table-cells.js';

const BULLETIN = '附件\n全县防返贫动态监测情况统计表\n'
  + '序号\t乡镇\t监测户数（户）\t监测人数（人）\t帮扶资金（万元）\t风险消除率（%）\t备注\n'
  + '1\t城关镇\t255\t1,020\t36.5\t66.7\t\n'
  + '2\t河西乡\t114\t444\t12\t78.9\t含3户新识别\n'
  + '合计\t\t369\t1464\t48.5\t70.5\t\n';

function quantities(text: string) {
  return runOn([...EXTRACTORS], text, { refiners: [...REFINERS], meta: { issuedOn: '2022-09-15' } }).facts
    .filter((f) => f.type === 'quantity')
    .map((f) => f.record as QuantityRecord)
    .map((q) => [q.quote, q.value, q.unit, q.metric]);
}

describe('quantity.table', () => {
  it('reads a column header’s unit and multiplier', () => {
    expect(columnUnit('监测户数（户）')).toEqual({ metric: '监测户数', unit: '户', multiplier: expect.anything() });
    expect(columnUnit('帮扶资金(万元)')!.multiplier.toNumber()).toBe(10000);
    expect(columnUnit('风险消除率（%）')!.unit).toBe('%');
    expect(columnUnit('乡镇')).toBeNull();
    expect(columnUnit('备注（说明）')).toBeNull();
  });

  it('gives every bare figure of a column the unit and the name its header writes', () => {
    expect(quantities(BULLETIN)).toEqual([
      ['255', 255, '户', '监测户数'], ['1,020', 1020, '人', '监测人数'], ['36.5', 365000, '元', '帮扶资金'], ['66.7', 66.7, '%', '风险消除率'],
      ['114', 114, '户', '监测户数'], ['444', 444, '人', '监测人数'], ['12', 120000, '元', '帮扶资金'], ['78.9', 78.9, '%', '风险消除率'],
      ['3户', 3, '户', expect.anything()],
      ['369', 369, '户', '监测户数'], ['1464', 1464, '人', '监测人数'], ['48.5', 485000, '元', '帮扶资金'], ['70.5', 70.5, '%', '风险消除率'],
    ]);
  });

  it('reads nothing from a table whose headers name no unit (a task table)', () => {
    const text = '序号\t重点任务\t牵头单位\t完成时限\n1\t新建高标准农田2万亩\t县农业农村局\t2024年10月\n2\t改造提升3个冷链仓储点\t县商务局\t2024年12月\n';
    expect(quantities(text).map((q) => q[0])).toEqual(['2万亩', '3个']);
  });

  it('reads a table copied as text with its cells set apart by spaces, in the unit its 单位 line gives', () => {
    const text = '附件\n2024年第二批衔接资金分配表\n单位：万元\n'
      + '县市区\u3000合计\u3000其中：产业发展\u3000以工代赈\n'
      + '合计\u30003120\u30002340\u3000780\n'
      + '东安县\u30001860\u30001395\u3000465\n'
      + '新宁县\u30001260\u3000945\u3000315\n';
    expect(quantities(text)).toEqual([
      ['3120', 31200000, '元', '合计'], ['2340', 23400000, '元', '产业发展'], ['780', 7800000, '元', '以工代赈'],
      ['1860', 18600000, '元', '合计'], ['1395', 13950000, '元', '产业发展'], ['465', 4650000, '元', '以工代赈'],
      ['1260', 12600000, '元', '合计'], ['945', 9450000, '元', '产业发展'], ['315', 3150000, '元', '以工代赈'],
    ]);
  });

  it('leaves a serial-number column out of the table’s unit, and lines a short total row up from the right', () => {
    const text = '单位：亿元\n序号\t地区\t项目个数（个）\t额度\n1\t南宁市\t52\t38.6\n2\t柳州市\t38\t27.4\n合计\t90\t66.0\n';
    expect(quantities(text)).toEqual([
      ['52', 52, '个', '项目个数'], ['38.6', 3860000000, '元', '额度'], ['38', 38, '个', '项目个数'], ['27.4', 2740000000, '元', '额度'],
      ['90', 90, '个', '项目个数'], ['66.0', 6600000000, '元', '额度'],
    ]);
  });

  it('reads the figure forms of an indicator table’s cells', () => {
    expect(cellFigure('7左右')).toEqual({ value: '7', upper: null, qualifier: 'approx', cumulative: false });
    expect(cellFigure('>10')).toEqual({ value: '10', upper: null, qualifier: 'moreThan', cumulative: false });
    expect(cellFigure('＜5.5')).toEqual({ value: '5.5', upper: null, qualifier: 'lessThan', cumulative: false });
    expect(cellFigure('〔25〕')).toEqual({ value: '25', upper: null, qualifier: null, cumulative: true });
    expect(cellFigure('5—6')).toEqual({ value: '5', upper: '6', qualifier: null, cumulative: false });
    expect(cellFigure('—')).toBeNull();
    expect(cellFigure('预期性')).toBeNull();
    expect(cellFigure('高于地区生产总值增长')).toBeNull();
  });
});

/** quote, value, unit, upper, qualifier, metric, asOf year, role of each quantity of a table. */
function indicators(text: string, issuedOn = '2021-06-18') {
  return runOn([...EXTRACTORS], text, { refiners: [...REFINERS], meta: { issuedOn } }).facts
    .filter((f) => f.type === 'quantity')
    .map((f) => f.record as QuantityRecord)
    .map((q) => [q.quote, q.value, q.unit, q.upper, q.qualifier, q.metric, q.asOf?.start?.slice(0, 4) ?? null, q.role]);
}

describe('quantity.table: a plan’s indicator table', () => {
  it('takes each row’s unit from its 单位 column, and each figure’s year and role from its column', () => {
    const text = '表1　“十四五”农业农村现代化主要指标\n'
      + '类别\t指标\t单位\t2020年\t2025年\t属性\n'
      + '粮食安全\t粮食综合生产能力\t万吨\t612.4\t620\t约束性\n'
      + '质量效益\t农产品加工业产值\t亿元\t1850\t2600\t预期性\n'
      + '质量效益\t农业科技进步贡献率\t%\t58.5\t62\t预期性\n';
    expect(indicators(text)).toEqual([
      ['612.4', 6124000, '吨', null, null, '粮食综合生产能力', '2020', 'actual'],
      ['620', 6200000, '吨', null, null, '粮食综合生产能力', '2025', 'target'],
      ['1850', 185000000000, '元', null, null, '农产品加工业产值', '2020', 'actual'],
      ['2600', 260000000000, '元', null, null, '农产品加工业产值', '2025', 'target'],
      ['58.5', 58.5, '%', null, null, '农业科技进步贡献率', '2020', 'actual'],
      ['62', 62, '%', null, null, '农业科技进步贡献率', '2025', 'target'],
    ]);
  });

  it('takes a row’s unit from the indicator’s name when the table has no 单位 column', () => {
    const text = '指标\t2020年\t2025年\t属性\n'
      + '农村自来水普及率（%）\t86\t92\t约束性\n'
      + '乡村快递服务站点（个）\t1260\t2000\t预期性\n'
      + '每千人口拥有执业（助理）医师数（人）\t2.6\t3.1\t预期性\n';
    expect(indicators(text)).toEqual([
      ['86', 86, '%', null, null, '农村自来水普及率', '2020', 'actual'],
      ['92', 92, '%', null, null, '农村自来水普及率', '2025', 'target'],
      ['1260', 1260, '个', null, null, '乡村快递服务站点', '2020', 'actual'],
      ['2000', 2000, '个', null, null, '乡村快递服务站点', '2025', 'target'],
      ['2.6', 2.6, '人', null, null, '每千人口拥有执业（助理）医师数', '2020', 'actual'],
      ['3.1', 3.1, '人', null, null, '每千人口拥有执业（助理）医师数', '2025', 'target'],
    ]);
  });

  it('reads a 年均增长（%） column in %, a 〔 〕 period sum in the row’s unit, both goals of the plan, and leaves serial numbers alone', () => {
    const text = '序号\t指标\t2020年\t2025年\t年均增长（%）\t属性\n'
      + '1\t地区生产总值（亿元）\t2150.6\t3000\t7左右\t预期性\n'
      + '2\t研发经费投入增长（%）\t—\t—\t>12\t预期性\n'
      + '3\t城镇新增就业（万人）\t—\t—\t〔12〕\t预期性\n'
      + '4\t劳动年龄人口平均受教育年限（年）\t10.2\t10.8\t—\t约束性\n';
    expect(indicators(text)).toEqual([
      ['2150.6', 215060000000, '元', null, null, '地区生产总值', '2020', 'actual'],
      ['3000', 300000000000, '元', null, null, '地区生产总值', '2025', 'target'],
      ['7左右', 7, '%', null, 'approx', '地区生产总值年均增长', '2025', 'target'],
      ['>12', 12, '%', null, 'moreThan', '研发经费投入增长', '2025', 'target'],
      ['〔12〕', 120000, '人', null, null, '城镇新增就业', '2025', 'target'],
      ['10.2', 10.2, '年', null, null, '劳动年龄人口平均受教育年限', '2020', 'actual'],
      ['10.8', 10.8, '年', null, null, '劳动年龄人口平均受教育年限', '2025', 'target'],
    ]);
  });

  it('lets 基期 and 目标 in a year column’s header decide the role, whatever the document’s year', () => {
    const text = '指标\t基期值（2020年）\t目标值（2025年）\t属性\n'
      + '常住人口城镇化率（%）\t58.3\t63\t预期性\n'
      + '城市建成区面积（平方公里）\t96\t5—6\t预期性\n';
    expect(indicators(text, '2026-03-02')).toEqual([
      ['58.3', 58.3, '%', null, null, '常住人口城镇化率', '2020', 'actual'],
      ['63', 63, '%', null, null, '常住人口城镇化率', '2025', 'target'],
      ['96', 96, '平方公里', null, null, '城市建成区面积', '2020', 'actual'],
      ['5—6', 5, '平方公里', 6, null, '城市建成区面积', '2025', 'target'],
    ]);
  });

  it('dates a project table’s money column by the year its header names', () => {
    const text = '序号\t项目名称\t总投资（万元）\t2024年计划投资（万元）\t责任单位\n'
      + '1\t县城供水管网改造项目\t3600\t1200\t县水利局\n'
      + '2\t农产品冷链物流中心项目\t2500\t800\t县商务局\n';
    expect(indicators(text, '2024-03-05').map((q) => [q[0], q[1], q[5], q[6], q[7]])).toEqual([
      ['3600', 36000000, '总投资', '2024', null],
      ['1200', 12000000, '2024年计划投资', '2024', 'target'],
      ['2500', 25000000, '总投资', '2024', null],
      ['800', 8000000, '2024年计划投资', '2024', 'target'],
    ]);
  });
});

