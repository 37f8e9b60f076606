// `printCount`: `（共印 N 份）` at the foot of an older bulletin's 版记.
import type { FieldCandidate, FieldExtractor } from '../../src/core/types.js';
import { numeralValue } from '../../src/text/numerals.js';
import { PRINT_COUNT } from './words.js';

export const printCountExtractor: FieldExtractor = {
  id: 'document.printCount',
  version: '1.1.0',
  kind: 'field',
  scope: 'document',
  extract(segment): FieldCandidate[] {
    const all = [...segment.text.matchAll(new RegExp(PRINT_COUNT.source, 'gu'))];
    const m = all.at(-1);
    const n = m ? numeralValue(m[1]) : null;
    return m && n !== null && Number.isInteger(n) ? [{ field: 'printCount', value: n, start: m.index, end: m.index + m[0].length }] : [];
  },
};
