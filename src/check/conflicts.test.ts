// Figures compared across documents: same metric, region, unit, date and role.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEEDS } from '../../test/helpers/cli.js';
import { checkTexts } from './testing.js';

const REPORT = (figure: string) => `楚雄州脱贫攻坚工作情况报告\n\n截至2018年底，全州建档立卡贫困人口减少到${figure}。\n`;
const conflicts = (texts: Record<string, string>) =>
  checkTexts(texts).findings.filter((f) => f.record.kind === 'conflict').map((f) => f.record);

describe('sameFigure', () => {
  it('two documents giving 45165人 and 45615人 for 2018年底 楚雄州 建档立卡贫困人口: one conflict', () => {
    const found = conflicts({ 'a.txt': REPORT('45165人'), 'b.txt': REPORT('45615人') });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: 'conflict', status: 'inconsistent', rule: 'sameFigure', expected: 45165, actual: 45615 });
    expect(found[0].facts.map((f) => f.quote)).toEqual(['45165人', '45615人']);
    expect(found[0].message).toMatch(/^Conflicting 建档立卡贫困人口 \(楚雄彝族自治州, 2018-12-31, actual\): 45165人 in a\.txt .* vs 45615人 in b\.txt/);
  });

  it('4.5万人 and 45165人 differ only by rounding: no conflict', () => {
    const found = conflicts({ 'a.txt': REPORT('45165人'), 'b.txt': REPORT('4.5万人') });
    expect(found.filter((f) => f.status === 'inconsistent')).toEqual([]);
    expect(found).toMatchObject([{ status: 'consistent', rule: 'sameFigure' }]);
  });

  it('a target and an actual are not compared', () => {
    const target = '楚雄州脱贫攻坚工作方案\n\n力争到2018年底，全州建档立卡贫困人口减少到40000人。\n';
    expect(conflicts({ 'a.txt': REPORT('45165人'), 'b.txt': target })).toEqual([]);
  });

  it('figures for different dates are a time series, not a conflict', () => {
    const later = '楚雄州脱贫攻坚工作情况报告\n\n截至2019年底，全州建档立卡贫困人口减少到9000人。\n';
    expect(conflicts({ 'a.txt': REPORT('45165人'), 'b.txt': later })).toEqual([]);
  });
});

describe('version: two copies of one numbered document', () => {
  const NOTICE = (figure: string) =>
    `楚雄州扶贫开发领导小组关于印发行动方案的通知\n楚贫组发〔2020〕8号\n\n全州安排扶贫项目1701个，己开工${figure}，开工率为97%。全州共建立扶贫车间169个。\n`;

  it('lists each figure that differs between the copies', () => {
    const report = checkTexts({ 'notice.txt': NOTICE('1650个'), 'notice-web.txt': NOTICE('1560个') });
    const versions = report.findings.filter((f) => f.record.rule === 'version').map((f) => f.record);
    expect(versions).toHaveLength(1);
    expect(versions[0]).toMatchObject({ kind: 'conflict', status: 'inconsistent', expected: 1650, actual: 1560 });
    expect(versions[0].message).toMatch(/^Versions of 楚贫组发〔2020〕8号 differ: 1650个 in notice\.txt .* vs 1560个 in notice-web\.txt/);
  });

  it('a web copy of seed 001 with its lines broken differently and one figure changed: that figure only', () => {
    const plan = readFileSync(join(SEEDS, '001_1d944455b0e5cc05.txt'), 'utf8');
    const copy = plan.replace('剩余的2903户8331', '剩余的2930户8331').replace(/。\n/g, '。\n\n');
    const report = checkTexts({ 'plan.txt': plan, 'plan-web.txt': copy });
    const versions = report.findings.filter((f) => f.record.rule === 'version').map((f) => f.record);
    expect(versions.map((v) => [v.expected, v.actual, v.facts.map((x) => x.quote)])).toEqual([[2903, 2930, ['2903户', '2930户']]]);
    expect(report.findings.filter((f) => f.record.rule === 'sameFigure')).toEqual([]);
  });

  it('identical figures give no version finding', () => {
    const report = checkTexts({ 'notice.txt': NOTICE('1650个'), 'notice-web.txt': `${NOTICE('1650个')}\n` });
    expect(report.findings.filter((f) => f.record.rule === 'version')).toEqual([]);
  });
});
