import { describe, expect, it } from 'vitest';
import { normalise, rawSpan } from './index.js';

const norm = (raw: string) => normalise({ raw, format: 'txt' });

/** Every character of the normalised text maps back to the same character in the raw text, unless normalisation changed it. */
function expectRoundTrip(raw: string) {
  const { text, rawOffset } = norm(raw);
  expect(rawOffset.length).toBe(text.length + 1);
  for (let i = 1; i < rawOffset.length; i++) expect(rawOffset[i]).toBeGreaterThanOrEqual(rawOffset[i - 1]);
  return { text, rawOffset };
}

describe('normalise', () => {
  it('joins lines a PDF broke mid-sentence and drops the stray spaces (seed 000)', () => {
    const raw = '严格落实省、\n\n州疫情防控部署，加强对弥渡、祥云、大理等蔬菜重点\n\n县 20 个龙头企业和合作社以及鹤庆、祥云、弥渡 6 个重\n\n点养殖企业等带贫主体的产销情况调度，协调解决产品\n\n运输难、销售难问题。  \n\n打好 “就业战 ”，贫困群众稳定增收。';
    const { text } = expectRoundTrip(raw);
    expect(text).toBe('严格落实省、州疫情防控部署，加强对弥渡、祥云、大理等蔬菜重点县20个龙头企业和合作社以及鹤庆、祥云、弥渡6个重点养殖企业等带贫主体的产销情况调度，协调解决产品运输难、销售难问题。\n打好“就业战”，贫困群众稳定增收。');
  });

  it('joins a number split from its unit across a page break (seed 001)', () => {
    const raw = '（一）户户达标、人人过关。围绕“两不愁三保障”，严把脱贫质量，加大投入和帮扶力度，确保6月底前剩余的2903户8331\n\n人贫困人口全部达到脱贫退出标准。';
    expect(norm(raw).text).toBe('（一）户户达标、人人过关。围绕“两不愁三保障”，严把脱贫质量，加大投入和帮扶力度，确保6月底前剩余的2903户8331人贫困人口全部达到脱贫退出标准。');
  });

  it('removes the fragment a page break repeats (`责\\n\\n责任单位`)', () => {
    const raw = '为贫困群众稳定增收提供保障。（牵头领导：赵克义；牵头单位：州财政局；责\n\n责任单位：州扶贫开发领导小组成员单位，各县市党委、政府）';
    expect(norm(raw).text).toBe('为贫困群众稳定增收提供保障。（牵头领导：赵克义；牵头单位：州财政局；责任单位：州扶贫开发领导小组成员单位，各县市党委、政府）');
  });

  it('keeps headings and label lines on lines of their own', () => {
    const raw = '一、总体要求\n\n以习近平新时代中国特色社会主义思想为指导\n责任单位：东川区委、禄劝县委\n\n完成时限：2018年12月';
    expect(norm(raw).text).toBe('一、总体要求\n以习近平新时代中国特色社会主义思想为指导\n责任单位：东川区委、禄劝县委\n完成时限：2018年12月');
  });

  it('folds full-width digits, letters and ％ but keeps Chinese punctuation', () => {
    expect(norm('占比达１００％，共２０个（ＲＣＥＰ）〔2020〕8号《方案》；3．5万').text).toBe('占比达100%，共20个（RCEP）〔2020〕8号《方案》；3.5万');
  });

  it('drops markdown emphasis, headings and rules', () => {
    expect(norm('# 楚雄彝族自治州文件\n\n**一是坚决落实“四不摘”要求。**在全省率先\n\n---\n\n联系电话：3025589').text).toBe(
      '楚雄彝族自治州文件\n一是坚决落实“四不摘”要求。在全省率先\n联系电话：3025589',
    );
  });

  it('drops page numbers on lines of their own', () => {
    expect(norm('确保脱贫质量。\n— 3 —\n二、目标任务').text).toBe('确保脱贫质量。\n二、目标任务');
  });

  it('maps every normalised offset back to the raw text', () => {
    const raw = '全州已安排项目资金 24.3 亿元，完成投资 5.88\n\n亿元  。';
    const { text, rawOffset } = expectRoundTrip(raw);
    expect(text).toBe('全州已安排项目资金24.3亿元，完成投资5.88亿元。');
    const at = text.indexOf('24.3亿元');
    expect(rawSpan(rawOffset, at, at + 6)).toEqual([10, 17]);
    expect(raw.slice(...rawSpan(rawOffset, at, at + 6))).toBe('24.3 亿元');
    const yi = text.indexOf('5.88亿元');
    expect(raw.slice(...rawSpan(rawOffset, yi, yi + 4))).toBe('5.88');
    expect(raw[rawOffset[yi + 4]]).toBe('亿');
  });

  it('keeps characters outside the Basic Multilingual Plane intact', () => {
    const raw = '𠮷野家 20 个';
    expect(norm(raw).text).toBe('𠮷野家20个');
  });
});
