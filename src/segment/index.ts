// Segment: paragraphs, the outline, sentences, tables and words of a normalised document.
import type {
  Cell, Doc, IngestedDocument, NormalisedText, Paragraph, Section, Sentence, Table,
} from '../core/types.js';
import { lastStartingBy } from '../core/spans.js';
import { closeSections, findSections } from './outline.js';
import { cutWords, tagWords, WordCut } from './words.js';

export function buildDoc(ingested: IngestedDocument, norm: NormalisedText): Doc {
  const { text, rawOffset } = norm;
  const lines = linesOf(text);
  const sections = findSections(lines);
  closeSections(sections, text.length);
  const tables = mapTables(ingested, norm);
  const paragraphs = makeParagraphs(lines, sections, tables);
  const sentences = paragraphs.flatMap((p) => splitSentences(p));
  sentences.forEach((s, i) => (s.index = i));
  const sectionByPath = new Map(sections.map((s) => [s.path, s] as const));
  const pageStarts = ingested.pageStarts ?? null;
  let cut: WordCut | undefined;
  return {
    id: ingested.id,
    source: ingested.source,
    format: ingested.format,
    encoding: ingested.encoding,
    byteLength: ingested.byteLength,
    raw: ingested.raw,
    text,
    rawOffset,
    pageStarts,
    sections,
    paragraphs,
    sentences,
    tables,
    words: (start, end) => cutWords(text.slice(start, end), start),
    tagged: (start, end) => tagWords(text.slice(start, end), start),
    isWholeWord: (start, end) => (cut ??= new WordCut(text, sentences)).isWhole(start, end),
    startsWord: (offset) => (cut ??= new WordCut(text, sentences)).startsWord(offset),
    section: (path) => (path === null ? undefined : sectionByPath.get(path)),
    paragraphAt: (offset) => lastStartingBy(paragraphs, offset),
    sentenceAt: (offset) => {
      const s = lastStartingBy(sentences, offset);
      return s && offset < s.end ? s : undefined;
    },
    pageAt: (offset) => (pageStarts ? pageOf(pageStarts, rawOffset[Math.min(offset, text.length)]) : null),
  };
}

function linesOf(text: string): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      if (i > start) out.push({ start, text: text.slice(start, i) });
      start = i + 1;
    }
  }
  return out;
}

function makeParagraphs(lines: { start: number; text: string }[], sections: Section[], tables: Table[]): Paragraph[] {
  const headingAt = new Map(sections.map((s) => [s.start, s] as const));
  const tableRowAt = rowFinder(tables);
  let open: Section[] = [];
  let si = 0;
  return lines.map((line, index) => {
    while (si < sections.length && sections[si].start <= line.start) {
      const s = sections[si++];
      open = open.filter((o) => o.part === s.part && o.level < s.level);
      open.push(s);
    }
    open = open.filter((o) => o.bodyEnd > line.start);
    const cell = tableRowAt(line.start);
    return {
      index,
      start: line.start,
      end: line.start + line.text.length,
      text: line.text,
      section: open.at(-1)?.path ?? null,
      heading: headingAt.get(line.start) ?? null,
      table: cell?.table ?? null,
      row: cell?.row ?? null,
    };
  });
}

const SENTENCE_END = /[。！？；!?;]+[”’」』）)》]*|\t+/g;

/** Sentences end at 。！？；, and each table cell stands alone. */
export function splitSentences(p: Paragraph): Sentence[] {
  const out: Sentence[] = [];
  let from = 0;
  const push = (to: number) => {
    const raw = p.text.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body.replace(/\t/g, '')) {
      out.push({ index: 0, start: p.start + from + lead, end: p.start + from + lead + body.length, text: body, paragraph: p.index, section: p.section });
    }
  };
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(p.text); m; m = SENTENCE_END.exec(p.text)) {
    const isTab = m[0].startsWith('\t');
    push(isTab ? m.index : m.index + m[0].length);
    from = m.index + m[0].length;
  }
  push(p.text.length);
  return out;
}

function pageOf(pageStarts: number[], raw: number): number {
  let page = 1;
  for (let i = 0; i < pageStarts.length; i++) if (pageStarts[i] <= raw) page = i + 1;
  return page;
}

/** First normalised offset whose raw offset is at or after `raw`. */
function toNormalised(rawOffset: Int32Array, raw: number): number {
  let lo = 0;
  let hi = rawOffset.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rawOffset[mid] < raw) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function mapTables(ingested: IngestedDocument, norm: NormalisedText): Table[] {
  return ingested.tables.map((t, index) => {
    const rows: Cell[][] = t.rows.map((r) =>
      r.cells.map((c) => {
        const start = toNormalised(norm.rawOffset, c.start);
        const end = Math.max(start, toNormalised(norm.rawOffset, c.end));
        return { text: norm.text.slice(start, end), start, end };
      }),
    );
    const all = rows.flat();
    const header = t.headerRow === null ? null : (rows[t.headerRow] ?? []).map((c) => c.text);
    return {
      index,
      header,
      rows,
      // a loop, not Math.min(...cells): a big table has more cells than a call takes arguments
      start: all.length ? all.reduce((m, c) => Math.min(m, c.start), Infinity) : 0,
      end: all.length ? all.reduce((m, c) => Math.max(m, c.end), -Infinity) : 0,
    };
  });
}

interface RowSpan {
  table: number;
  row: number;
  /** the row covers offsets lo..hi (from just before its first cell to the end of its last) */
  lo: number;
  hi: number;
}

/**
 * The table row at a line's start. Rows in document order are found by binary search (a scan of
 * every row per line is quadratic on long tables); rows out of order (nested tables) are scanned.
 */
function rowFinder(tables: Table[]): (offset: number) => { table: number; row: number } | null {
  const rows: RowSpan[] = [];
  for (const t of tables) {
    t.rows.forEach((cells, row) => {
      if (cells.length) rows.push({ table: t.index, row, lo: cells[0].start - 1, hi: cells.at(-1)!.end });
    });
  }
  const ordered = rows.every((r, i) => i === 0 || (rows[i - 1].lo <= r.lo && rows[i - 1].hi <= r.hi));
  if (!ordered) return (offset) => tableRowAt(tables, offset);
  return (offset) => {
    let lo = 0;
    let hi = rows.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (rows[mid].hi < offset) lo = mid + 1;
      else hi = mid;
    }
    const r = rows[lo];
    return r && r.lo <= offset ? { table: r.table, row: r.row } : null;
  };
}

function tableRowAt(tables: Table[], offset: number): { table: number; row: number } | null {
  for (const t of tables) {
    if (offset < t.start - 1 || offset > t.end) continue;
    for (let r = 0; r < t.rows.length; r++) {
      const cells = t.rows[r];
      if (cells.length && cells[0].start - 1 <= offset && offset <= cells.at(-1)!.end) return { table: t.index, row: r };
    }
  }
  return null;
}
