import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportJsonSchema } from './json-schema.js';
import { ExportRecord } from './index.js';

describe('export-v1 JSON Schema', () => {
  it('is current with the Zod schemas (run `npm run schema` after changing them)', () => {
    const committed = readFileSync(new URL('./export-v1.schema.json', import.meta.url), 'utf8');
    expect(committed).toBe(exportJsonSchema());
  });

  it('accepts a quantity record as the spec describes it and rejects one without a span', () => {
    const q = {
      type: 'quantity', doc: '1d944455b0e5cc05', quote: '2903户', span: [210, 215], section: '二/（一）',
      value: 2903, unit: '户', upper: null, qualifier: null, metric: '剩余贫困人口',
      region: { code: '532300', name: '楚雄彝族自治州' }, asOf: null, role: 'target',
    };
    expect(ExportRecord.safeParse(q).success).toBe(true);
    const { span: _span, ...noSpan } = q;
    expect(ExportRecord.safeParse(noSpan).success).toBe(false);
  });
});
