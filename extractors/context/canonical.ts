// A metric's key for comparing figures across documents: region, time and scope words moved
// out (they are the figure's `region` and `asOf`), variants mapped to one name.
import { KEY_NOISE, METRIC_SYNONYMS } from './synonyms.js';

const NOISE = [...KEY_NOISE].sort((a, b) => b.length - a.length);

/**
 * The key maker of one document, given the region names it writes: the names are sorted once,
 * and each metric's key made once (a document names the same few metrics for many figures).
 */
export function canonicalMetrics(regionNames: string[]): (metric: string | null) => string | null {
  const names = [...regionNames].sort((a, b) => b.length - a.length);
  const keys = new Map<string, string | null>();
  return (metric) => {
    if (!metric) return null;
    let key = keys.get(metric);
    if (key === undefined) keys.set(metric, (key = keyOf(metric, names)));
    return key;
  };
}

/** `names` longest first. */
function keyOf(metric: string, names: string[]): string | null {
  let key = metric.replace(/\s+/g, '').replace(/的/g, '');
  for (const name of names) if (name && key.includes(name)) key = key.split(name).join('');
  for (let changed = true; changed; ) {
    changed = false;
    for (const n of NOISE) {
      if (key.startsWith(n) && key.length > n.length) {
        key = key.slice(n.length);
        changed = true;
      }
    }
  }
  key = key.replace(/^\d{4}年/, '');
  return METRIC_SYNONYMS[key] ?? key;
}
