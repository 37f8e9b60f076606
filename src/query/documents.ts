// Finding documents by what a user remembers of them: the id, its first digits, or part of the path.
import type Database from 'better-sqlite3';
import type { DocumentRecord } from '../../schemas/index.js';
import { QueryError } from './errors.js';
import { docCondition } from './facts.js';

export interface DocumentRow {
  doc: string;
  source: string;
  title: string | null;
  record: DocumentRecord;
}

/** Documents matching an id, an id prefix or a substring of a source path, by source. */
export function findDocuments(db: Database.Database, key: string): DocumentRow[] {
  const exact = db.prepare('SELECT doc, source, title, record FROM documents WHERE doc = ?').all(key) as RawDoc[];
  if (exact.length) return exact.map(toRow);
  const c = docCondition(key);
  return (db.prepare(`SELECT d.doc, d.source, d.title, d.record FROM documents d WHERE ${c.sql} ORDER BY d.source, d.doc`).all(...c.params) as RawDoc[]).map(toRow);
}

/** The one document a key means; none or several is an error that lists the candidates. */
export function findDocument(db: Database.Database, key: string): DocumentRow {
  if (!key.trim()) throw new QueryError('no document given');
  const found = findDocuments(db, key);
  if (found.length === 1) return found[0];
  if (!found.length) throw new QueryError(`no document matches '${key}' (give an id, its first digits, or part of the file path)`);
  const listed = found.slice(0, 8).map((d) => `${d.doc} ${d.source}`).join('; ');
  throw new QueryError(`'${key}' matches ${found.length} documents: ${listed}${found.length > 8 ? '; …' : ''}`);
}

/** Every document, by source: for listings and pickers. */
export function listDocuments(db: Database.Database): DocumentRow[] {
  return (db.prepare('SELECT doc, source, title, record FROM documents ORDER BY source, doc').all() as RawDoc[]).map(toRow);
}

interface RawDoc {
  doc: string;
  source: string;
  title: string | null;
  record: string;
}

function toRow(r: RawDoc): DocumentRow {
  return { doc: r.doc, source: r.source, title: r.title, record: JSON.parse(r.record) as DocumentRecord };
}
