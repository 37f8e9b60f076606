// Explicit place names in running text: one left-to-right scan with the name index's trie,
// longest match first. Forms differ in how safe they are to read:
// - official names and shortened names with a level word (`楚雄州`, `禄劝县`) and the bare names
//   of provinces and prefectures (`昆明`, `山西`) are read anywhere;
// - bare county names and two-character names (`武定`, `忠县`) only inside the document's
//   prefecture, right after their parent (`河南省新县`) or in a list with other places;
// - stems that are ordinary words (`会同`, `延长`) and names like `城区` only in such a list;
// - township names only under the document's region or right after their county.
// Bare and two-character names must also be whole words (jieba), so `大理石` is no `大理`.
import { isWholeWord, isWordStart } from './boundary.js';
import type { Region } from '../../schemas/index.js';
import { isWithin, placeOf, toRegion, type Level, type Place } from './gazetteer.js';
import { nameIndex, townshipIndex, type NameIndex } from './name-index.js';
import { resolveEntries, scopesOf, type RegionContext } from './resolve.js';
import { COMMON_WORD_NAMES, COMMON_WORD_STEMS, NAME_ENDINGS, ORGANISATION_WORDS, STEM_NOT_FOLLOWED_BY } from './words.js';

export interface RegionMention {
  /** [start, end) in UTF-16 units of the text given */
  start: number;
  end: number;
  region: Region;
  level: Level;
  /** the name begins an enterprise's or school's name (`阳泉煤业`, `云南大学`) */
  partOfName: boolean;
  /** a relative name (`全州`, `州扶贫办`, `各县市`) resolved against the document's region */
  relative: boolean;
}

type Tier = 'safe' | 'local' | 'list';
interface Boundaries {
  whole: (start: number, end: number) => boolean;
  wordStart: (offset: number) => boolean;
}

interface Hit {
  start: number;
  end: number;
  place: Place;
  accepted: boolean;
}

/** Characters that may separate the places of a list (`大理、楚雄`, `东川区和禄劝县`). */
const LIST_SEPARATORS = new Set(['、', '，', ',', '和', '及', '与', '/']);

/** Explicit mentions of places in `text`, in order, not overlapping. */
export function findExplicitMentions(text: string, context: RegionContext = {}): RegionMention[] {
  const within = context.within ?? null;
  const towns = townScope(within);
  const whole = context.wholeWord ?? ((start: number, end: number) => isWholeWord(text, start, end));
  const wordStart = context.wordStart ?? ((offset: number) => isWordStart(text, offset));
  const bounds: Boundaries = { whole, wordStart };
  const hits: Hit[] = [];
  let last: Hit | undefined; // not hits[hits.length - 1]: reading index -1 of an array is a slow property lookup
  for (let i = 0; i < text.length; ) {
    const previous = last && last.end === i && last.accepted ? last.place : null;
    const hit = bestAt(text, i, within, previous, towns, bounds);
    if (hit) {
      hits.push((last = hit));
      i = hit.end;
    } else i++;
  }
  acceptListed(text, hits);
  return hits.filter((h) => h.accepted).map((h) => ({
    start: h.start,
    end: h.end,
    region: toRegion(h.place),
    level: h.place.level,
    partOfName: beginsOrganisation(text, h.end),
    relative: false,
  }));
}

/** Townships are read under the document's prefecture or county (a province has too many to read them all). */
function townScope(within: string | null): NameIndex | null {
  const place = within ? placeOf(within) : undefined;
  return place && place.level !== 'province' ? townshipIndex(place.code) : null;
}

const NO_FORMS: readonly string[] = [];

function bestAt(
  text: string, at: number, within: string | null, previous: Place | null, towns: NameIndex | null, bounds: Boundaries,
): Hit | null {
  // Townships written after their county (`武定县高桥镇`) are looked up there first.
  const town = previous && previous.level !== 'province' && previous.level !== 'township' ? townshipIndex(previous.code) : towns;
  const townForms = town ? town.formsAt(text, at) : NO_FORMS;
  const placeForms = nameIndex().formsAt(text, at);
  if (townForms.length === 0 && placeForms.length === 0) return null; // most positions: nothing to weigh
  const forms: { form: string; town: NameIndex | null }[] = [];
  for (const form of townForms) forms.push({ form, town });
  for (const form of placeForms) forms.push({ form, town: null });
  forms.sort((a, b) => b.form.length - a.form.length);
  for (const { form, town } of forms) {
    const hit = town ? townshipHit(form, town, at) : placeHit(text, form, at, within, previous, bounds);
    if (hit) return hit;
  }
  return null;
}

function townshipHit(form: string, index: NameIndex, at: number): Hit | null {
  const entries = index.lookup(form);
  if (entries.length !== 1 || form.length < 3) return null;
  return { start: at, end: at + form.length, place: entries[0].place, accepted: true };
}

function placeHit(
  text: string, form: string, at: number, within: string | null, previous: Place | null, { whole, wordStart }: Boundaries,
): Hit | null {
  const entry = resolveEntries(nameIndex().lookup(form), previous?.code ?? within);
  if (!entry) return null;
  const end = at + form.length;
  const bare = entry.kind === 'stem' || form.length <= 2;
  if (bare && STEM_NOT_FOLLOWED_BY.some((w) => text.startsWith(w, end))) return null;
  if (bare ? !whole(at, end) : shortAndFar(form, entry.place, within) && mayContinueWord(text, at) && !wordStart(at)) return null;
  // Names written together (`湖北省巴东县`) go from the larger place to the smaller one.
  const underPrevious = previous !== null && isWithin(entry.place.code, previous.code);
  if (previous && !underPrevious) return null;
  const tier = tierOf(form, entry.kind, entry.place);
  const accepted = tier === 'safe' || underPrevious || (tier === 'local' && inLocalScope(entry.place, within));
  return { start: at, end, place: entry.place, accepted };
}

/**
 * A short full name of a county outside the document's province can end a phrase (`县级以上城区`
 * holds 上城区): a word must start where it starts (not its end: `巴东县人民政府` is one word).
 * Inside the province, in long names, and for provinces and prefectures, it is taken as written.
 */
function shortAndFar(form: string, place: Place, within: string | null): boolean {
  if (form.length > SHORT_FULL_NAME || place.level !== 'county') return false;
  return within === null || place.code.slice(0, 2) !== within.slice(0, 2);
}

/**
 * Whether the character before `at` could make a word with what follows: a Chinese character
 * that does not end a place's name (`以上城区`, not `杭州市上城区`). Anything else is a boundary,
 * and jieba need not be asked.
 */
function mayContinueWord(text: string, at: number): boolean {
  const before = text.charCodeAt(at - 1);
  return before >= 0x4e00 && before <= 0x9fff && !NAME_ENDINGS.includes(text[at - 1]!);
}

/** County names this long or shorter (`上城区`, `铁西区`) are checked as words outside the document's province. */
const SHORT_FULL_NAME = 3;

function tierOf(form: string, kind: string, place: Place): Tier {
  if (COMMON_WORD_NAMES.has(form) || (kind === 'stem' && COMMON_WORD_STEMS.has(form))) return 'list';
  if (form.length <= 2) return place.level === 'province' || place.level === 'prefecture' ? 'safe' : 'local';
  return 'safe';
}

/** Bare county names are read inside the document's prefecture (or province, for a provincial document). */
function inLocalScope(place: Place, within: string | null): boolean {
  const scopes = scopesOf(within);
  const local = scopes.length > 1 ? scopes[scopes.length - 2] : scopes[0];
  return local !== undefined && isWithin(place.code, local);
}

/** Pending hits next to an accepted one, separated by at most one list separator, are accepted. */
function acceptListed(text: string, hits: Hit[]): void {
  for (let changed = true; changed; ) {
    changed = false;
    hits.forEach((h, i) => {
      if (h.accepted) return;
      const before = hits[i - 1];
      const after = hits[i + 1];
      if ((before?.accepted && separates(text.slice(before.end, h.start))) ||
          (after?.accepted && separates(text.slice(h.end, after.start)))) {
        h.accepted = true;
        changed = true;
      }
    });
  }
}

function separates(gap: string): boolean {
  return LIST_SEPARATORS.has(gap);
}


function beginsOrganisation(text: string, end: number): boolean {
  const after = text.slice(end, end + 6).split(/[，。、；：（(\s]/)[0];
  return ORGANISATION_WORDS.some((w) => { const k = after.indexOf(w); return k >= 0 && k <= 4; });
}
