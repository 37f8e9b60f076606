// `gongwen sql`: one statement over a read-only connection. The connection, not a keyword filter,
// is what refuses writes (SQLite answers SQLITE_READONLY), so no spelling of a write gets through.
import type Database from 'better-sqlite3';
import type { Cell } from './columns.js';
import { QueryError } from './errors.js';
import { prepareConnection } from './facts.js';

export interface SqlResult {
  columns: string[];
  rows: Cell[][];
}

export const READ_ONLY_MESSAGE = 'the store is read-only in gongwen sql';

/**
 * Runs one statement on a connection opened read-only (Store.openReadOnly) and returns its rows.
 * A write is refused with READ_ONLY_MESSAGE; a bad statement with SQLite's own message.
 */
export function runSql(db: Database.Database, sql: string, params: unknown[] = []): SqlResult {
  if (!db.readonly) throw new Error('runSql needs a read-only connection');
  prepareConnection(db);
  let stmt: Database.Statement;
  try {
    stmt = db.prepare(sql);
  } catch (err) {
    throw sqlError(err);
  }
  // A read-only connection still lets VACUUM INTO write a copy of the store anywhere: a
  // statement that returns no rows has nothing to show here, so none is run.
  if (!stmt.reader) throw new QueryError(READ_ONLY_MESSAGE);
  try {
    const columns = stmt.columns().map((c) => c.name);
    const rows = (stmt.raw(true).all(...params) as unknown[][]).map((r) => r.map(toCell));
    return { columns, rows };
  } catch (err) {
    throw sqlError(err);
  }
}

function toCell(v: unknown): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'bigint') return Number(v);
  if (Buffer.isBuffer(v)) return `<${v.length} bytes>`;
  return v as Cell;
}

function sqlError(err: unknown): QueryError {
  const e = err as { code?: string; message?: string };
  if (e.code?.startsWith('SQLITE_READONLY')) return new QueryError(READ_ONLY_MESSAGE);
  if (e.message?.includes('more than one statement')) return new QueryError('SQL: one statement at a time');
  return new QueryError(`SQL: ${e.message ?? String(err)}`);
}
