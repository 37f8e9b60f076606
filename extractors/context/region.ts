// The region a figure is about: a place named in its clause (`东川区综合贫困发生率25.5%`) or
// opening its sentence, else in its section's heading, else the document's region (`全州` in a
// 楚雄州 notice); in a document without a region of its own (a State Council reply), the place
// its paragraph is about. A list of several places is not guessed from; a list matched item by
// item with a list of figures (`黄埔区、番禺区…分别为2413元、2512元…`) gives each its own.
import type { Region } from '../../schemas/index.js';
import type { Doc, DocMeta, Fact } from '../../src/core/types.js';
import { findRelativeMentions, placeOf as placeByCode } from '../../src/regions/index.js';
import { RELATIVE_PREFIXES } from '../../src/regions/words.js';
import { factsWithin, placeOf } from './clause.js';
import { FRAME_OPENERS, LIST_CLOSERS } from './words.js';

export function regionsOf(quantities: Fact<'quantity'>[], runs: Fact<'quantity'>[][], doc: Doc, meta: DocMeta, facts: Fact[]): Map<Fact<'quantity'>, Region | null> {
  const out = new Map<Fact<'quantity'>, Region | null>();
  for (const q of quantities) out.set(q, regionOf(q, doc, meta, facts));
  for (const run of runs) {
    const place = placeOf(doc, run[0].start, run[0].end);
    if (!doc.text.slice(place.sentence?.start ?? place.clauseStart, run[0].start).includes('分别')) continue;
    const list = lastList(doc, factsWithin(facts, 'region', place.sentence?.start ?? place.clauseStart, run[0].start));
    if (list.length === run.length) run.forEach((q, i) => out.set(q, asRegion(list[i])));
  }
  return out;
}

function regionOf(q: Fact<'quantity'>, doc: Doc, meta: DocMeta, facts: Fact[]): Region | null {
  const row = rowRegion(q, doc, facts);
  if (row !== undefined) return row;
  const place = placeOf(doc, q.start, q.end);
  const mentions = factsWithin(facts, 'region', place.clauseStart, q.start);
  // `楚雄市A乡等13个乡镇`, `广州A开发区、江西B开发区等4个`: a count of a list names its first
  // members only as examples; it is about the section's or the document's region (none for a national one)
  if (mentions.length && LIST_CLOSERS.some((w) => doc.text.slice(Math.max(place.clauseStart, q.start - 3), q.start).endsWith(w))) {
    return headingRegion(doc, q.start, facts) ?? meta.region ?? null;
  }
  const inClause = nearest(doc, mentions);
  if (inClause !== undefined) return inClause;
  const opening = subjectClause(doc, place.sentence?.start ?? place.clauseStart, q.start);
  const from = Math.min(opening.clauseEnd, place.clauseStart);
  const whole = wholeRegionIn(doc.text.slice(from, q.start), place.clauseStart - from, meta);
  if (whole) return whole;
  if (opening.clauseEnd < q.start) {
    const subject = nearest(doc, factsWithin(facts, 'region', opening.clauseStart, opening.clauseEnd));
    if (subject !== undefined) return subject;
  }
  const heading = headingRegion(doc, q.start, facts);
  if (heading) return heading;
  if (meta.region) return meta.region;
  // a document of no region of its own: the place its paragraph is about, named first
  const paragraph = doc.paragraphAt(q.start);
  if (paragraph) {
    const mentions = factsWithin(facts, 'region', paragraph.start, q.start);
    const topic = nearest(doc, firstList(doc, mentions));
    if (topic) return topic;
  }
  return null;
}

/**
 * In a table row (cells split by tabs), the place a cell before the figure starts with: the row's
 * label (`2\t柳州市\t38\t27.4`). A place inside a cell's running text is left to the clause rules.
 */
function rowRegion(q: Fact<'quantity'>, doc: Doc, facts: Fact[]): Region | null | undefined {
  const paragraph = doc.paragraphAt(q.start);
  if (!paragraph || !paragraph.text.includes('\t')) return undefined;
  const labels = factsWithin(facts, 'region', paragraph.start, q.start)
    .filter((m) => m.start === paragraph.start || doc.text[m.start - 1] === '\t');
  return nearest(doc, labels);
}

/**
 * `在丹江口库区发展…，全省设施渔业养殖面积达到35万亩，…水体达到200万立方米`: `全省`, `我市`,
 * `本县` after the clause opening the sentence name the region the figures are about, before any
 * place named in that opening clause — in the figure's own clause, or opening an earlier one as
 * its subject; inside an earlier clause (`位列全省第一，…4个县均…`) it is about something else.
 * `ownFrom`: where the figure's clause starts in `text`.
 */
function wholeRegionIn(text: string, ownFrom: number, meta: DocMeta): Region | null {
  if (!meta.region || !RELATIVE_PREFIXES.some((p) => text.includes(p))) return null;
  const subjectOf = (at: number) => at >= ownFrom || at === 0 || CLAUSE_BREAK.test(text[at - 1]!);
  const whole = findRelativeMentions(text, { within: meta.region.code })
    .filter((m) => RELATIVE_PREFIXES.includes(text[m.start]!) && subjectOf(m.start));
  const last = whole.at(-1);
  return last ? { code: last.region.code, name: last.region.name } : null;
}

/** What ends a clause before a subject (`，全省…`). */
const CLAUSE_BREAK = /[，,；;：:]/u;

/**
 * The clause that opens a sentence, after any clauses that frame it (`根据上海市…要求，嘉定区到…`):
 * a place named in a frame is where the rule comes from, not what the figure is about.
 */
function subjectClause(doc: Doc, sentenceStart: number, before: number): { clauseStart: number; clauseEnd: number } {
  let opening = placeOf(doc, sentenceStart, sentenceStart);
  while (opening.clauseEnd < before && FRAME_OPENERS.some((w) => doc.text.startsWith(w, opening.clauseStart))) {
    const next = placeOf(doc, opening.clauseEnd + 1, opening.clauseEnd + 1);
    opening = { ...next, clauseStart: opening.clauseEnd + 1 };
  }
  return opening;
}

/** The place of the last mention, or null for a list of several places; undefined when there is none. */
function nearest(doc: Doc, mentions: Fact<'region'>[]): Region | null | undefined {
  if (!mentions.length) return undefined;
  const list = lastList(doc, mentions);
  const codes = new Set(list.map((m) => asRegion(m).code));
  return codes.size > 1 ? null : asRegion(list[list.length - 1]);
}

/** The last run of mentions joined by `、`/`和` (a place and the place inside it count as one). */
function lastList(doc: Doc, mentions: Fact<'region'>[]): Fact<'region'>[] {
  if (!mentions.length) return [];
  const list = [mentions[mentions.length - 1]];
  for (let i = mentions.length - 2; i >= 0; i--) {
    const gap = doc.text.slice(mentions[i].end, list[0].start);
    if (gap === '') {
      list[0] = list[0]; // `湖北省巴东县`: the inner place stands for both
      continue;
    }
    if (!/^[、和及与,，]$/.test(gap)) break;
    list.unshift(mentions[i]);
  }
  return list;
}

function firstList(doc: Doc, mentions: Fact<'region'>[]): Fact<'region'>[] {
  const list: Fact<'region'>[] = [];
  for (const m of mentions) {
    const last = list.at(-1);
    if (last && !/^[、和及与,，]?$/.test(doc.text.slice(last.end, m.start))) break;
    list.push(m);
  }
  return list;
}

/** Figures are placed at county level at the finest: a township's figure is its county's. */
function asRegion(m: Fact<'region'>): Region {
  const { code, name } = m.record;
  if (code.length > 6) {
    const county = placeByCode(code.slice(0, 6));
    if (county) return { code: county.code, name: county.name };
  }
  return { code, name };
}

function headingRegion(doc: Doc, offset: number, facts: Fact[]): Region | null {
  const path = doc.paragraphAt(offset)?.section ?? null;
  for (let p = path; p; p = p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : null) {
    const s = doc.section(p);
    if (!s) continue;
    const found = nearest(doc, factsWithin(facts, 'region', s.start, s.end));
    if (found) return found;
  }
  return null;
}
