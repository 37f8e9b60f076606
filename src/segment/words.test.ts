import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { docFromText } from '../core/testing.js';
import { cutWords, WordCut } from './words.js';

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

  it('tells where a word starts, whatever its length (以上 then 城区: no word starts at 上)', () => {
    const text = '推动网络在县级以上城区深度覆盖';
    const cut = new WordCut(text);
    expect(cut.startsWord(text.indexOf('以上'))).toBe(true);
    expect(cut.startsWord(text.indexOf('上城'))).toBe(false);
    expect(cut.startsWord(text.indexOf('城区'))).toBe(true);
  });

  it('cuts only the sentences a question touches', () => {
    const text = '一是加快易地扶贫搬迁。二是确保大理石材企业在大理州落户。三是抓好产业发展。';
    const parts = [0, text.indexOf('二'), text.indexOf('三'), text.length];
    const cut = new WordCut(text, parts.slice(0, -1).map((start, i) => ({ start, end: parts[i + 1]! })));
    const at = text.indexOf('大理州');
    expect(cut.isWhole(at, at + 3)).toBe(true);
    expect(cut.isWhole(at, at + 2)).toBe(false);
    expect(cut.piecesCut).toBe(1);
  });
});

describe('a document answers as if each sentence were cut alone', () => {
  it('every word boundary of every sentence of a seed, and nothing inside a word', () => {
    const doc = docFromText(readFileSync(new URL('../../seeds/000_866b6ceaaad5277c.txt', import.meta.url), 'utf8'));
    let words = 0;
    for (const sentence of doc.sentences.slice(0, 80)) {
      for (const w of cutWords(sentence.text, sentence.start)) {
        words++;
        expect(doc.isWholeWord(w.start, w.end)).toBe(true);
        if (w.end - w.start > 1) expect(doc.isWholeWord(w.start, w.start + 1)).toBe(false);
      }
    }
    expect(words).toBeGreaterThan(500);
  });

  it('reads the document text at document offsets', () => {
    const doc = docFromText('一、总体要求\n确保大理石材企业在大理州落户。');
    const at = doc.text.indexOf('大理州');
    expect(doc.isWholeWord(at, at + 3)).toBe(true);
    expect(doc.isWholeWord(doc.text.indexOf('大理石'), doc.text.indexOf('大理石') + 2)).toBe(false);
  });
});
