// The search words of each sentence, kept compactly (table sentence_terms, schema 4) so that a
// sentence can be taken out of the full-text index. The index is contentless (it keeps no copy of
// the words) and FTS5 takes a row out of such an index only when given the words it was indexed
// with; contentless_delete would need none, but FTS5 then never takes the row out of the
// statistics bm25 scores by (row count, words per row), so a store's scores would drift from
// those of a store made afresh each time documents are replaced.
//
// Every word is a piece of its sentence, so a word is stored as where it is in the sentence's text:
// per word, varint(2 × length) then varint(zigzag(start − previous word's start)), in UTF-16 units;
// a word not found in the text (none so far) as varint(2 × UTF-8 bytes + 1) then its bytes.
// The words come back joined by single spaces, exactly as they were indexed.
import type Database from 'better-sqlite3';

/** The stored form of `words` (space-separated, as indexed) of a sentence whose text is `text`. */
export function encodeTerms(words: string, text: string): Buffer {
  if (!words) return Buffer.alloc(0);
  // a word takes at most 7 bytes of varints, or 3 bytes a character written out: 9 bytes a character of `words` bound both
  const out = scratch(9 * words.length + 6);
  let n = 0;
  let previous = 0;
  for (let from = 0; from <= words.length; ) {
    let to = words.indexOf(' ', from);
    if (to < 0) to = words.length;
    const word = words.slice(from, to);
    // near the previous word first: a word's parts come just before it, the next word just after
    let at = text.indexOf(word, Math.max(0, previous - 8));
    if (at < 0) at = text.indexOf(word);
    if (at < 0) {
      const bytes = Buffer.from(word, 'utf8');
      n = varint(out, n, 2 * bytes.length + 1);
      out.set(bytes, n);
      n += bytes.length;
    } else {
      n = varint(out, n, 2 * word.length);
      const delta = at - previous;
      n = varint(out, n, delta < 0 ? -2 * delta - 1 : 2 * delta);
      previous = at;
    }
    from = to + 1;
  }
  return Buffer.from(out.subarray(0, n));
}

let buffer = new Uint8Array(4096);
function scratch(size: number): Uint8Array {
  if (buffer.length < size) buffer = new Uint8Array(Math.max(size, 2 * buffer.length));
  return buffer;
}

/** The words a stored blob holds, space-separated, given the sentence's text. */
export function decodeTerms(blob: Uint8Array, text: string): string {
  const words: string[] = [];
  let previous = 0;
  for (let i = 0; i < blob.length; ) {
    const [head, next] = readVarint(blob, i);
    i = next;
    if (head & 1) {
      const length = (head - 1) / 2;
      words.push(Buffer.from(blob.buffer, blob.byteOffset + i, length).toString('utf8'));
      i += length;
      continue;
    }
    const [zigzag, after] = readVarint(blob, i);
    i = after;
    previous += zigzag & 1 ? -(zigzag + 1) / 2 : zigzag / 2;
    words.push(text.slice(previous, previous + head / 2));
  }
  return words.join(' ');
}

/** Writes `value` at `at`, returns the offset after it. */
function varint(out: Uint8Array, at: number, value: number): number {
  while (value >= 0x80) {
    out[at++] = (value & 0x7f) | 0x80;
    value = Math.floor(value / 0x80);
  }
  out[at++] = value;
  return at;
}

function readVarint(blob: Uint8Array, at: number): [number, number] {
  let n = 0;
  let scale = 1;
  for (;;) {
    if (at >= blob.length) throw new Error('sentence_terms: truncated blob');
    const b = blob[at++]!;
    n += (b & 0x7f) * scale;
    if (b < 0x80) return [n, at];
    scale *= 0x80;
  }
}

type Prepare = (sql: string) => Database.Statement;

/** Indexes a sentence (rowid = sentences.rowid) for full-text search under `words`, keeping them for its removal. */
export function indexSentence(sql: Prepare, rowid: number | bigint, text: string, words: string): void {
  sql('INSERT INTO sentence_fts(rowid, words) VALUES (?, ?)').run(rowid, words);
  sql('INSERT INTO sentence_terms(sentence, terms) VALUES (?, ?)').run(rowid, encodeTerms(words, text));
}

/** Takes a document's sentences out of the full-text index, given the words each was indexed with. */
export function unindexDocument(sql: Prepare, doc: string): void {
  const rows = sql(
    'SELECT s.rowid AS id, s.text AS text, t.terms AS terms FROM sentences s JOIN sentence_terms t ON t.sentence = s.rowid WHERE s.doc = ?',
  ).all(doc) as { id: number; text: string; terms: Buffer }[];
  const remove = sql("INSERT INTO sentence_fts(sentence_fts, rowid, words) VALUES ('delete', ?, ?)");
  const forget = sql('DELETE FROM sentence_terms WHERE sentence = ?');
  for (const r of rows) {
    remove.run(r.id, decodeTerms(r.terms, r.text));
    forget.run(r.id);
  }
}
