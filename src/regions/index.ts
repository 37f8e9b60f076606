// The regions API: gazetteer look-ups, name resolution and mentions in text.
import { findExplicitMentions, type RegionMention } from './mentions.js';
import { findRelativeMentions } from './relative.js';
import type { RegionContext } from './resolve.js';

export interface MentionOptions extends RegionContext {
  /** also return relative names (`全州`, `州扶贫办`, `各县市`) resolved against `within` */
  relative?: boolean;
}

/**
 * Places named in `text`, in order: explicit names (`楚雄州`, `武定县`, `昆明`), and with
 * `relative: true` the relative ones too. Offsets are UTF-16 indices into `text`.
 */
export function findRegionMentions(text: string, options: MentionOptions = {}): RegionMention[] {
  const explicit = findExplicitMentions(text, options);
  if (!options.relative) return explicit;
  return [...explicit, ...findRelativeMentions(text, options, explicit)].sort((a, b) => a.start - b.start);
}

export type { RegionMention } from './mentions.js';
export { findExplicitMentions } from './mentions.js';
export { findRelativeMentions } from './relative.js';
export { resolveRegion, candidatesOf } from './resolve-name.js';
export { enclosingAt, type RegionContext } from './resolve.js';
export {
  placeOf, lineage, isWithin, commonAncestor, provinceOf, childrenOfPlace, toRegion,
  type Place, type Level,
} from './gazetteer.js';
