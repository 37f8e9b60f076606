// Short forms of official names, by rule (GENRE.md "Regions"): ethnic parts dropped
// (`楚雄彝族自治州` → `楚雄州`, `楚雄`), level words dropped (`昆明市` → `昆明`),
// `广西壮族自治区` → `广西`. Irregular forms come from aliases.ts.
import type { Level, Place } from './gazetteer.js';
import { ETHNIC_NAMES, LEVEL_SUFFIXES, SHORT_LEVEL } from './words.js';

/** full: the official name; short: a shortened name with a level word; stem: a bare name. */
export type FormKind = 'full' | 'short' | 'stem';

export interface NameForm {
  form: string;
  kind: FormKind;
}

const ETHNIC_LONGEST_FIRST = [...ETHNIC_NAMES].sort((a, b) => b.length - a.length);

/** Splits an official name into its core and level suffix (`禄劝彝族苗族` + `自治县`). */
export function splitName(name: string, level: Level): { core: string; suffix: string } {
  for (const suffix of LEVEL_SUFFIXES[level]) {
    if (name.length > suffix.length && name.endsWith(suffix)) {
      return { core: name.slice(0, -suffix.length), suffix };
    }
  }
  return { core: name, suffix: '' };
}

/**
 * Drops the nationalities at the end of a core (`禄劝彝族苗族` → `禄劝`, `新疆维吾尔` → `新疆`).
 * A bare nationality without `族` is dropped only when it has two characters or more and leaves
 * two (so `内蒙古` stays whole); a core that is only a nationality keeps it (`鄂伦春`).
 */
export function stripEthnic(core: string): string {
  let rest = core;
  for (;;) {
    const next = dropOneEthnic(rest);
    if (next === null) return rest;
    if (next === '') return rest.replace(/族$/, '');
    rest = next;
  }
}

function dropOneEthnic(core: string): string | null {
  for (const e of ETHNIC_LONGEST_FIRST) {
    if (core.endsWith(`${e}族`)) return core.slice(0, -(e.length + 1));
  }
  for (const e of ETHNIC_LONGEST_FIRST) {
    if (e.length >= 2 && core.endsWith(e) && core.length - e.length >= 2) return core.slice(0, -e.length);
  }
  return null;
}

/** The forms a document may use for a place: official name, shortened name, bare stem. */
export function nameForms(place: Place): NameForm[] {
  const forms: NameForm[] = [{ form: place.name, kind: 'full' }];
  const { core, suffix } = splitName(place.name, place.level);
  if (!suffix) return forms;
  const autonomous = suffix.startsWith('自治') || suffix === '民族乡' || core.endsWith('族');
  const stem = autonomous ? stripEthnic(core) : core;
  const shortLevel = suffix.startsWith('自治') || suffix === '民族乡' ? SHORT_LEVEL[suffix] : suffix;
  if (autonomous && shortLevel) forms.push({ form: stem + shortLevel, kind: 'short' });
  if (place.level !== 'township' && stem.length >= 2 && stem !== place.name) forms.push({ form: stem, kind: 'stem' });
  return forms;
}
