import { describe, expect, it } from 'vitest';
import { docFromText } from '../core/testing.js';
import { rawSpan } from '../normalise/index.js';

describe('page map', () => {
  it('a normalised offset finds its raw offset and PDF page across a joined page break', () => {
    // page 1 ends mid-sentence (`…5月底前全面完成动态新增`), page 2 continues it
    const page1 = '（二）村村清、村村实。确保5月底前全面完成动态新增\n';
    const page2 = '4类重点对象危房改造，共改造1200户。\n';
    const doc = docFromText(page1 + page2, { pageStarts: [0, page1.length] });
    expect(doc.text).toBe('（二）村村清、村村实。确保5月底前全面完成动态新增4类重点对象危房改造，共改造1200户。');
    const at = doc.text.indexOf('1200户');
    expect(doc.pageAt(doc.text.indexOf('确保'))).toBe(1);
    expect(doc.pageAt(at)).toBe(2);
    expect((page1 + page2).slice(...rawSpan(doc.rawOffset, at, at + 5))).toBe('1200户');
  });
});
