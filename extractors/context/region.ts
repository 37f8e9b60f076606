// The region a figure is about: a place named in its clause (`东川区综合贫困发生率25.5%`), else
// before it in its sentence, else in its section's heading, else the document's region
// (`全州` in a 楚雄州 notice). Several different places in the nearest mention list: not guessed.
import type { Region } from '../../schemas/index.js';
import type { Doc, DocMeta, Fact } from '../../src/core/types.js';
import { factsWithin, placeOf } from './clause.js';

export function regionOf(q: Fact<'quantity'>, doc: Doc, meta: DocMeta, facts: Fact[]): Region | null {
  const place = placeOf(doc, q.start, q.end);
  const sentenceStart = place.sentence?.start ?? place.clauseStart;
  for (const from of [place.clauseStart, sentenceStart]) {
    const named = nearestList(doc, factsWithin(facts, 'region', from, q.start));
    if (named === 'ambiguous') return null;
    if (named) return named;
  }
  const heading = headingRegion(doc, q.start, facts);
  if (heading) return heading;
  return meta.region;
}

/** The place of the last mention before the figure; a list of several (`东川区、禄劝县`) is ambiguous. */
function nearestList(doc: Doc, mentions: Fact<'region'>[]): Region | 'ambiguous' | null {
  if (!mentions.length) return null;
  const last = mentions[mentions.length - 1];
  const list = [last];
  for (let i = mentions.length - 2; i >= 0; i--) {
    const gap = doc.text.slice(mentions[i].end, list[0].start);
    if (!/^[、和及与,，]$/.test(gap)) break;
    list.unshift(mentions[i]);
  }
  const codes = new Set(list.map((m) => m.record.code));
  if (codes.size > 1) return 'ambiguous';
  return { code: last.record.code, name: last.record.name };
}

function headingRegion(doc: Doc, offset: number, facts: Fact[]): Region | null {
  const path = doc.paragraphAt(offset)?.section ?? null;
  for (let p = path; p; p = p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : null) {
    const s = doc.section(p);
    if (!s) continue;
    const mentions = factsWithin(facts, 'region', s.start, s.end);
    if (mentions.length === 1) return { code: mentions[0].record.code, name: mentions[0].record.name };
  }
  return null;
}
