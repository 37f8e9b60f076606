import { readFileSync, readdirSync } from 'node:fs';
import nodejieba from 'nodejieba';
import { describe, expect, it } from 'vitest';
import { DOMAIN_WORDS } from './domain-words.js';
import { cutEnds, cutterName, tag } from './jieba.js';
import { cutWords } from './words.js';

const seedLines = readdirSync('seeds')
  .filter((f) => f.endsWith('.txt') || f.endsWith('.md'))
  .flatMap((f) => readFileSync(`seeds/${f}`, 'utf8').split('\n'))
  .filter((line) => line.trim().length > 0);

describe('the word cutter', () => {
  it("is gongwen's own binding, built by npm's prepare", () => {
    expect(cutterName).toBe('gongwen_jieba');
  });

  it('cuts a seed sentence into whole words, domain words included', () => {
    expect(cutWords('确保6月底前剩余的2903户8331人贫困人口全部达到脱贫退出标准').map((w) => w.word)).toEqual([
      '确保', '6', '月底', '前', '剩余', '的', '2903', '户', '8331', '人', '贫困人口', '全部', '达到', '脱贫', '退出', '标准',
    ]);
  });

  it('cuts every line of the seeds exactly as nodejieba does', () => {
    nodejieba.cut('预热');
    for (const w of DOMAIN_WORDS) nodejieba.insertWord(w);
    let compared = 0;
    for (const line of seedLines) {
      const ends = Array.from(cutEnds(line));
      const words = ends.map((end, i) => line.slice(i ? ends[i - 1] : 0, end));
      expect(words).toEqual(nodejieba.cut(line, true));
      compared++;
    }
    expect(compared).toBeGreaterThan(500);
  });

  it('tags as nodejieba does', () => {
    const line = '（牵头领导：李明、李林波；牵头单位：州扶贫办；责任单位：各县市人民政府）';
    expect(tag(line)).toEqual(nodejieba.tag(line));
  });

  it('keeps characters beyond the BMP and lone surrogates in place', () => {
    const text = '𠀀测试\ud800产业';
    expect(cutWords(text, 10).map((w) => [w.word, w.start, w.end])).toEqual([
      ['𠀀', 10, 12], ['测试', 12, 14], ['\ud800', 14, 15], ['产业', 15, 17],
    ]);
  });
});
