// The section of a path that holds an offset. Paths start afresh in each part of a document (an
// enclosed plan after its notice has its own 一、), so `doc.section(path)` alone may name another.
import type { Doc, Section } from '../core/types.js';

/** The section of that path nearest before an offset, or undefined when none starts before it. */
export function sectionBefore(doc: Doc, path: string, offset: number): Section | undefined {
  const same = sectionsByPath(doc).get(path) ?? [];
  let lo = 0;
  let hi = same.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (same[mid].start <= offset) lo = mid + 1;
    else hi = mid;
  }
  return same[lo - 1];
}

/** Sections by path in document order, once per document: a scan of all per paragraph is quadratic. */
const byPath = new WeakMap<Doc, Map<string, Section[]>>();

function sectionsByPath(doc: Doc): Map<string, Section[]> {
  let map = byPath.get(doc);
  if (!map) {
    map = new Map();
    for (const s of [...doc.sections].sort((a, b) => a.start - b.start)) {
      const list = map.get(s.path);
      if (list) list.push(s);
      else map.set(s.path, [s]);
    }
    byPath.set(doc, map);
  }
  return map;
}
