import { describe, expect, it } from 'vitest';
import { pageText, type Run } from './pdf-lines.js';

/** A run of 16-point text whose characters are an em wide, at `x`, `y` (y down the page). */
const run = (text: string, x: number, y: number, size = 16): Run => ({ text, x, y, dir: [1, 0], width: [...text].length * size, size });

describe('pageText', () => {
  it('puts the runs of a line left to right, whatever order they come in', () => {
    // `各县（市、区）人民政府，` is 12 ems: the second run starts at 72 + 12 × 16
    const runs = [run('市直各单位：', 264, 100), run('各县（市、区）人民政府，', 72, 100)];
    expect(pageText(runs)).toBe('各县（市、区）人民政府，市直各单位：');
  });

  it('reads the lines top to bottom: a page number written first ends the page, a signature written last comes in its place', () => {
    const runs = [
      run('— 2 —', 270, 800, 14),
      run('请认真贯彻执行。', 72, 100),
      run('2024年3月8日', 360, 180),
      run('某市人民政府办公室', 344, 152),
      run('现将实施方案印发给你们，', 104, 76),
    ];
    expect(pageText(runs)).toBe('现将实施方案印发给你们，\n请认真贯彻执行。\n某市人民政府办公室\n2024年3月8日\n— 2 —');
  });

  it('keeps a raised or lowered run (a superscript, a run of another font) on its line', () => {
    const runs = [run('平方米', 184, 100), run('新建校舍1.2万', 72, 100), run('2', 230, 94, 9)];
    expect(pageText(runs)).toBe('新建校舍1.2万平方米2');
  });

  it('separates runs across a wide gap by a tab, and only those', () => {
    // 序号 ends at 104, 任务 at 152; 抄送： ends 4 points before the next run
    const runs = [run('序号', 72, 700), run('牵头单位', 200, 700), run('任务', 120, 700), run('市委办公室。', 124, 724), run('抄送：', 72, 724)];
    expect(pageText(runs)).toBe('序号\t任务\t牵头单位\n抄送：市委办公室。');
  });

  it('leaves out a space run lying over text written later (pdf.js bridges a jump in the stream so), keeps one in a gap', () => {
    const space = (x: number, width: number, y = 100): Run => ({ ...run(' ', x, y), width });
    const runs = [run('现将《', 104, 100), space(152, 224), run('，共5.2万亩。', 376, 100), run('2024', 152, 100), run('年高标准农田建设任务', 216, 100)];
    expect(pageText(runs)).toBe('现将《2024年高标准农田建设任务，共5.2万亩。');
    expect(pageText([run('—', 270, 800, 14), space(284, 14, 800), run('3', 298, 800, 14), space(312, 14, 800), run('—', 326, 800, 14)])).toBe('— 3 —');
  });

  it('reads a run drawn twice in the same place (a fake bold) once', () => {
    const runs = [run('一、总体要求', 104, 100), run('一、总体要求', 104.4, 100), run('坚持', 104, 124)];
    expect(pageText(runs)).toBe('一、总体要求\n坚持');
  });

  it('reads a page whose text runs up the page in its own frame', () => {
    // turned a quarter to the left: the text runs up (y falls), its first line is on the left
    const up = (text: string, x: number, y: number): Run => ({ ...run(text, x, y), dir: [0, -1] });
    const runs = [up('完成时限', 120, 636), up('牵头单位', 120, 700), up('第二行', 140, 700)];
    expect(pageText(runs)).toBe('牵头单位完成时限\n第二行');
  });

  it('keeps text at another angle (a diagonal watermark) out of the lines, after them', () => {
    const diagonal = (text: string, x: number, y: number): Run => ({ ...run(text, x, y), dir: [0.707, -0.707] });
    const runs = [
      run('各乡镇要于6月底前完成排查，', 104, 300), diagonal('内部', 200, 310), run('逐户建立台账。', 72, 324), diagonal('资料', 240, 270),
    ];
    expect(pageText(runs)).toBe('各乡镇要于6月底前完成排查，\n逐户建立台账。\n内部资料');
  });

  it('leaves out empty runs and gives nothing for a page without text', () => {
    expect(pageText([run('', 72, 100), run('正文', 72, 124)])).toBe('正文');
    expect(pageText([])).toBe('');
  });
});
