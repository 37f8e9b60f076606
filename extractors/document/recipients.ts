// `recipients`: the 主送机关 — the line after the title that ends with `：`, or `主送：…`.
import type { FieldCandidate, FieldExtractor } from '../../src/core/types.js';
import { splitBodies } from './bodies.js';
import { layoutOf } from './layout.js';

export const recipientsExtractor: FieldExtractor = {
  id: 'document.recipients',
  version: '1.3.0',
  kind: 'field',
  scope: 'document',
  extract(_segment, ctx): FieldCandidate[] {
    const r = layoutOf(ctx.doc).recipients;
    const value = r ? splitBodies(r.text) : [];
    return r && value.length ? [{ field: 'recipients', value, start: r.start, end: r.end }] : [];
  },
};
