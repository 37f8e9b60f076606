import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docFromText } from '../core/testing.js';
import { rawSpan } from '../normalise/index.js';
import { decodeFlatOffsets, decodeOffsets, encodeOffsets } from './offsets.js';

const SEEDS = join(import.meta.dirname, '..', '..', 'seeds');
const seeds = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
const seedText = (name: string) => readFileSync(join(SEEDS, name), 'utf8');

const roundTrip = (map: Int32Array) => decodeOffsets(encodeOffsets(map));

describe('stored offset maps', () => {
  it.each(seeds)('round trip of the normalised seed %s', (name) => {
    const doc = docFromText(seedText(name));
    const back = roundTrip(doc.rawOffset);
    expect(back).toEqual(doc.rawOffset);
    expect(back.length).toBe(doc.text.length + 1);
  });

  it('round trip of a PDF text with joined lines and page breaks, at a fraction of the flat size', () => {
    // seed 002 as a PDF gives it: lines broken mid-sentence, spaces inside numbers, two pages
    const raw = seedText('002_082f253b5ebad11d.txt');
    const half = raw.indexOf('（4）饮水安全专项行动');
    const doc = docFromText(raw, { format: 'pdf', pageStarts: [0, half] });
    expect(doc.text).toContain('完成10900名因病致贫人口、2017名因残致贫人口和8989名患病、残疾人口精准帮扶工作。');
    const blob = encodeOffsets(doc.rawOffset);
    const back = decodeOffsets(blob);
    expect(back).toEqual(doc.rawOffset);
    expect(blob.byteLength).toBeLessThan(doc.rawOffset.byteLength / 4);
    // what the readers do with the map: a joined figure's raw span, and its page
    const at = doc.text.indexOf('10900名');
    expect(raw.slice(...rawSpan(back, at, at + 6))).toBe('10900 名');
    const later = doc.text.indexOf('有未解决安全饮用水');
    expect(raw.slice(...rawSpan(back, later, later + 9))).toBe('有未解决安全饮用水');
    expect(back[later]! >= half).toBe(true);
  });

  it('keeps maps where normalised text runs ahead of the raw (delta falling, negative)', () => {
    const map = Int32Array.from([0, 0, 0, 1, 5, 6, 6, 9]);
    expect(roundTrip(map)).toEqual(map);
    const blob = encodeOffsets(map);
    // deltas 0, -1, -2, -2, 1, 1, 0, 2: [length, then (at, delta) at 0, 1, 2, 4, 6, 7]
    expect(blob.byteLength).toBe(4 * (1 + 2 * 6));
    expect(blob.readInt32LE(0)).toBe(8);
    expect([blob.readInt32LE(4 * 5), blob.readInt32LE(4 * 6)]).toEqual([2, -2]);
  });

  it('an empty text has a one-entry map, stored as one run', () => {
    const map = Int32Array.from([7]);
    expect(encodeOffsets(map).byteLength).toBe(12);
    expect(roundTrip(map)).toEqual(map);
  });

  it('reads a blob stored before schema 4 (one Int32 per unit) and refuses it as runs', () => {
    const doc = docFromText(seedText(seeds[0]!));
    const flat = Buffer.from(doc.rawOffset.buffer, doc.rawOffset.byteOffset, doc.rawOffset.byteLength);
    expect(decodeFlatOffsets(flat)).toEqual(doc.rawOffset);
    expect(() => decodeOffsets(Buffer.alloc(8))).toThrow(/not a run-encoded offset map/);
  });
});
