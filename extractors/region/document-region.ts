// `document.region`: the region the document governs, read from its issuer (`楚雄州扶贫开发领导
// 小组` → 532300), else its title (`大理州五场硬战…` → 532900), else the province its number's
// code names (`琼府〔2005〕9号`), else a place in the masthead and first lines. Central issuers (国务院, 国务院办公厅, ministries) govern no one region: null, whatever
// places their titles name (`国务院办公厅关于湖北省巴东县…的复函`).
import type { DocMeta, FieldCandidate, FieldExtractor } from '../../src/core/types.js';
import {
  commonAncestor, findExplicitMentions, isWithin, placeOf, toRegion, type Place, type RegionMention,
} from '../../src/regions/index.js';
import {
  ISSUER_LEVEL_WORDS, MASTHEAD_CHARS, MASTHEAD_PARAGRAPHS, NATIONAL_BODY_ENDINGS, NATIONAL_ISSUER_PREFIXES, NATIONAL_NUMBER_CODES,
  PLACE_LIST_GAP,
  PROVINCE_CODE_CHARS, QUOTE_CLOSE, QUOTE_OPEN, SELF_LEVELS, SELF_PREFIXES, TITLE_LIST_SEPARATORS,
} from './words.js';

const SELF_WORD = new RegExp(`[${SELF_PREFIXES}](${SELF_LEVELS.join('|')})`, 'gu');

export const documentRegionExtractor: FieldExtractor = {
  id: 'region.document',
  version: '1.2.0',
  kind: 'field',
  scope: 'document',
  extract(segment, ctx): FieldCandidate[] {
    const lines = ctx.doc.paragraphs.slice(0, MASTHEAD_PARAGRAPHS).map((p) => p.text);
    const found = documentRegion(ctx.meta, lines, ctx.doc.text);
    if (!found) return [];
    // the span is where the name stands in the text; an issuer joined from several lines may not
    // be found verbatim, then the field keeps an empty span at the start
    const at = segment.text.indexOf(found.quote);
    const [start, end] = at < 0 ? [0, 0] : [at, at + found.quote.length];
    return [{ field: 'region', value: toRegion(found.place), start, end }];
  },
};

export interface DocumentRegion {
  place: Place;
  /** the name it was read from */
  quote: string;
  from: 'issuer' | 'title' | 'docNumber' | 'masthead';
}

type Meta = Pick<DocMeta, 'issuer' | 'title'> & Partial<Pick<DocMeta, 'docNumber'>>;

/**
 * The document's region, the evidence in the order of its weight (GENRE.md, "the issuer's region
 * decides"): the issuer, the title, the province its document number's code names, and only then
 * a place named in the first lines. `text` is the whole text, read for how it names its own
 * region (`全区`, `我省`). Null for a national document, or one that names no place.
 */
export function documentRegion(meta: Meta, firstLines: string[] = [], text = ''): DocumentRegion | null {
  const issuer = meta.issuer?.trim() || null;
  const title = meta.title?.trim() || null;
  const masthead = firstLines.join('\n').slice(0, MASTHEAD_CHARS);
  let level: string | null = null;
  if (issuer) {
    // a name several places share (`朝阳区人民政府`) is read inside the place the title or masthead names
    const named = leadingPlace(mentionsIn(issuer)) ?? leadingPlace(mentionsIn(issuer, hintOf([title ?? '', masthead])));
    if (named) return { ...named, from: 'issuer' };
    if (isNational(issuer)) return null;
    level = ISSUER_LEVEL_WORDS.find((w) => issuer.startsWith(w)) ?? null;
  }
  // no issuer given, but a number of the State Council or its offices (`国函〔2015〕141号`): national
  if (!issuer && NATIONAL_NUMBER_CODES.some((c) => (meta.docNumber ?? '').startsWith(c))) return null;
  if (title) {
    if (NATIONAL_ISSUER_PREFIXES.some((p) => title.startsWith(p))) return null;
    const named = titlePlace(title);
    if (named === 'national') return null;
    if (named && fitsLevel(named.place, level)) return { ...named, from: 'title' };
  }
  const selfLevel: SelfLevel | null = level ? { level, clear: true } : ownLevel(text);
  const coded = numberProvince(meta.docNumber ?? null, selfLevel?.level ?? null);
  if (coded) return coded;
  return mastheadPlace(masthead, selfLevel);
}

/**
 * The first place of the first lines that is neither one of a list of places (award winners, the
 * counties a task goes to) nor inside quotation marks: one at the level the document speaks of
 * itself at first (`全区` → 庐阳区, not the 安徽 of a slogan before it), else, unless that level
 * is clear, the first.
 */
function mastheadPlace(masthead: string, self: SelfLevel | null): DocumentRegion | null {
  const mentions = mentionsIn(masthead);
  const single = mentions.filter((m, k) => !inList(masthead, mentions, k) && !quoted(masthead, m.start));
  const fits = (m: RegionMention) => self !== null && fitsLevel(placeOf(m.region.code)!, self.level);
  const first = single.find(fits) ?? (self?.clear ? undefined : single[0]);
  return first ? { place: placeOf(first.region.code)!, quote: first.quote, from: 'masthead' } : null;
}

/** The mention stands next to another one that is not inside it (`文昌市 海口市`, not `云南省楚雄州`). */
function inList(text: string, mentions: RegionMention[], k: number): boolean {
  const [prev, m, next] = [mentions[k - 1], mentions[k], mentions[k + 1]];
  const joined = (a: RegionMention, b: RegionMention) =>
    PLACE_LIST_GAP.test(text.slice(a.end, b.start)) && !isWithin(b.region.code, a.region.code);
  return (prev !== undefined && joined(prev, m)) || (next !== undefined && joined(m, next));
}

/** The position lies inside a quotation opened on its line. */
function quoted(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0 && text[i] !== '\n'; i--) {
    if (QUOTE_CLOSE.includes(text[i])) return false;
    if (QUOTE_OPEN.includes(text[i])) return true;
  }
  return false;
}

interface SelfLevel {
  level: string;
  /** named so at least twice, twice as often as any other level: no place of another level is taken */
  clear: boolean;
}

/** The level the text names its own region at most often (`全区`×3, `全省`×1 → 区), or null on a tie. */
function ownLevel(text: string): SelfLevel | null {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(SELF_WORD)) counts.set(m[1], (counts.get(m[1]) ?? 0) + 1);
  const [top, second] = [...counts].sort((a, b) => b[1] - a[1]);
  if (!top || (second && top[1] === second[1])) return null;
  return { level: top[0], clear: top[1] >= 2 && top[1] >= 2 * (second?.[1] ?? 0) };
}

/** `琼府〔2005〕9号` → 海南省, when the text speaks of itself at that province's level (`我省`). */
function numberProvince(docNumber: string | null, selfLevel: string | null): DocumentRegion | null {
  const code = docNumber ? PROVINCE_CODE_CHARS[docNumber[0]] : undefined;
  const place = code ? placeOf(code) : undefined;
  return place && selfLevel && fitsLevel(place, selfLevel) ? { place, quote: docNumber!, from: 'docNumber' } : null;
}

/** The first place named in any of the texts, as a context for names several places share. */
function hintOf(texts: string[]): string | null {
  for (const text of texts) {
    const first = mentionsIn(text)[0];
    if (first) return first.region.code;
  }
  return null;
}

function mentionsIn(text: string, within: string | null = null): (RegionMention & { quote: string })[] {
  if (within === null && text === '') return [];
  return findExplicitMentions(text, { within }).filter((m) => !m.partOfName).map((m) => ({ ...m, quote: text.slice(m.start, m.end) }));
}

/** The first place named, made more specific by the places written right after it (`云南省楚雄州`). */
function leadingPlace(mentions: (RegionMention & { quote: string })[]): Omit<DocumentRegion, 'from'> | null {
  if (mentions.length === 0) return null;
  let k = 0;
  while (k + 1 < mentions.length && mentions[k + 1].start === mentions[k].end
    && isWithin(mentions[k + 1].region.code, mentions[k].region.code)) k++;
  return { place: placeOf(mentions[k].region.code)!, quote: mentions[k].quote };
}

/**
 * The place a title is about: the first place it names, or the innermost place holding the
 * first list of places (`东川区、禄劝县` → 昆明市); 'national' when that list spans provinces.
 */
function titlePlace(title: string): Omit<DocumentRegion, 'from'> | 'national' | null {
  const mentions = mentionsIn(title);
  if (mentions.length === 0) return null;
  const group = [mentions[0]];
  for (const m of mentions.slice(1)) {
    const gap = title.slice(group[group.length - 1].end, m.start);
    if (gap !== '' && !TITLE_LIST_SEPARATORS.includes(gap)) break;
    group.push(m);
  }
  const items = chains(group);
  if (items.length === 1) return leadingPlace(items[0]);
  const shared = commonAncestor(items.map((chain) => chain[chain.length - 1].region.code));
  return shared ? { place: shared, quote: title.slice(group[0].start, group[group.length - 1].end) } : 'national';
}

/** Splits a list into items: a place and the places written right after it inside it. */
function chains<T extends RegionMention>(group: T[]): T[][] {
  const out: T[][] = [];
  for (const m of group) {
    const last = out[out.length - 1]?.at(-1);
    if (last && last.end === m.start && isWithin(m.region.code, last.region.code)) out[out.length - 1].push(m);
    else out.push([m]);
  }
  return out;
}

function isNational(issuer: string): boolean {
  return issuer.split(/[\s、，,]+/).filter(Boolean).every((body) =>
    NATIONAL_ISSUER_PREFIXES.some((p) => body.startsWith(p)) || NATIONAL_BODY_ENDINGS.some((e) => body.endsWith(e)));
}

/** An issuer named by its level alone (`省人民政府`) takes a place of that level. */
function fitsLevel(place: Place, level: string | null): boolean {
  return level === null || place.name.endsWith(level);
}

