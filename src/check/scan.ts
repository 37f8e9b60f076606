// Helpers the detectors share: where a figure sits (sentence, clause) and what is written
// around it. Offsets are UTF-16 indices into the view's text.
import type { DocView, Figure, SentenceView } from './model.js';
import { AVERAGE_WORDS, CHANGE_STEMS, CLAUSE_BREAKS, CLAUSE_PUNCT, COMPARED_WORDS, GENERIC_METRIC_WORDS, GOAL_WORDS } from './words.js';

export const isPercent = (f: Figure) => f.record.unit === '%';

/** The sentence holding an offset (the segmenter splits at `。；！？`). */
export function sentenceAt(view: DocView, at: number): SentenceView | undefined {
  let lo = 0;
  let hi = view.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = view.sentences[mid];
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

export function sentenceIndexAt(view: DocView, at: number): number {
  const s = sentenceAt(view, at);
  return s ? view.sentences.indexOf(s) : -1;
}

/** Figures wholly inside [start, end), in text order. */
export function figuresIn(view: DocView, start: number, end: number): Figure[] {
  return view.figures.filter((f) => f.start >= start && f.end <= end);
}

/** Figures of the sentence that holds `f`. */
export function sentenceFigures(view: DocView, f: Figure): Figure[] {
  const s = sentenceAt(view, f.start);
  return s ? figuresBySentence(view).get(s) ?? [f] : [f];
}

const BY_SENTENCE = new WeakMap<DocView, Map<SentenceView, Figure[]>>();

/** Each sentence's figures, computed once per view. */
function figuresBySentence(view: DocView): Map<SentenceView, Figure[]> {
  let map = BY_SENTENCE.get(view);
  if (!map) {
    map = new Map();
    for (const f of view.figures) {
      const s = sentenceAt(view, f.start);
      if (!s || f.end > s.end) continue;
      if (!map.has(s)) map.set(s, []);
      map.get(s)!.push(f);
    }
    BY_SENTENCE.set(view, map);
  }
  return map;
}

/** Start of the clause that holds `at`: just after the last clause break before it. */
export function clauseStart(text: string, at: number, floor = 0): number {
  let i = at;
  while (i > floor && !CLAUSE_BREAKS.includes(text[i - 1])) i--;
  return i;
}

/** End of the clause that holds `at`: the next clause break. */
export function clauseEnd(text: string, at: number, ceiling = text.length): number {
  let i = at;
  while (i < ceiling && !CLAUSE_BREAKS.includes(text[i])) i++;
  return i;
}

/** Text of the clause before a figure, at most `n` characters. */
export function leftOf(view: DocView, f: Figure, n: number): string {
  const from = Math.max(clauseStart(view.text, f.start), f.start - n);
  return view.text.slice(from, f.start);
}

/** Text of the clause after a figure, at most `n` characters. */
export function rightOf(view: DocView, f: Figure, n: number): string {
  const to = Math.min(clauseEnd(view.text, f.end), f.end + n);
  return view.text.slice(f.end, to);
}

export const between = (view: DocView, a: Figure, b: Figure) => view.text.slice(a.end, b.start);

/** The text of `s` ends with one of `words` (longest first); returns the word. */
export function endsWithAny(s: string, words: readonly string[]): string | undefined {
  return [...words].sort((a, b) => b.length - a.length).find((w) => s.endsWith(w));
}

export const hasDigit = (s: string) => /[0-9０-９]/.test(s);

/** The figure is stated as a goal: its clause says `确保`, `力争`, `…月底前`. */
export function statedAsGoal(view: DocView, f: Figure): boolean {
  const clause = view.text.slice(clauseStart(view.text, f.start), f.start);
  return GOAL_WORDS.some((w) => clause.includes(w));
}

const CHANGE_AMOUNT = new RegExp(`(?:${COMPARED_WORDS.join('|')})[^${CLAUSE_PUNCT}0-9]{0,8}?(?:${CHANGE_STEMS.join('|')})[^${CLAUSE_PUNCT}0-9]{0,3}$`, 'u');

/** `比上年增收1284万元`: the figure is a change against an earlier one, not an amount of its own. */
export function isChangeAmount(view: DocView, f: Figure): boolean {
  return !isPercent(f) && CHANGE_AMOUNT.test(leftOf(view, f, 14));
}

/** `人均地区生产总值为74331元`: an amount each, not a total. */
export function isAverage(view: DocView, f: Figure): boolean {
  const lead = leftOf(view, f, 16);
  return Object.keys(AVERAGE_WORDS).some((w) => lead.includes(w));
}

const GENERIC = new RegExp([...GENERIC_METRIC_WORDS].sort((a, b) => b.length - a.length).join('|'), 'gu');

/** Pairs of adjacent Chinese characters in `s`, generic metric words left out. */
function bigrams(s: string): Set<string> {
  const t = s.replace(GENERIC, '|');
  const out = new Set<string>();
  for (let i = 0; i + 1 < t.length; i++) if (/\p{Script=Han}{2}/u.test(t.slice(i, i + 2))) out.add(t.slice(i, i + 2));
  return out;
}

/** Two metrics name the same thing: they share two adjacent characters not generic (`秋覆膜` and `完成秋覆膜`). */
export function sharesTopic(a: string | null, b: string | null): boolean {
  if (!a || !b) return false;
  const mine = bigrams(a);
  return [...bigrams(b)].some((g) => mine.has(g));
}
