import { describe, expect, it } from 'vitest';
import { runOn } from '../../src/core/testing.js';
import { EXTRACTORS, REFINERS } from '../index.js';
import type { QuantityRecord } from '../../schemas/index.js';
import { columnUnit } from './table-cells.js';

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
});
