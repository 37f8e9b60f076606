// The fact store: better-sqlite3, WAL, one transaction per document, versioned migrations.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DocumentRecord, ExportRecord, SectionRecord } from '../../schemas/index.js';
import type { Diagnostic, Doc, Fact } from '../core/types.js';
import { codePointMapper } from '../core/offsets.js';
import { StoreError } from './errors.js';
import { searchGrams } from '../text/grams.js';
import { indexSentence, unindexDocument } from './fts.js';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations.js';
import { encodeOffsets } from './offsets.js';

export { StoreError };
export const DEFAULT_DB = 'out/gongwen.db';

/** The parts of a segmented document the store keeps: plain data, so a worker thread can send it. */
export type DocData = Pick<
  Doc,
  'id' | 'source' | 'format' | 'encoding' | 'byteLength' | 'raw' | 'text' | 'rawOffset' | 'pageStarts' | 'sections' | 'sentences'
>;

/** A row of the `sections` table as the readers select it. */
export interface SectionRow {
  path: string;
  level: number;
  heading: string;
  quote: string;
  span_start: number;
  span_end: number;
}

/** Everything stored for one document, written in one transaction. */
export interface DocumentResult {
  source: string;
  document: DocumentRecord;
  doc: DocData;
  sections: SectionRecord[];
  facts: Fact[];
  diagnostics: Diagnostic[];
  pipeline: Record<string, string>;
  /**
   * Each sentence's full-text index tokens, `searchGrams(text)`, made where the document was
   * extracted (a worker) so that the single store writer does less; made here when absent.
   */
  searchWords?: string[];
}

export interface RunCounts {
  new: number;
  unchanged: number;
  replaced: number;
  failed: number;
}

export type WriteOutcome = 'new' | 'replaced';

/** A sentence's row in the full-text index: its rowid and its tokens. */
interface IndexRow {
  rowid: number | bigint;
  grams: string;
}

export class Store {
  readonly db: Database.Database;
  private readonly statements = new Map<string, Database.Statement>();
  private grouping: { docs: number; ms: number } | null = null;
  private group: { docs: number; timer: NodeJS.Timeout; since: number } | null = null;
  /**
   * Full-text rows of the open group's documents, indexed just before it commits. FTS5 writes out
   * what it holds in memory whenever another statement opens a statement journal (every insert
   * checked by a foreign key does), so indexing a sentence right after storing it wrote one tiny
   * segment per sentence, and merging them cost a fifth of the store stage.
   */
  private pendingIndex: IndexRow[] = [];

  private constructor(db: Database.Database) {
    this.db = db;
  }

  /** A prepared statement, prepared once per connection (preparing costs more than most inserts). */
  private sql(text: string): Database.Statement {
    let statement = this.statements.get(text);
    if (!statement) {
      statement = this.db.prepare(text);
      this.statements.set(text, statement);
    }
    return statement;
  }

  /** Opens (creating if needed) a store for writing, migrating it to the current schema. */
  static open(path: string): Store {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    let db: Database.Database;
    try {
      db = new Database(path);
    } catch (err) {
      throw new StoreError(`${path}: cannot open store (${(err as Error).message})`);
    }
    db.pragma('busy_timeout = 15000');
    try {
      // before anything is written, WAL mode included
      retryWhileBusy(() => {
        refuseForeign(db, path);
        const version = db.pragma('user_version', { simple: true }) as number;
        if (version > SCHEMA_VERSION) throw newerStore(path, version);
        db.pragma('journal_mode = WAL');
      });
    } catch (err) {
      db.close();
      if (err instanceof StoreError) throw err;
      throw new StoreError(`${path}: not a gongwen store (${(err as Error).message})`);
    }
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    try {
      retryWhileBusy(() => migrate(db, path));
    } catch (err) {
      if (db.open) db.close();
      if (err instanceof StoreError) throw err;
      throw new StoreError(`${path}: cannot migrate store to schema ${SCHEMA_VERSION} (${(err as Error).message})`);
    }
    return new Store(db);
  }

  /** Opens an existing store read-only: the connection itself cannot write. */
  static openReadOnly(path: string): Store {
    let db: Database.Database;
    try {
      db = new Database(path, { readonly: true, fileMustExist: true });
    } catch (err) {
      throw new StoreError(`${path}: cannot open store (${(err as Error).message})`);
    }
    db.pragma('busy_timeout = 15000');
    let version: number;
    try {
      version = retryWhileBusy(() => db.pragma('user_version', { simple: true }) as number);
    } catch (err) {
      db.close();
      throw new StoreError(`${path}: not a gongwen store (${(err as Error).message})`);
    }
    if (version > SCHEMA_VERSION) {
      db.close();
      throw newerStore(path, version);
    }
    if (version < SCHEMA_VERSION) {
      db.close();
      // an older store is migrated by a writer first
      Store.open(path).close();
      return Store.openReadOnly(path);
    }
    return new Store(db);
  }

  close(): void {
    this.commitGroup();
    this.db.close();
  }

  /**
   * Lets the documents written next share transactions, up to `docs` documents or `ms`
   * milliseconds each: a commit flushes the full-text index and the WAL, which costs more than
   * writing a short notice. Each document stays all-or-nothing (a savepoint); a crash loses the
   * open group, which the next run re-extracts. `close()` commits it. Memory: 64 MB of page
   * cache at most, whatever the store's size.
   */
  groupWrites(docs = 16, ms = 250): void {
    this.grouping = { docs, ms };
    // Documents land at random places of every index (ids are hashes): a larger page cache and
    // fewer, larger checkpoints keep a store of a few GB from waiting on its disk (measured at
    // 5,000 documents: 6–12 s a thousand documents with SQLite's defaults, 5.4–6.7 s with these).
    this.db.pragma('cache_size = -65536');
    this.db.pragma('wal_autocheckpoint = 16384');
  }

  private commitGroup(): void {
    if (!this.group) return;
    clearTimeout(this.group.timer);
    this.group = null;
    if (!this.db.inTransaction) return;
    try {
      this.flushIndex();
    } catch (err) {
      // an index without some of the group's sentences must not be committed: the group goes,
      // and the next run extracts its documents again
      this.db.exec('ROLLBACK');
      throw err;
    }
    this.db.exec('COMMIT');
  }

  private flushIndex(): void {
    const rows = this.pendingIndex;
    if (!rows.length) return;
    this.pendingIndex = [];
    const sql = (text: string) => this.sql(text);
    for (const row of rows) indexSentence(sql, row.rowid, row.grams);
  }

  /** The document a source path currently maps to, and the pipeline versions it was made with. */
  lookupSource(path: string): { doc: string; pipeline: string } | undefined {
    return this.sql('SELECT s.doc AS doc, d.pipeline AS pipeline FROM sources s JOIN documents d USING (doc) WHERE s.path = ?')
      .get(path) as { doc: string; pipeline: string } | undefined;
  }

  documentPipeline(doc: string): string | undefined {
    const row = this.sql('SELECT pipeline FROM documents WHERE doc = ?').get(doc) as { pipeline: string } | undefined;
    return row?.pipeline;
  }

  /** Maps a path to an already stored document (same bytes under another name). */
  linkSource(path: string, doc: string): void {
    // a re-run over an unchanged corpus finds every path mapped already: no write, no commit
    if ((this.sql('SELECT doc FROM sources WHERE path = ?').get(path) as { doc: string } | undefined)?.doc === doc) return;
    this.flushIndex(); // as in writeOne: the document it may drop may be one of the group's
    this.writing(() => {
      const old = this.sql('SELECT doc FROM sources WHERE path = ?').get(path) as { doc: string } | undefined;
      this.sql('INSERT OR REPLACE INTO sources(path, doc) VALUES (?, ?)').run(path, doc);
      if (old && old.doc !== doc) this.dropIfOrphan(old.doc);
    });
  }

  beginRun(command: string, version: string): number {
    const info = this.sql('INSERT INTO runs(started_at, gongwen_version, command) VALUES (?, ?, ?)')
      .run(new Date().toISOString(), version, command);
    return Number(info.lastInsertRowid);
  }

  finishRun(id: number, counts: RunCounts): void {
    this.sql('UPDATE runs SET finished_at = ?, docs_new = ?, docs_unchanged = ?, docs_replaced = ?, docs_failed = ? WHERE id = ?')
      .run(new Date().toISOString(), counts.new, counts.unchanged, counts.replaced, counts.failed, id);
  }

  recordFailure(runId: number, source: string, reason: string): void {
    this.sql('INSERT INTO failures(run_id, source, reason, at) VALUES (?, ?, ?, ?)').run(runId, source, reason, new Date().toISOString());
  }

  /** Stores a document and everything read from it, replacing what the same path or id held before. */
  writeDocument(result: DocumentResult, runId: number | null): WriteOutcome {
    if (this.grouping && !this.group && !this.db.inTransaction) {
      // IMMEDIATE: take the write lock now, waiting (busy_timeout) for another writer; a deferred
      // transaction that reads first fails at once with SQLITE_BUSY when it must upgrade its lock
      this.db.exec('BEGIN IMMEDIATE');
      // a group left open while results are slow to come is committed anyway
      this.group = { docs: 0, timer: setTimeout(() => this.commitGroup(), this.grouping.ms).unref(), since: Date.now() };
    }
    const outcome = this.writeOne(result, runId);
    // the timer cannot fire while documents are extracted synchronously on this thread, so the
    // group's age is checked here too: another writer never waits on a lock held for long
    const group = this.group;
    if (group && (++group.docs >= this.grouping!.docs || Date.now() - group.since >= this.grouping!.ms)) this.commitGroup();
    return outcome;
  }

  private writeOne(result: DocumentResult, runId: number | null): WriteOutcome {
    let rows: IndexRow[] = [];
    const previous = this.sql('SELECT doc FROM sources WHERE path = ?').get(result.source) as { doc: string } | undefined;
    const existed = this.sql('SELECT 1 FROM documents WHERE doc = ?').get(result.document.doc) !== undefined;
    // a document about to be taken out may be one of the group's, not indexed yet: its rows go in
    // first, outside this document's savepoint (rolled back, it would take them along)
    if (existed || previous) this.flushIndex();
    const outcome = this.writing((): WriteOutcome => {
      if (existed) this.deleteDocument(result.document.doc);
      rows = this.insertDocument(result, runId);
      this.sql('INSERT OR REPLACE INTO sources(path, doc) VALUES (?, ?)').run(result.source, result.document.doc);
      if (previous && previous.doc !== result.document.doc) this.dropIfOrphan(previous.doc);
      // alone, the document's transaction commits now: its sentences are indexed in it, last
      if (!this.group) for (const row of rows) indexSentence((text) => this.sql(text), row.rowid, row.grams);
      return existed || previous ? 'replaced' : 'new';
    });
    // in a group, only once the document's savepoint is released: a document that failed half-way
    // must leave no rows to index
    if (this.group) for (const row of rows) this.pendingIndex.push(row); // not push(...rows): a book has 10⁵ sentences
    return outcome;
  }

  /** Runs `fn` in a write transaction that holds the write lock from its start (or a savepoint inside one). */
  private writing<T>(fn: () => T): T {
    return this.db.transaction(fn).immediate();
  }

  private dropIfOrphan(doc: string): void {
    const used = this.sql('SELECT 1 FROM sources WHERE doc = ?').get(doc);
    if (!used) this.deleteDocument(doc);
  }

  /** Deletes a document with everything read from it (the full-text rows are not covered by the cascade). */
  private deleteDocument(doc: string): void {
    // callers index the group's pending rows first (outside their savepoint): the document may be one of them
    if (this.pendingIndex.length) throw new Error('internal: a document deleted while full-text rows wait to be indexed');
    unindexDocument((text) => this.sql(text), doc);
    this.sql('DELETE FROM documents WHERE doc = ?').run(doc);
  }

  /** Inserts the document's rows; returns its sentences' full-text rows, for the caller to index. */
  private insertDocument(r: DocumentResult, runId: number | null): IndexRow[] {
    const d = r.document;
    const offsets = encodeOffsets(r.doc.rawOffset);
    this.sql(
      `INSERT INTO documents(doc, source, format, encoding, byte_length, title, doc_number, issuer, issued_on,
        issued_on_inferred, region_code, region_name, kind, record, raw_text, text, raw_offsets, page_starts, pipeline, run_id, extracted_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      d.doc, d.source, r.doc.format, r.doc.encoding, r.doc.byteLength, d.title, d.docNumber, d.issuer, d.issuedOn,
      d.issuedOnInferred ? 1 : 0, d.region?.code ?? null, d.region?.name ?? null, d.kind, JSON.stringify(d),
      r.doc.raw, r.doc.text, offsets, r.doc.pageStarts ? JSON.stringify(r.doc.pageStarts) : null,
      JSON.stringify(r.pipeline), runId, new Date().toISOString(),
    );
    const insSection = this.sql(
      'INSERT INTO sections(doc, ord, path, level, heading, part, quote, span_start, span_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    r.sections.forEach((s, i) => insSection.run(d.doc, i, s.path, s.level, s.heading, r.doc.sections[i]?.part ?? 0, s.quote, s.span[0], s.span[1]));
    const toCp = codePointMapper(r.doc.text);
    const insSentence = this.sql(
      'INSERT INTO sentences(doc, idx, paragraph, section, span_start, span_end, text) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    const rows = r.doc.sentences.map((s, i): IndexRow => {
      const row = insSentence.run(d.doc, s.index, s.paragraph, s.section, toCp(s.start), toCp(s.end), s.text);
      return { rowid: row.lastInsertRowid, grams: r.searchWords?.[i] ?? searchGrams(s.text) };
    });
    const insFact = this.sql(
      `INSERT INTO facts(doc, type, span_start, span_end, section, quote, extractor, extractor_version, value, upper, unit,
        metric, canonical_metric, region_code, role, date_start, date_end, doc_number, record)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const f of r.facts) {
      const { record } = f;
      const c = factColumns(record);
      insFact.run(
        d.doc, f.type, record.span[0], record.span[1], record.section, record.quote, f.extractor, f.extractorVersion,
        c.value, c.upper, c.unit, c.metric, c.canonicalMetric, c.regionCode, c.role, c.dateStart, c.dateEnd, c.docNumber,
        JSON.stringify(record),
      );
    }
    const insDiag = this.sql(
      'INSERT INTO diagnostics(doc, extractor, severity, message, span_start, span_end, candidate) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    for (const g of r.diagnostics) {
      insDiag.run(d.doc, g.extractor, g.severity, g.message, g.start === null ? null : toCp(g.start), g.end === null ? null : toCp(g.end), g.candidate === undefined ? null : JSON.stringify(g.candidate));
    }
    return rows;
  }

  /** Every stored record in export order: per document (by source), the document, its sections, its facts by span. */
  *records(filter: { doc?: string } = {}): Generator<ExportRecord> {
    const docs = this.db
      .prepare(`SELECT doc, record FROM documents ${filter.doc ? 'WHERE doc = ?' : ''} ORDER BY source, doc`)
      .all(...(filter.doc ? [filter.doc] : [])) as { doc: string; record: string }[];
    const sections = this.db.prepare('SELECT path, level, heading, quote, span_start, span_end FROM sections WHERE doc = ? ORDER BY ord');
    const facts = this.db.prepare('SELECT record FROM facts WHERE doc = ? ORDER BY span_start, span_end, type, id');
    for (const { doc, record } of docs) {
      yield JSON.parse(record) as ExportRecord;
      for (const s of sections.iterate(doc) as Iterable<SectionRow>) {
        yield { type: 'section', doc, path: s.path, level: s.level, heading: s.heading, quote: s.quote, span: [s.span_start, s.span_end] };
      }
      for (const f of facts.iterate(doc) as Iterable<{ record: string }>) yield JSON.parse(f.record) as ExportRecord;
    }
  }

  counts(): { documents: number; sections: number; facts: number } {
    const one = (sql: string) => (this.db.prepare(sql).get() as { n: number }).n;
    return {
      documents: one('SELECT count(*) AS n FROM documents'),
      sections: one('SELECT count(*) AS n FROM sections'),
      facts: one('SELECT count(*) AS n FROM facts'),
    };
  }
}

function factColumns(r: ExportRecord) {
  const c = {
    value: null as number | null, upper: null as number | null, unit: null as string | null, metric: null as string | null,
    canonicalMetric: null as string | null, regionCode: null as string | null, role: null as string | null,
    dateStart: null as string | null, dateEnd: null as string | null, docNumber: null as string | null,
  };
  switch (r.type) {
    case 'quantity':
      Object.assign(c, {
        value: r.value, upper: r.upper, unit: r.unit, metric: r.metric, canonicalMetric: r.canonicalMetric ?? null,
        regionCode: r.region?.code ?? null, role: r.role, dateStart: r.asOf?.start ?? null, dateEnd: r.asOf?.end ?? null,
      });
      break;
    case 'date':
      Object.assign(c, { dateStart: r.start, dateEnd: r.end, role: r.role });
      break;
    case 'assignment':
      Object.assign(c, { dateStart: r.deadline?.start ?? null, dateEnd: r.deadline?.end ?? null });
      break;
    case 'reference':
      c.docNumber = r.docNumber;
      break;
    case 'region':
      c.regionCode = r.code;
      break;
  }
  return c;
}

const BUSY_PATIENCE_MS = 15_000;

/**
 * Runs `step` again while SQLite answers BUSY. The busy timeout covers ordinary lock waits, but
 * SQLite returns BUSY at once, without calling the busy handler, in a few races (another process
 * switching a new store to WAL, or recovering its WAL index): those are waited out here.
 */
function retryWhileBusy<T>(step: () => T): T {
  const deadline = Date.now() + BUSY_PATIENCE_MS;
  for (let pause = 5; ; pause = Math.min(pause * 2, 200)) {
    try {
      return step();
    } catch (err) {
      const code = (err as { code?: unknown }).code;
      const busy = typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'));
      if (!busy || Date.now() + pause > deadline) throw err;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, pause);
    }
  }
}

function newerStore(path: string, version: number): StoreError {
  return new StoreError(`${path}: store was made by a newer gongwen (schema ${version}, this gongwen knows ${SCHEMA_VERSION}); upgrade gongwen`);
}

/** A database at version 0 that holds tables is another program's: gongwen never writes into it. */
function refuseForeign(db: Database.Database, path: string): void {
  // both reads in one snapshot: another process may commit a new store's tables between them
  const foreign = db.transaction(() => {
    if ((db.pragma('user_version', { simple: true }) as number) !== 0) return false;
    return (db.prepare('SELECT count(*) AS n FROM sqlite_master').get() as { n: number }).n > 0;
  })();
  if (foreign) throw new StoreError(`${path}: not a gongwen store (it holds tables of another program)`);
}

function migrate(db: Database.Database, path: string): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > SCHEMA_VERSION) {
    db.close();
    throw newerStore(path, version);
  }
  if (version === SCHEMA_VERSION) return;
  // under the write lock, the version read again: two processes opening a new store at once
  // would otherwise both create its tables
  db.transaction(() => {
    const current = db.pragma('user_version', { simple: true }) as number;
    refuseForeign(db, path);
    for (const m of MIGRATIONS) {
      if (m.version <= current) continue;
      db.exec(m.sql);
      m.fill?.(db);
      db.pragma(`user_version = ${m.version}`);
    }
  }).immediate();
}
