// The measure a block closes: the heading of its item, or, for a later block of the same item,
// the first sentence after the block before it.
import type { Doc, Paragraph } from '../../src/core/types.js';

export interface Measure {
  text: string;
  /** where the measure starts (its section is the assignment's) */
  at: number;
}

/** Outline markers at the start of a paragraph: `一、` `（一）` `1.` `1、` `（1）` `第一条`. */
const ITEM_MARKER = /^[\s*]*(?:[一二三四五六七八九十百]+[、．.]|[（(][一二三四五六七八九十百]+[）)]|\d{1,3}(?:[.．、](?!\d)|\s)|[（(]\d{1,3}[）)]|第[一二三四五六七八九十百零〇]+[条章节])\s*/u;
const SENTENCE_END = /[。！？；!?;\n]/u;

/**
 * @param blockStart where the block starts
 * @param prevEnd where the block before it ends (0 if none)
 */
export function measureOf(doc: Doc, blockStart: number, prevEnd: number): Measure | null {
  const item = itemBefore(doc, blockStart);
  if (prevEnd > 0 && (!item || prevEnd >= item.start)) {
    const m = sentenceFrom(doc.text, prevEnd, blockStart);
    if (m) return m;
  }
  if (item) return headingOf(doc, item, blockStart);
  return fallback(doc, blockStart);
}

/** Where a clause ends: a sentence end or a comma. */
const CLAUSE_END = /[。！？；!?;\n，,]/u;

/**
 * The measure of running text that names its own topic (`…。界址点坐标由X、Y负责发布`): the clause, from
 * the topic to the sentence end; in the item's first sentence, that whole sentence (the item's heading
 * would be cut at the hit). Null when nothing stands before it in its clause (`由X牵头，…` closes the item).
 */
export function clauseMeasure(doc: Doc, hitStart: number): Measure | null {
  const p = doc.paragraphAt(hitStart);
  if (!p) return null;
  let clause = hitStart;
  while (clause > p.start && !CLAUSE_END.test(doc.text[clause - 1])) clause--;
  if (!doc.text.slice(clause, hitStart).replace(/[\s*]+/gu, '')) return null;
  let sentence = clause;
  while (sentence > p.start && !SENTENCE_END.test(doc.text[sentence - 1])) sentence--;
  const first = sentence === p.start && itemBefore(doc, hitStart)?.start === p.start;
  return sentenceFrom(doc.text, first ? sentence : clause, p.end);
}

/** The sentence from `at` (an actor opening it: `人民银行要会同…建立…制度`) to its end. */
export function sentenceMeasure(doc: Doc, at: number): Measure | null {
  const p = doc.paragraphAt(at);
  return p ? sentenceFrom(doc.text, at, p.end) : null;
}

/** The nearest paragraph at or before the block that opens an item (a heading or a numbered line). */
export function itemBefore(doc: Doc, offset: number): Paragraph | null {
  const here = doc.paragraphAt(offset);
  if (!here) return null;
  for (let i = here.index; i >= 0; i--) {
    const p = doc.paragraphs[i];
    if (p.table !== null) continue;
    if (p.heading || ITEM_MARKER.test(p.text)) return p;
  }
  return null;
}

function headingOf(doc: Doc, p: Paragraph, blockStart: number): Measure | null {
  // a block inside the heading line (`（一）加强组织领导（牵头单位：…）`) is not part of the measure
  if (p.heading?.heading && blockStart >= p.heading.end) return { text: p.heading.heading, at: p.start };
  const marker = ITEM_MARKER.exec(p.text)?.[0] ?? '';
  const from = p.start + marker.length;
  return sentenceFrom(doc.text, from, blockStart);
}

/** Text from `from` to the first sentence end (or the block), leading punctuation skipped. */
function sentenceFrom(text: string, from: number, limit: number): Measure | null {
  let s = from;
  while (s < limit && /[\s。；;，,、*）)]/u.test(text[s])) s++;
  // an item run into the line of the block before it (`…。责任单位：X。2.加快…`)
  s += ITEM_MARKER.exec(text.slice(s, limit))?.[0].length ?? 0;
  let e = s;
  while (e < limit && !SENTENCE_END.test(text[e])) e++;
  const t = clean(text.slice(s, e));
  return t ? { text: t, at: s } : null;
}

/** No outline: the paragraph's first sentence, or the previous paragraph's when the block stands alone. */
function fallback(doc: Doc, blockStart: number): Measure | null {
  const p = doc.paragraphAt(blockStart);
  if (!p) return null;
  if (blockStart > p.start) {
    const m = sentenceFrom(doc.text, p.start, blockStart);
    if (m) return m;
  }
  const prev = doc.paragraphs[p.index - 1];
  return prev ? sentenceFrom(doc.text, prev.start, prev.end) : null;
}

function clean(s: string): string {
  return s.replace(/\*+/g, '').replace(/\s+/g, '').replace(/[：:，,]+$/u, '');
}
