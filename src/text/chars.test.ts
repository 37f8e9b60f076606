import { describe, expect, it } from 'vitest';
import { CharClass, isAsciiDigitAt, WordTable } from './chars.js';

describe('CharClass', () => {
  const cls = new CharClass('年月0０');

  it('tests the code unit at a position, false past either end', () => {
    const text = '2020年4月';
    expect([...text].map((_, i) => cls.at(text, i))).toEqual([false, true, false, true, true, false, true]);
    expect(cls.at(text, -1)).toBe(false);
    expect(cls.at(text, text.length)).toBe(false);
  });

  it('tests one-character strings only', () => {
    expect(cls.has('０')).toBe(true);
    expect(cls.has('日')).toBe(false);
    expect(cls.has('年月')).toBe(false);
    expect(cls.has(undefined)).toBe(false);
  });

  it('refuses a member of two code units, which no text[i] could equal', () => {
    expect(() => new CharClass(['𠀀'])).toThrow(/not one UTF-16 code unit/);
  });
});

describe('isAsciiDigitAt', () => {
  it('is true for 0-9 only', () => {
    expect([...'09a０'].map((_, i) => isAsciiDigitAt('09a０', i))).toEqual([true, true, false, false]);
    expect(isAsciiDigitAt('1', 1)).toBe(false);
  });
});

describe('WordTable', () => {
  const table = new WordTable(['个月', '个', '月份', '月', '平方米']);

  it('finds the first word of the table, in its order, at a position', () => {
    expect(table.matchAt('3个月内', 1)).toBe('个月');
    expect(table.matchAt('3个人', 1)).toBe('个');
    expect(table.matchAt('6月份', 1)).toBe('月份');
    expect(table.matchAt('100平方公里', 3)).toBeUndefined();
    expect(table.matchAt('3个', 2)).toBeUndefined();
  });

  it('gives the words that share the first unit at a position, in the table order', () => {
    expect(table.candidatesAt('个', 0)).toEqual(['个月', '个']);
    expect(table.candidatesAt('人', 0)).toEqual([]);
  });

  it('refuses an empty word', () => {
    expect(() => new WordTable([''])).toThrow(/empty/);
  });
});
