import { describe, expect, it } from 'vitest';
import { docFromText } from '../core/testing.js';
import { searchTerms, WordCut } from './words.js';

const SENTENCE = '大力推进易地扶贫搬迁，确保大理石材企业在大理州落户';

describe('WordCut', () => {
  it('tells a whole word from a name inside a longer word (大理 in 大理石)', () => {
    const cut = new WordCut(SENTENCE);
    const stone = SENTENCE.indexOf('大理石');
    const prefecture = SENTENCE.indexOf('大理州');
    expect(cut.isWhole(stone, stone + 2)).toBe(false);
    expect(cut.isWhole(stone, stone + 3)).toBe(true);
    expect(cut.isWhole(prefecture, prefecture + 3)).toBe(true);
    expect(cut.isWhole(SENTENCE.indexOf('推进'), SENTENCE.indexOf('推进') + 2)).toBe(true);
  });

  it('gives the search terms of the words inside a range only, with the parts of long words', () => {
    const cut = new WordCut(SENTENCE);
    expect(cut.searchTerms(0, SENTENCE.indexOf('，'))).toEqual([
      '大力', '推进', '易地', '地扶', '扶贫', '贫搬', '搬迁', '易地扶', '地扶贫', '扶贫搬', '贫搬迁', '易地扶贫搬迁',
    ]);
    // a word cut by the range's end is left out
    expect(cut.searchTerms(0, 5)).toEqual(['大力', '推进']);
  });

  it('leaves punctuation and spaces out of the terms, keeps figures and Latin words', () => {
    expect(searchTerms('全省GDP增长 6.5%。')).toEqual(['全省', 'GDP', '增长', '6.5']);
  });
});

describe('a document answers from one cut', () => {
  it('isWholeWord and searchTerms read the document text at document offsets', () => {
    const doc = docFromText('一、总体要求\n确保大理石材企业在大理州落户。');
    const at = doc.text.indexOf('大理州');
    expect(doc.isWholeWord(at, at + 3)).toBe(true);
    expect(doc.isWholeWord(doc.text.indexOf('大理石'), doc.text.indexOf('大理石') + 2)).toBe(false);
    const sentence = doc.sentences.find((s) => s.text.includes('大理州'))!;
    expect(doc.searchTerms(sentence.start, sentence.end)).toEqual(searchTerms(sentence.text));
  });
});
