// Whether a figure is a goal (`确保…`, `力争`, a deadline ahead of the document's date) or a
// reported result (`已`, `累计`, `截至…`); null where the text does not tell.
import type { Doc, DocMeta, Fact } from '../../src/core/types.js';
import { factsWithin, MAX_CLAUSE, placeOf } from './clause.js';
import { ACTUAL_CUES, GOAL_WORDS as GOALS, TARGET_CUES } from './words.js';

const GOAL_WORDS = new Set(GOALS);

const CUES = [
  ...TARGET_CUES.map((w) => ({ w, role: 'target' as const })),
  ...ACTUAL_CUES.map((w) => ({ w, role: 'actual' as const })),
].sort((a, b) => b.w.length - a.w.length);

type Cue = (typeof CUES)[number];

/** The cues by their last character, in CUES order: the cue ending nearest a figure is found walking back from it. */
const CUES_BY_LAST = new Map<number, Cue[]>();
for (const cue of CUES) {
  const last = cue.w.charCodeAt(cue.w.length - 1);
  CUES_BY_LAST.set(last, [...(CUES_BY_LAST.get(last) ?? []), cue]);
}

/**
 * The cue in [from, to) that ends last, the longest of those ending there (as a search of every
 * cue's last occurrence would pick); `at` is where it ends.
 */
function lastCue(text: string, from: number, to: number): (Cue & { at: number }) | null {
  for (let end = to; end > from; end--) {
    for (const cue of CUES_BY_LAST.get(text.charCodeAt(end - 1)) ?? []) {
      const start = end - cue.w.length;
      if (start >= from && text.startsWith(cue.w, start)) return { ...cue, at: end };
    }
  }
  return null;
}

export function roleOf(q: Fact<'quantity'>, doc: Doc, meta: DocMeta, facts: Fact[]): 'target' | 'actual' | null {
  const place = placeOf(doc, q.start, q.end);
  // cues are looked for in the sentence, not past the reach of a clause (run-on text would make it quadratic)
  const from = Math.max(place.sentence?.start ?? place.clauseStart, q.start - MAX_CLAUSE);
  const deadline = factsWithin(facts, 'date', from, q.start).find((d) => d.record.role === 'deadline');
  if (deadline && (!meta.issuedOn || (deadline.record.end ?? '') >= meta.issuedOn)) return 'target';
  const best = lastCue(doc.text, from, q.start);
  // `减少到2018年底的13675户`: a figure dated before the document is reported, unless a goal word says otherwise
  const dated = factsWithin(facts, 'date', place.clauseStart, q.start).at(-1)?.record;
  const past = dated && meta.issuedOn && dated.role !== 'since' && (dated.end ?? dated.start ?? '9999') < meta.issuedOn;
  if (past && !(best?.role === 'target' && GOAL_WORDS.has(best.w))) return 'actual';
  if (best) return best.role;
  // `…完成了N` / `N已…`: a cue right after the figure
  if (/^[^，。；]{0,6}(?:已|已经|完成了|实现了)/.test(doc.text.slice(q.end, place.clauseEnd))) return 'actual';
  return null;
}
