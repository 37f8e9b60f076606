// Resolution of a name to one place. A name several places share is resolved by the document's
// region (a candidate inside it, then inside its prefecture, then its province) or by level (a
// province or prefecture over counties of the same name); otherwise it stays unresolved.
import { isWithin, lineage, type Level, type Place } from './gazetteer.js';
import type { NameEntry } from './name-index.js';

export interface RegionContext {
  /** code of the document's region (`ctx.meta.region?.code`) */
  within?: string | null;
  /**
   * whether [start, end) of the text is cut as whole words; by default jieba cuts a small window
   * around the span, a caller holding the document's own cut passes it here (one cut, not one per name)
   */
  wholeWord?: (start: number, end: number) => boolean;
  /** whether a word starts at an offset of the text, from the same cut as wholeWord */
  wordStart?: (offset: number) => boolean;
}

const RANK: Record<Level, number> = { province: 0, prefecture: 1, county: 2, township: 3 };

/** Places enclosing `within` that scope a name, innermost first: itself, its prefecture, its province. */
export function scopesOf(within: string | null): string[] {
  if (!within) return [];
  const chain = lineage(within);
  const scopes = [chain[0]];
  const prefecture = chain.find((p) => p.level === 'prefecture');
  if (prefecture) scopes.push(prefecture);
  scopes.push(chain[chain.length - 1]);
  return [...new Set(scopes.filter(Boolean).map((p) => p.code))];
}

export function resolveEntries(entries: NameEntry[], within: string | null): NameEntry | null {
  if (entries.length === 0) return null;
  for (const scope of scopesOf(within)) {
    const inside = entries.filter((e) => isWithin(e.place.code, scope));
    if (inside.length) return pick(inside);
  }
  return pick(entries);
}

/** One entry: the only one, the only official name, or the only one of the highest level. */
function pick(entries: NameEntry[]): NameEntry | null {
  if (entries.length === 1) return entries[0];
  const full = entries.filter((e) => e.kind === 'full');
  if (full.length === 1) return full[0];
  const pool = full.length ? full : entries;
  const top = Math.min(...pool.map((e) => RANK[e.place.level]));
  const highest = pool.filter((e) => RANK[e.place.level] === top);
  return highest.length === 1 ? highest[0] : null;
}

/** The nearest place enclosing `within` (itself included) whose name ends with a level word. */
export function enclosingAt(within: string, levelWord: string): Place | null {
  return lineage(within).find((p) => p.name.endsWith(levelWord)) ?? null;
}

