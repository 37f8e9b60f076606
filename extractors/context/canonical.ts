// A metric's key for comparing figures across documents: region, time and scope words moved
// out (they are the figure's `region` and `asOf`), variants mapped to one name.
import { KEY_NOISE, METRIC_SYNONYMS } from './synonyms.js';

const NOISE = [...KEY_NOISE].sort((a, b) => b.length - a.length);

export function canonicalMetric(metric: string | null, regionNames: string[] = []): string | null {
  if (!metric) return null;
  let key = metric.replace(/\s+/g, '').replace(/的/g, '');
  for (const name of [...regionNames].sort((a, b) => b.length - a.length)) if (name) key = key.split(name).join('');
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
