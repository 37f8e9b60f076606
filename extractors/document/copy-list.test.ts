import { describe, expect, it } from 'vitest';
import { runOn } from '../../src/core/testing.js';
import { copyListExtractor } from './copy-list.js';
import { REPLY, SEED_000, SEED_004, STATE_COUNCIL_PDF, seed } from './fixtures.js';
import { printCountExtractor } from './print-count.js';

const run = (text: string) => runOn([copyListExtractor, printCountExtractor], text).meta;

describe('document.copyTo and printCount', () => {
  it('reads 抄送, splitting full names joined by 、', () => {
    expect(run(seed(SEED_004)).copyTo).toEqual(['州政府办公室', '州政协提案委员会']);
    expect(run(REPLY).copyTo).toEqual(['省人大常委会人事代表工作委员会', '省政府督查室']);
  });

  it('follows a list over its lines up to the printing line', () => {
    expect(run(STATE_COUNCIL_PDF).copyTo).toEqual(['党中央各部门', '中央军委办公厅', '各战区', '全国人大常委会办公厅', '全国政协办公厅']);
  });

  it('reads a bulletin 报/送/发 lists and its print count', () => {
    const meta = run(seed(SEED_000));
    expect(meta.copyTo).toEqual([
      '国务院扶贫办', '省委常委', '省人大常委会、省人民政府、省政协领导', '省高院', '省检察院',
      '各州(市)扶贫开发领导小组', '省扶贫开发领导小组成员单位', '省级“挂包帮”单位',
      '各州(市)扶贫办', '各县（市区）扶贫办', '各贫困乡（镇）', '省扶贫办各处、各直属单位',
    ]);
    expect(meta.printCount).toBe(1070);
  });

  it('reads a print count in Chinese numerals, and none where there is none', () => {
    expect(run('简报\n报：省委办公厅。\n（共印二百份）').printCount).toBe(200);
    expect(run(seed(SEED_004)).printCount).toBeNull();
  });
});
