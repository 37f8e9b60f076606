import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { docFromText } from '../core/testing.js';

const seed = (name: string) => docFromText(readFileSync(new URL(`../../seeds/${name}`, import.meta.url), 'utf8'));
const outline = (text: string) => docFromText(text).sections.map((s) => `${s.path} ${s.heading}`);

describe('outline', () => {
  it('seed 000 (a bulletin) has no outline', () => {
    expect(seed('000_866b6ceaaad5277c.txt').sections).toEqual([]);
  });

  it('seed 001: 一、/（一）/(一) with headings up to the first 。', () => {
    const paths = seed('001_1d944455b0e5cc05.txt').sections.map((s) => `${s.path} ${s.heading}`);
    expect(paths).toHaveLength(24);
    expect(paths.slice(0, 3)).toEqual(['一 总体要求', '二 目标任务', '二/（一） 户户达标、人人过关']);
    expect(paths).toContain('四/（一） 坚决打赢攻克深度贫困堡垒攻坚战硬仗');
    expect(paths).toContain('四/（六） 坚决打赢摆脱“思想贫困、精神贫困”攻坚战硬仗');
    expect(paths.at(-1)).toBe('五/（四） 强化纪律意识');
  });

  it('seed 002 (an infographic) has only its （1）…（10） actions', () => {
    const paths = seed('002_082f253b5ebad11d.txt').sections.map((s) => s.path);
    expect(paths).toEqual(['（1）', '（2）', '（3）', '（4）', '（5）', '（6）', '（7）', '（8）', '（9）', '（10）']);
  });

  it('seed 003: three levels, item numbers without their dot', () => {
    const d = seed('003_07e0f9554186f11e.txt');
    const paths = d.sections.map((s) => `${s.path} ${s.heading}`);
    expect(paths).toContain('二/（一）/1 建立完善定期例会制度');
    expect(paths).toContain('二/（一）/3 建立约谈制度');
    expect(paths).toContain('二/（二）/5 驻村扶贫队员责任');
    expect(d.sections.filter((s) => s.level === 1).map((s) => s.path)).toEqual(['一', '二', '三']);
  });

  it('seed 004 (a reply) has no outline: 一是/二是 are enumerations', () => {
    expect(seed('004_dc595c5d65ef9aab.txt').sections).toEqual([]);
  });

  it('a numbered figure is not a heading', () => {
    expect(outline('致贫原因\n1.42\n万人\n1. 建立通报制度。每月通报。')).toEqual(['1 建立通报制度']);
  });

  it('a notice and its enclosed plan each start their own outline', () => {
    const text = '关于印发方案的通知\n一、请认真落实\n二、及时报送\n工作方案\n一、总体要求\n（一）目标。确保完成。\n二、主要任务';
    expect(outline(text)).toEqual(['一 请认真落实', '二 及时报送', '一 总体要求', '一/（一） 目标', '二 主要任务']);
  });

  it('items numbered on across their parents keep counting (（三） under 二、)', () => {
    const text = '一、总体要求\n（一）稳定就业。要求。\n（二）支持创业。要求。\n二、政策措施\n（三）加大贴息力度。要求。\n1.深化合作。\n2.发展贸易。\n（四）支持载体建设。\n3.推动跨境电商。';
    expect(outline(text)).toEqual([
      '一 总体要求', '一/（一） 稳定就业', '一/（二） 支持创业', '二 政策措施', '二/（三） 加大贴息力度',
      '二/（三）/1 深化合作', '二/（三）/2 发展贸易', '二/（四） 支持载体建设', '二/（四）/3 推动跨境电商',
    ]);
  });

  it('chapters and articles of a regulation: 第X章/第X条 paths', () => {
    const text = '第一章 总则\n第一条 为了规范管理，制定本办法。\n第二条 本办法适用于全市。\n第二章 职责\n第三条 市政府负责统筹。\n（一）制定规划；';
    expect(outline(text)).toEqual([
      '第一章 总则', '第一章/第一条 为了规范管理，制定本办法', '第一章/第二条 本办法适用于全市', '第二章 职责',
      '第二章/第三条 市政府负责统筹', '第二章/第三条/（一） 制定规划；',
    ]);
  });
});
