// A table's 合计 row against its columns (detect/table-total.ts).
import { describe, expect, it } from 'vitest';
import { change, findingsOf, valuesOf } from './testing.js';

const TABLE = '附件\n全县防返贫动态监测情况统计表\n'
  + '序号\t乡镇\t监测户数（户）\t监测人数（人）\t帮扶资金（万元）\t风险消除率（%）\n'
  + '1\t城关镇\t255\t1020\t36.5\t66.7\n'
  + '2\t河西乡\t114\t444\t12\t78.9\n'
  + '3\t石门镇\t138\t593\t20.5\t72.5\n'
  + '合计\t507\t2057\t69\t70.2\n';

/** status, rule, and the figures largest first: the total, then its parts */
const summary = (text: string) => findingsOf(text).map((f) => [f.status, f.rule, ...valuesOf(f).sort((a, b) => b - a)]);

describe('a table’s total row', () => {
  it('is the sum of each column of figures above it; a column of rates is not summed', () => {
    expect(summary(TABLE)).toEqual([
      ['consistent', 'sum', 507, 255, 138, 114],
      ['consistent', 'sum', 2057, 1020, 593, 444],
      ['consistent', 'sum', 690000, 365000, 205000, 120000],
    ]);
  });

  it('flags a column that does not add up when every row has its cells', () => {
    const wrong = change(TABLE.replace('合计\t507', '合计\t\t507'), '\t2057\t', '\t2075\t');
    expect(summary(wrong).map((f) => f.slice(0, 3))).toEqual([
      ['consistent', 'sum', 507], ['inconsistent', 'sum', 2075], ['consistent', 'sum', 690000],
    ]);
  });

  it('reports only sums that hold when the total row is short of cells, and none in a table with subtotals', () => {
    const wrong = change(TABLE, '\t2057\t', '\t2075\t');
    expect(summary(wrong).map((f) => f.slice(0, 3))).toEqual([['consistent', 'sum', 507], ['consistent', 'sum', 690000]]);
    const nested = TABLE.replace('3\t石门镇', '小计\t城区').replace('\n合计', '\n合计');
    expect(summary(nested)).toEqual([]);
  });
});
