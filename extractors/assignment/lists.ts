// Lists of bodies and people inside a responsibility block: split, tidied, shared prefixes spread.
import {
  BODY_FUNCTIONS, BODY_LEVELS, BODY_SUFFIXES, CLOSE_BRACKETS, CONJUNCTIONS, ETC, FILLER_SUFFIXES, GENERIC_BODY_WORDS, GOVERNMENT_WORDS, OPEN_BRACKETS,
  PARTY_COMMITTEES, SHARED_OFFICE_MAX, SHARED_PREFIX_WORDS,
  SURNAMES, TITLE_ENDINGS,
} from './words.js';

const LIST_SEPARATORS = '、，,；;';
const CONJOINED = new RegExp(`(?:${CONJUNCTIONS.join('|')})`, 'u');
/** `高等学校`, `平等` … : here 等 is part of a word. */
const NOT_ETC_BEFORE = '高同平初中对均相上优';

/** Splits at `、，,；;` outside brackets and quotes (`各县（市、区）` stays whole). */
export function splitTopLevel(text: string, separators = LIST_SEPARATORS): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (OPEN_BRACKETS.includes(ch)) depth++;
    else if (CLOSE_BRACKETS.includes(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && separators.includes(ch)) {
      out.push(text.slice(from, i));
      from = i + 1;
    }
  }
  out.push(text.slice(from));
  return out;
}

/** Drops white space, stray emphasis and the words that name no body (`等`, `按职责分工`). */
export function tidyName(raw: string): string {
  let s = raw.replace(/[\s*]+/g, '').replace(/^[。：:]+|[。：:]+$/g, '').replace(/^由(?=..)/u, '');
  // `X等有关部门和单位`: everything from 等 on summarises, X is the body
  const etc = s.indexOf(ETC);
  if (etc > 1 && !/^等[级次]/u.test(s.slice(etc)) && !NOT_ETC_BEFORE.includes(s[etc - 1])) s = s.slice(0, etc);
  for (let changed = true; changed;) {
    changed = false;
    for (const w of FILLER_SUFFIXES) {
      if (s.length > w.length && s.endsWith(w)) {
        s = s.slice(0, -w.length);
        changed = true;
      }
    }
  }
  return s;
}

/** Words that a shared prefix is written once before, in groups that share only among themselves. */
const PREFIX_GROUPS: readonly (readonly string[])[] = [SHARED_PREFIX_WORDS, GENERIC_BODY_WORDS];

/**
 * `武定县党委、政府` → `武定县党委`, `武定县政府`; `东川区委、区政府` → `东川区委`, `东川区政府`;
 * `市直有关部门、单位` → `市直有关部门`, `市直有关单位`.
 */
export function spreadPrefixes(items: string[]): string[] {
  const out: string[] = [];
  for (const item of items) {
    const prev = out.at(-1);
    out.push(prev ? withSharedPrefix(prev, item) : item);
  }
  return out;
}

function withSharedPrefix(prev: string, item: string): string {
  for (const words of PREFIX_GROUPS) {
    if (!words.includes(item)) continue;
    const ending = longestEnding(prev, words);
    if (ending && prev.length > ending.length) return prev.slice(0, -ending.length) + item;
  }
  return item;
}

function longestEnding(s: string, words: readonly string[]): string | null {
  let best: string | null = null;
  for (const w of words) if (s.endsWith(w) && (!best || w.length > best.length)) best = w;
  return best;
}

/** `县委、县人民政府督查室` → `县委督查室`, `县人民政府督查室`: a bare committee shares the next item's office. */
export function spreadOffices(items: string[]): string[] {
  return items.map((item, i) => {
    const next = items[i + 1];
    if (!next || !PARTY_COMMITTEES.some((c) => item.endsWith(c))) return item;
    const office = officeAfterGovernment(next);
    return office ? item + office : item;
  });
}

function officeAfterGovernment(item: string): string | null {
  for (const gov of GOVERNMENT_WORDS) {
    const at = item.indexOf(gov);
    if (at <= 0) continue;
    const office = item.slice(at + gov.length);
    const isOffice = office.length >= 2 && office.length <= SHARED_OFFICE_MAX && BODY_SUFFIXES.some((s) => office.endsWith(s));
    return isOffice ? office : null;
  }
  return null;
}

/** The bodies of a list, in order, duplicates dropped. */
export function bodiesOf(text: string): string[] {
  const items = splitTopLevel(text).flatMap(splitConjoined).map(tidyName).filter((s) => s.length > 1);
  return unique(spreadOffices(spreadPrefixes(items)));
}

/**
 * `市级各有关部门及各县市区政府` → two bodies; `各有关部门和单位`, `工业和信息化部`, `财政和税务部门` stay
 * whole: both sides must name a body on their own.
 */
function splitConjoined(item: string): string[] {
  const m = CONJOINED.exec(item);
  if (!m) return [item];
  const left = item.slice(0, m.index);
  const right = item.slice(m.index + m[0].length);
  const rightOk = SHARED_PREFIX_WORDS.includes(right) || (right.length >= 3 && looksLikeBody(right));
  return looksLikeBody(left) && rightOk ? [left, ...splitConjoined(right)] : [item];
}

/** `王建国` in a unit list: a surname and one or two characters, naming no body. */
export function looksLikePerson(item: string): boolean {
  return /^[\u4e00-\u9fff]{2,3}$/u.test(item) && SURNAMES.includes(item[0]) && !looksLikeBody(item);
}

/** A body's name: it ends as bodies do (`局`, `政府`, `各县（市、区）`). */
export function looksLikeBody(name: string): boolean {
  const bare = name.replace(/[（(][^（()）]*[）)]$/u, '');
  return bare.length >= 2 && BODY_SUFFIXES.some((w) => bare.endsWith(w));
}

/**
 * `省级财政`, `各级审计`: a level's offices of one work. A body only where it acts (`省级财政要会同…`):
 * elsewhere the same words name money (`所需资金由省级财政负责`).
 */
export function levelledBody(name: string): boolean {
  const level = BODY_LEVELS.find((l) => name.startsWith(l));
  return level !== undefined && BODY_FUNCTIONS.includes(name.slice(level.length));
}

const HAN_NAME = /^[\u4e00-\u9fff]{2,4}$/u;

/** People of a 牵头领导 list: names, with a title before the name dropped (`副县长王建国` → `王建国`). */
export function leadersOf(text: string): string[] {
  const out: string[] = [];
  for (const item of splitTopLevel(text).map(tidyName)) {
    const name = nameAfterTitle(item);
    // `市长王建军` ends like a body (军) but is a title and a name
    if (name === item && (item.length < 2 || (looksLikeBody(item) && !isPersonName(item)))) continue;
    out.push(name);
  }
  // `县委副书记、县长张伟` is one person: a bare title goes when a name is given
  const named = out.filter((x) => !isTitle(x));
  return unique(named.length ? named : out);
}

/** Two or three Han characters are a name even when the last one is a body's (`张志军`), unless the
 * body word is two characters long (`市政府`) or the whole item is one (`州委`). */
function isPersonName(item: string): boolean {
  if (!/^[\u4e00-\u9fff]{3}$/u.test(item)) return false;
  return !BODY_SUFFIXES.some((w) => w.length > 1 && item.endsWith(w));
}

function isTitle(item: string): boolean {
  return TITLE_ENDINGS.some((t) => item.endsWith(t));
}

function nameAfterTitle(item: string): string {
  for (let i = item.length - 2; i >= 1; i--) {
    const head = item.slice(0, i);
    const rest = item.slice(i);
    if (rest.length <= 3 && TITLE_ENDINGS.some((t) => head.endsWith(t)) && HAN_NAME.test(rest)
      && !TITLE_ENDINGS.some((t) => rest.endsWith(t))) return rest;
  }
  return item;
}

export function unique(items: string[]): string[] {
  return [...new Set(items)];
}
