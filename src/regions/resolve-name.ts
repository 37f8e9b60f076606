// Names to regions: `resolveRegion('禄劝县')` → 530128, read against the document's region.
import type { Region } from '../../schemas/index.js';
import { placeOf, toRegion, type Place } from './gazetteer.js';
import { findExplicitMentions } from './mentions.js';
import { nameIndex } from './name-index.js';
import { resolveEntries, type RegionContext } from './resolve.js';

/**
 * The region a name means (official, short or irregular form, or a chain such as `湖北省巴东县`),
 * or null when unknown or ambiguous.
 */
export function resolveRegion(name: string, context: RegionContext = {}): Region | null {
  const within = context.within ?? null;
  const entry = resolveEntries(nameIndex().lookup(name.trim()), within);
  if (entry) return toRegion(entry.place);
  const chain = chainOf(name.trim(), within);
  return chain ? toRegion(chain) : null;
}

/** The innermost place of a name made of nested names written together, or null. */
function chainOf(name: string, within: string | null): Place | null {
  const mentions = findExplicitMentions(name, { within });
  if (mentions.length < 2 || mentions[0].start !== 0 || mentions[mentions.length - 1].end !== name.length) return null;
  for (let i = 1; i < mentions.length; i++) {
    if (mentions[i].start !== mentions[i - 1].end) return null;
  }
  return placeOf(mentions[mentions.length - 1].region.code) ?? null;
}

/** The places a name may mean, unresolved. */
export function candidatesOf(name: string): Place[] {
  return nameIndex().lookup(name.trim()).map((e) => e.place);
}
