// Relative names point at the document's region (GENRE.md "Regions"): `全州`, `我省`, `本市`;
// bodies prefixed by a level word (`州扶贫办`, `市农业局`, `省商务厅`, `县委`); and the lists of
// all its units (`各县市`, `各县（市、区）`), which stand for the region itself. A level word
// means the nearest place enclosing the document's region whose name ends with it: in a county
// document `州` is its prefecture, in a 广西 document `区` is the autonomous region.
import { cutWords } from '../segment/words.js';
import { isWholeWord } from './boundary.js';
import { placeOf, toRegion, type Place } from './gazetteer.js';
import type { RegionMention } from './mentions.js';
import { enclosingAt, type RegionContext } from './resolve.js';
import {
  ALL_UNITS_LEVELS, BODY_LEVELS, BODY_SUFFIXES, GLUED_BODY_SUFFIXES, NOT_BODY_WORDS, RELATIVE_LEVELS, RELATIVE_PREFIXES,
  UNITS_NOT_FOLLOWED_BY,
} from './words.js';

const RELATIVE_WORD = new RegExp(`[${RELATIVE_PREFIXES.join('')}](${RELATIVE_LEVELS.join('|')})`, 'g');
const ALL_UNITS = new RegExp(`各[${ALL_UNITS_LEVELS}](?:[、（(]?[${ALL_UNITS_LEVELS}][）)]?)*`, 'g');
/** A body suffix within a short run of text after a level word: worth cutting into words. */
const BODY_AHEAD = new RegExp(`^[^，。、；：,.;:\\s]{0,18}?(${BODY_SUFFIXES.join('|')})`);
const CJK = /^[\u4e00-\u9fff]+$/;

/**
 * Relative mentions in `text` resolved against `context.within`; `taken` lists spans already read
 * as explicit names (the `市` of `昆明市农业局` is not a relative one). Empty without a region.
 */
export function findRelativeMentions(
  text: string,
  context: RegionContext,
  taken: readonly { start: number; end: number }[] = [],
): RegionMention[] {
  const within = context.within ? placeOf(context.within) : undefined;
  if (!within) return [];
  const spans = [...taken];
  const out: RegionMention[] = [];
  const add = (start: number, end: number, place: Place | null | undefined) => {
    if (!place || spans.some((s) => s.start < end && start < s.end)) return;
    spans.push({ start, end });
    out.push({ start, end, region: toRegion(place), level: place.level, partOfName: false, relative: true });
  };
  for (const m of text.matchAll(RELATIVE_WORD)) {
    const end = m.index + m[0].length;
    if (context.wholeWord ? context.wholeWord(m.index, end) : isWholeWord(text, m.index, end)) add(m.index, end, enclosingAt(within.code, m[1]));
  }
  for (const m of text.matchAll(ALL_UNITS)) {
    const end = m.index + m[0].length;
    if (!UNITS_NOT_FOLLOWED_BY.includes(text[end] ?? '')) add(m.index, end, unitsOwner(within, m[0][1]));
  }
  for (let i = 0; i < text.length; i++) {
    if (!BODY_LEVELS.includes(text[i]) || spans.some((s) => s.start <= i && i < s.end)) continue;
    const end = bodyEnd(text, i);
    if (end !== null) add(i, end, enclosingAt(within.code, text[i]));
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The place whose units `各X` lists: the document's region when X is below it (`各县市` in a
 * prefecture's notice), else the parent of the place of level X (`各州(市)` in a prefecture's
 * notice are the prefectures of its province).
 */
function unitsOwner(within: Place, level: string): Place | undefined {
  const own = enclosingAt(within.code, level);
  return own ? (own.parent ? placeOf(own.parent) : undefined) : within;
}

/** End of a body named after the level word at `at` (`州扶贫办`, `县委`), or null. */
function bodyEnd(text: string, at: number): number | null {
  if (!BODY_AHEAD.test(text.slice(at + 1, at + 20)) && !GLUED_BODY_SUFFIXES.some((s) => text.startsWith(s, at + 1))) return null;
  const from = Math.max(0, at - 3);
  const words = cutWords(text.slice(from, Math.min(text.length, at + 22)), from);
  const k = words.findIndex((w) => w.start === at);
  if (k < 0) return null;
  const first = words[k].word;
  if (first.length > 1) {
    const rest = first.slice(1);
    return first.length <= 5 && GLUED_BODY_SUFFIXES.some((s) => rest.endsWith(s)) ? words[k].end : null;
  }
  for (const w of words.slice(k + 1, k + 7)) {
    if (!CJK.test(w.word) || BODY_LEVELS.includes(w.word)) return null; // `州县部门`: two levels, no body
    if (BODY_SUFFIXES.some((s) => w.word.endsWith(s)) && !NOT_BODY_WORDS.includes(w.word)) return w.end;
  }
  return null;
}
