import { describe, expect, it } from 'vitest';
import { processDocument } from '../pipeline/process.js';
import { ingestBytes } from './index.js';
import { readMarkdown } from './markdown.js';

const PLAN = [
  '# 关于印发2021年巩固脱贫成果工作方案的通知',
  '',
  '各县市人民政府：',
  '',
  '| 序号 | 工作任务 | 牵头单位 | 责任单位 | 完成时限 |',
  '| :---: | --- | --- | --- | --- |',
  '| 1 | 完成易地扶贫搬迁后续扶持3000户 | 州发展改革委 | 各县市人民政府 | 2021年6月底前 |',
  '| 2 | 新增农村劳动力转移就业1.2万人 | 州人力资源社会保障局 | 各县市人民政府 | 2021年12月底前 |',
  '',
  '州扶贫开发领导小组',
].join('\n');

describe('readMarkdown', () => {
  it('reads a pipe table as rows of tab-separated cells, the delimiter row dropped, cells at their offsets', () => {
    const { raw, tables } = readMarkdown(PLAN);
    expect(raw.split('\n').slice(4, 8)).toEqual([
      '序号\t工作任务\t牵头单位\t责任单位\t完成时限',
      '1\t完成易地扶贫搬迁后续扶持3000户\t州发展改革委\t各县市人民政府\t2021年6月底前',
      '2\t新增农村劳动力转移就业1.2万人\t州人力资源社会保障局\t各县市人民政府\t2021年12月底前',
      '',
    ]);
    expect(tables).toHaveLength(1);
    expect(tables[0]!.headerRow).toBe(0);
    expect(tables[0]!.rows.map((r) => r.cells.map((c) => c.text))[2]).toEqual(['2', '新增农村劳动力转移就业1.2万人', '州人力资源社会保障局', '各县市人民政府', '2021年12月底前']);
    for (const cell of tables[0]!.rows.flatMap((r) => r.cells)) expect(raw.slice(cell.start, cell.end)).toBe(cell.text);
    // text outside the table stays as written
    expect(raw.startsWith(PLAN.slice(0, PLAN.indexOf('| 序号')))).toBe(true);
    expect(raw.endsWith('\n州扶贫开发领导小组')).toBe(true);
  });

  it('leaves a line with a pipe but no delimiter row under it as text', () => {
    const text = '完成率 | 进度\n全州已完成85%。';
    expect(readMarkdown(text)).toEqual({ raw: text, tables: [] });
  });

  it('keeps an escaped pipe inside a cell', () => {
    const { tables } = readMarkdown('| 指标 | 说明 |\n|---|---|\n| 覆盖率 | 户数\\|人数 |\n');
    expect(tables[0]!.rows[1]!.cells.map((c) => c.text)).toEqual(['覆盖率', '户数|人数']);
  });
});

describe('a task table in a Markdown notice', () => {
  it('gives one assignment a row, with its lead and responsible units and its deadline', async () => {
    const result = processDocument(await ingestBytes('plan.md', Buffer.from(PLAN)));
    const assignments = result.facts.filter((f) => f.type === 'assignment').map((f) => f.record);
    expect(assignments.map((a) => a.type === 'assignment' && [a.leadUnits, a.responsibleUnits, a.deadline?.start])).toEqual([
      [['州发展改革委'], ['各县市人民政府'], '2021-06-30'],
      [['州人力资源社会保障局'], ['各县市人民政府'], '2021-12-31'],
    ]);
  });
});
