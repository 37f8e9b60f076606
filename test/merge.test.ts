// `gongwen merge`: stores made on separate machines become one, as if one machine had extracted all.
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { isNewer } from '../src/store/merge.js';
import { gongwen, SEEDS, tempDir } from './helpers/cli.js';

const seeds = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort().map((f) => join(SEEDS, f));

function rows(db: string) {
  const conn = new Database(db, { readonly: true });
  const n = (t: string) => (conn.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n;
  const counts = Object.fromEntries(['documents', 'sources', 'sections', 'sentences', 'sentence_fts', 'facts', 'diagnostics'].map((t) => [t, n(t)]));
  // the full-text index must point at the right sentences, whatever rowids they got, with the same
  // tokens (the index keeps no copy of them, but lists them per row) and scores
  conn.exec('CREATE VIRTUAL TABLE temp.fts_words USING fts5vocab(main, sentence_fts, instance)');
  const indexed = new Map<number, string[]>();
  for (const w of conn.prepare('SELECT doc, term, offset FROM temp.fts_words ORDER BY doc, offset').all() as { doc: number; term: string; offset: number }[]) {
    indexed.set(w.doc, [...(indexed.get(w.doc) ?? []), `${w.term}@${w.offset}`]);
  }
  const fts = (conn.prepare('SELECT rowid AS id, doc, idx FROM sentences ORDER BY doc, idx').all() as {
    id: number;
    doc: string;
    idx: number;
  }[]).map(({ id, ...r }) => ({ ...r, words: indexed.get(id) ?? [] }));
  const scores = conn
    .prepare(`SELECT s.doc, s.idx, bm25(sentence_fts) AS score FROM sentence_fts JOIN sentences s ON s.rowid = sentence_fts.rowid
      WHERE sentence_fts MATCH '"脱贫"' ORDER BY s.doc, s.idx`)
    .all();
  const sources = conn.prepare('SELECT path, doc FROM sources ORDER BY path').all();
  conn.close();
  return { counts, fts, scores, sources };
}

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('gongwen merge', () => {
  const dir = tempDir();
  const [a, b, all, out] = ['a.db', 'b.db', 'all.db', 'out.db'].map((f) => join(dir, f)) as [string, string, string, string];
  let allExport = '';

  beforeAll(() => {
    // two machines: the first three seeds, and the last three (the middle one on both)
    gongwen(['extract', ...seeds.slice(0, 3), '--db', a, '-q']);
    gongwen(['extract', ...seeds.slice(2), '--db', b, '-q']);
    gongwen(['extract', ...seeds, '--db', all, '-q']);
    allExport = gongwen(['export', '--db', all]).stdout;
  }, 120_000);

  it('merges two stores into the store one machine would have made: same export, same rows, no duplicate', () => {
    const before = [sha(a), sha(b)];
    const r = gongwen(['merge', a, b, '--db', out]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^${a}: 3 new, 0 replaced, 0 already there; \\d+ facts copied\n${b}: 2 new, 0 replaced, 1 already there; \\d+ facts copied\n$`));
    expect(gongwen(['export', '--db', out]).stdout).toBe(allExport);
    expect(rows(out)).toEqual(rows(all));
    expect(rows(out).counts.documents).toBe(5);
    expect(rows(out).scores.length).toBeGreaterThan(0);
    // the inputs are read, never written
    expect([sha(a), sha(b)]).toEqual(before);
  });

  it('merging again changes nothing', () => {
    const r = gongwen(['merge', a, b, '--db', out]);
    expect(r.stdout).toMatch(new RegExp(`^${a}: 0 new, 0 replaced, 3 already there; 0 facts copied\n${b}: 0 new, 0 replaced, 3 already there; 0 facts copied\n$`));
    expect(gongwen(['export', '--db', out]).stdout).toBe(allExport);
    expect(rows(out)).toEqual(rows(all));
  });

  it('a document OUT holds from an older pipeline is replaced, with all it had', () => {
    const conn = new Database(out);
    const doc = (conn.prepare('SELECT doc FROM documents ORDER BY doc LIMIT 1').get() as { doc: string }).doc;
    const old = JSON.parse((conn.prepare('SELECT pipeline FROM documents WHERE doc = ?').get(doc) as { pipeline: string }).pipeline);
    conn.prepare('UPDATE documents SET pipeline = ? WHERE doc = ?').run(JSON.stringify({ ...old, normalise: '0' }), doc);
    conn.prepare('DELETE FROM facts WHERE id IN (SELECT id FROM facts WHERE doc = ? LIMIT 3)').run(doc);
    conn.close();
    const r = gongwen(['merge', a, b, '--db', out]);
    // the document is in both inputs: replaced by the first, already there for the second
    expect(r.stdout.split('\n')[0]).toMatch(/: 0 new, 1 replaced, 2 already there; \d+ facts copied$/);
    expect(gongwen(['export', '--db', out]).stdout).toBe(allExport);
    expect(rows(out)).toEqual(rows(all));
  });

  it('refuses a store from a newer gongwen, before touching OUT', () => {
    const newer = join(dir, 'newer.db');
    gongwen(['extract', seeds[0]!, '--db', newer, '-q']);
    const conn = new Database(newer);
    conn.pragma('user_version = 99');
    conn.close();
    const fresh = join(dir, 'fresh.db');
    const r = gongwen(['merge', a, newer, '--db', fresh]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toMatch(/^error: .*newer\.db: store was made by a newer gongwen \(schema 99, this gongwen knows \d+\); upgrade gongwen$/);
    expect(existsSync(fresh)).toBe(false);
  });

  it('refuses to merge a store into itself', () => {
    const r = gongwen(['merge', out, '--db', out]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe(`error: ${out}: is the output store; merge other stores into it`);
  });
});

describe('isNewer (which of two pipelines a merge keeps)', () => {
  const key = (v: Record<string, string>) => JSON.stringify(v);
  const current = key({ normalise: '2', 'quantity.metric': '3' });

  it('the current pipeline is newest; otherwise a higher version of one part, none lower', () => {
    expect(isNewer(current, key({ normalise: '9', 'quantity.metric': '1' }), current)).toBe(true);
    expect(isNewer(key({ normalise: '9', 'quantity.metric': '1' }), current, current)).toBe(false);
    expect(isNewer(key({ normalise: '10', x: '1' }), key({ normalise: '9', x: '1' }), current)).toBe(true);
    expect(isNewer(key({ normalise: '1', x: '2' }), key({ normalise: '2', x: '1' }), current)).toBe(false);
    expect(isNewer(key({ normalise: '1', y: '1' }), key({ normalise: '1' }), current)).toBe(true);
    expect(isNewer(current, current, current)).toBe(false);
  });
});
