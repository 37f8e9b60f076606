import { describe, expect, it } from 'vitest';
import { isHan, queryRuns, searchGrams } from './grams.js';

describe('searchGrams (the tokens of the full-text index)', () => {
  it('a run of Chinese characters: its overlapping pairs, then its last character alone', () => {
    expect(searchGrams('易地扶贫搬迁')).toBe('易地 地扶 扶贫 贫搬 搬迁 迁');
    expect(searchGrams('贫')).toBe('贫');
    expect(searchGrams('')).toBe('');
  });

  it('other text passes through, set apart from the Chinese by spaces; punctuation ends a run', () => {
    expect(searchGrams('到2020年底，贫困发生率降至0.5%。')).toBe('到 2020 年底 底 ， 贫困 困发 发生 生率 率降 降至 至 0.5%。');
    expect(searchGrams('GDP增长6.5%')).toBe('GDP 增长 长 6.5%');
    expect(searchGrams('（一）')).toBe('（ 一 ）');
  });

  it('〇, the compatibility block and characters outside the BMP are Chinese; one pair per two characters', () => {
    expect(searchGrams('二〇二〇年')).toBe('二〇 〇二 二〇 〇年 年');
    expect(searchGrams('𠮷野家')).toBe('𠮷野 野家 家');
    expect(searchGrams('a𠮷b')).toBe('a 𠮷 b');
    expect(searchGrams('北京')).toBe('北京 京');
  });

  it('a real sentence of a seed', () => {
    expect(searchGrams('全州共有建档立卡贫困人口92504户343609人。')).toBe(
      '全州 州共 共有 有建 建档 档立 立卡 卡贫 贫困 困人 人口 口 92504 户 343609 人 。',
    );
  });

  it('the Han ranges', () => {
    expect([0x4e00, 0x9fff, 0x3400, 0x4dbf, 0xf900, 0xfaff, 0x3007, 0x20000, 0x323af].every(isHan)).toBe(true);
    expect([0x3006, 0x3001, 0xff0c, 0x41, 0x30, 0x3041, 0xac00, 0x1f600].some(isHan)).toBe(false);
  });
});

describe('queryRuns (the pieces of a query)', () => {
  it('runs of Chinese characters and words of letters and digits, in order, each once', () => {
    expect(queryRuns('2020年脱贫攻坚')).toEqual([
      { text: '2020', han: false },
      { text: '年脱贫攻坚', han: true },
    ]);
    expect(queryRuns('扶贫 GDP 扶贫')).toEqual([
      { text: '扶贫', han: true },
      { text: 'GDP', han: false },
    ]);
  });

  it('ASCII punctuation inside a word is kept, at its ends dropped; whitespace and other punctuation separate; no letter or digit, no word', () => {
    expect(queryRuns("增长6.5%，（2020）GDP(2020) a，b")).toEqual([
      { text: '增长', han: true },
      { text: '6.5', han: false },
      { text: '2020', han: false },
      { text: 'GDP(2020', han: false },
      { text: 'a', han: false },
      { text: 'b', han: false },
    ]);
    expect(queryRuns('，。 “” ')).toEqual([]);
  });
});
