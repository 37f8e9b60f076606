// Merging stores made on separate machines into one: each input is opened read-only, and each of
// its documents is copied, with everything read from it, in one transaction, unless OUT already
// has that document from the same or a newer pipeline. Merging again changes nothing.
import type Database from 'better-sqlite3';
import { resolve } from 'node:path';
import { GONGWEN_VERSION, pipelineKey } from '../pipeline/version.js';
import { StoreError } from './errors.js';
import { Store } from './index.js';
import { searchGrams } from '../text/grams.js';
import { indexSentence, unindexDocument } from './fts.js';

export interface MergeCounts {
  store: string;
  /** documents OUT did not have */
  new: number;
  /** documents OUT had from an older pipeline */
  replaced: number;
  /** documents OUT had already (same or newer pipeline) */
  kept: number;
  /** facts copied */
  facts: number;
}

/** Tables copied row by row for a document (the full-text index follows sentences), in foreign-key order. */
const DOC_TABLES = ['sections', 'sentences', 'facts', 'diagnostics'] as const;

export function mergeStores(inputs: string[], out: string, onStore?: (c: MergeCounts) => void): MergeCounts[] {
  for (const input of inputs) {
    if (resolve(input) === resolve(out)) throw new StoreError(`${input}: is the output store; merge other stores into it`);
  }
  // every input is checked before OUT is touched, so a newer store stops the merge before it starts
  const sources = inputs.map((path) => Store.openReadOnly(path));
  const target = Store.open(out);
  const runId = target.beginRun(`merge ${inputs.join(' ')}`, GONGWEN_VERSION);
  const all: MergeCounts[] = [];
  try {
    inputs.forEach((path, i) => {
      const counts = mergeOne(sources[i]!.db, target.db, path, runId);
      all.push(counts);
      onStore?.(counts);
    });
  } finally {
    const total = all.reduce((t, c) => ({ new: t.new + c.new, replaced: t.replaced + c.replaced, unchanged: t.unchanged + c.kept }), {
      new: 0, replaced: 0, unchanged: 0,
    });
    target.finishRun(runId, { ...total, failed: 0 });
    target.close();
    for (const s of sources) s.close();
  }
  return all;
}

function mergeOne(src: Database.Database, out: Database.Database, path: string, runId: number): MergeCounts {
  const counts: MergeCounts = { store: path, new: 0, replaced: 0, kept: 0, facts: 0 };
  const copy = copier(src, out, runId);
  const current = pipelineKey();
  const docs = src.prepare('SELECT doc, pipeline FROM documents ORDER BY doc').all() as { doc: string; pipeline: string }[];
  const existing = out.prepare('SELECT pipeline FROM documents WHERE doc = ?');
  for (const { doc, pipeline } of docs) {
    const have = existing.get(doc) as { pipeline: string } | undefined;
    if (have && !isNewer(pipeline, have.pipeline, current)) {
      counts.kept++;
      continue;
    }
    counts.facts += copy(doc, Boolean(have));
    counts[have ? 'replaced' : 'new']++;
  }
  return counts;
}

/** Copies one document, replacing OUT's copy; returns the number of facts copied. */
function copier(src: Database.Database, out: Database.Database, runId: number) {
  const docColumns = columns(out, 'documents').filter((c) => c !== 'run_id');
  const readDoc = src.prepare(`SELECT ${docColumns.join(', ')} FROM documents WHERE doc = ?`);
  const writeDoc = out.prepare(`INSERT INTO documents(${docColumns.join(', ')}, run_id) VALUES (${docColumns.map(() => '?').join(', ')}, ?)`);
  const tables = DOC_TABLES.map((table) => {
    // facts.id is OUT's own; copying in id order keeps the order of facts that tie on span
    const cols = columns(out, table).filter((c) => c !== 'id');
    return {
      table,
      read: src.prepare(`SELECT ${cols.join(', ')} FROM ${table} WHERE doc = ? ORDER BY rowid`),
      write: out.prepare(`INSERT INTO ${table}(${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`),
      cols,
    };
  });
  const prepared = new Map<string, Database.Statement>();
  const sql = (text: string) => prepared.get(text) ?? prepared.set(text, out.prepare(text)).get(text)!;
  const readSources = src.prepare('SELECT path FROM sources WHERE doc = ?').pluck();
  // a path OUT already maps keeps its mapping: OUT's store saw that path itself
  const writeSource = out.prepare('INSERT OR IGNORE INTO sources(path, doc) VALUES (?, ?)');
  const deleteDoc = out.prepare('DELETE FROM documents WHERE doc = ?');

  return out.transaction((doc: string, replace: boolean): number => {
    if (replace) {
      // the full-text rows are not covered by the cascade
      unindexDocument(sql, doc);
      deleteDoc.run(doc);
    }
    const row = readDoc.get(doc) as Record<string, unknown>;
    writeDoc.run(...docColumns.map((c) => row[c]), runId);
    let facts = 0;
    const sentences: [number | bigint, string][] = [];
    for (const t of tables) {
      for (const r of t.read.iterate(doc) as Iterable<Record<string, unknown>>) {
        const info = t.write.run(...t.cols.map((c) => r[c]));
        if (t.table === 'sentences') sentences.push([info.lastInsertRowid, r.text as string]);
        if (t.table === 'facts') facts++;
      }
    }
    for (const path of readSources.all(doc) as string[]) writeSource.run(path, doc);
    // indexed from their text under OUT's rowids, as extract would, and after the document's other
    // rows: FTS5 writes out what it holds at every foreign-key-checked insert (see Store.pendingIndex)
    for (const [rowid, text] of sentences) indexSentence(sql, rowid, searchGrams(text));
    return facts;
  });
}

function columns(db: Database.Database, table: string): string[] {
  return (db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all(table) as string[]);
}

/**
 * Whether pipeline `a` is newer than `b`: the current one is newest; otherwise `a` is newer when
 * no stage or extractor of it has a lower version than in `b` and one has a higher one (or is new).
 */
export function isNewer(a: string, b: string, current: string): boolean {
  if (a === b) return false;
  if (a === current || b === current) return a === current;
  const va = JSON.parse(a) as Record<string, string>;
  const vb = JSON.parse(b) as Record<string, string>;
  let higher = false;
  for (const key of new Set([...Object.keys(va), ...Object.keys(vb)])) {
    if (va[key] === vb[key]) continue;
    if (vb[key] === undefined) higher = true;
    else if (va[key] === undefined) continue;
    else if (va[key].localeCompare(vb[key], 'en', { numeric: true }) < 0) return false;
    else higher = true;
  }
  return higher;
}
