// The benchmark's parts that decide what its figures mean: the generated corpus, the slope, the
// peer's units.
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpus, paragraphs, prng, varyFigures } from '../src/bench/corpus.js';
import { unitOf } from '../src/bench/peer.js';
import { logSlope } from '../src/bench/report.js';
import { SEEDS, tempDir } from './helpers/cli.js';

describe('benchmark corpus', () => {
  it('varies figures but keeps dates, document numbers and outline numbers', () => {
    const text = '1.截至2020年4月17日，全州剩余贫困人口2903户8331人，占比达97.45%。\n楚贫组发〔2020〕8号\n（3）第2批';
    const varied = varyFigures(text, prng(7));
    expect(varied).toMatch(/^1\.截至2020年4月17日，全州剩余贫困人口\d{4}户\d{4}人，占比达\d{2}\.\d{2}%。\n楚贫组发〔2020〕8号\n（3）第2批$/u);
    expect(varied).not.toContain('2903户');
    expect(varyFigures(text, prng(7))).toBe(varied);
    expect(varyFigures(text, prng(8))).not.toBe(varied);
  });

  it('cuts PDF-broken text into paragraphs at sentence ends, not at every line break', () => {
    expect(paragraphs('一、总体要求\n大理州按照要\n求推进。\n第二段。\n')).toEqual(['一、总体要求\n大理州按照要\n求推进。\n', '第二段。\n']);
  });

  it('builds distinct documents of 5–50 KB up to the size asked, and reuses a finished corpus', async () => {
    const root = tempDir('gongwen-bench-corpus-');
    const corpus = await buildCorpus([SEEDS], root, 300 * 1024, 3);
    expect(corpus.bytes).toBeGreaterThanOrEqual(300 * 1024);
    const hashes = new Set(corpus.files.map((f) => createHash('sha256').update(readFileSync(f)).digest('hex')));
    expect(hashes.size).toBe(corpus.files.length);
    for (const f of corpus.files) {
      expect(statSync(f).size).toBeGreaterThan(4 * 1024);
      expect(statSync(f).size).toBeLessThan(60 * 1024);
    }
    expect(corpus.bytes).toBe(corpus.files.reduce((n, f) => n + statSync(f).size, 0));
    const again = await buildCorpus([SEEDS], root, 300 * 1024, 3);
    expect(again.files).toEqual(corpus.files);
    expect(again.dir).toBe(join(root, '300KB-seed3'));
  });
});

describe('benchmark figures', () => {
  it('the log-log slope is 1 for linear growth and 2 for quadratic', () => {
    expect(logSlope([1, 10, 100], [3, 30, 300])).toBeCloseTo(1, 10);
    expect(logSlope([1, 10, 100], [3, 300, 30000])).toBeCloseTo(2, 10);
  });

  it('takes the peer\'s unit from the text after its numeral', () => {
    expect(unitOf('3.2万亿元')).toBe('元');
    expect(unitOf('5.6平方公里')).toBe('平方公里');
    expect(unitOf('约30万元')).toBe('元');
    expect(unitOf('1.42万')).toBeNull();
  });
});
