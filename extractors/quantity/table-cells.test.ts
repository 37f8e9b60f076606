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
});
