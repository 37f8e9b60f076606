// A total that points back at the list before it by its count: `郭城驿镇…已完成2.28万亩；河畔镇…
// 已完成1.84万亩；头寨子镇…已完成1.44万亩。上述3个镇共完成秋覆膜5.66万亩`. The items stand in
// earlier sentences of the paragraph, so the sentence-bound total detector does not see them; the
// count written (3) says how many parts to take, and the verb after the total word (`完成`) which
// figure of each item is the part (not the plan `计划2.4万亩` beside it). The count makes the
// reading safe enough to report a sum that does not hold.
import type { DocView, Figure } from '../model.js';
import { fig, type Relation } from '../relation.js';
import { clauseStart, isPercent, leftOf, sentenceIndexAt } from '../scan.js';
import { parseNumeral } from '../../text/numerals.js';
import { BACK_REFERENCE_SENTENCES, BACK_REFERENCE_WORDS, CLAUSE_PUNCT, TOTAL_WORDS } from '../words.js';

const TOTALS = TOTAL_WORDS.slice().sort((a, b) => b.length - a.length).join('|');
/** `上述3个镇共完成秋覆膜`: back-reference, count, a few characters of noun, total word, verb and object. */
const BACK_TOTAL = new RegExp(
  `(?:${BACK_REFERENCE_WORDS.join('|')})([0-9]+|[一二两三四五六七八九十]+)[^${CLAUSE_PUNCT}0-9]{1,6}?(${TOTALS})([\\u4e00-\\u9fff]{0,6})$`, 'u');
/** The verb of the total (`完成`), matched in each item: the first two characters after the total word. */
const VERB_LENGTH = 2;

export function listedTotalRelations(view: DocView): Relation[] {
  const out: Relation[] = [];
  for (const total of view.figures) {
    if (isPercent(total) || total.record.unit === null) continue;
    const m = BACK_TOTAL.exec(view.text.slice(clauseStart(view.text, total.start), total.start));
    const count = m ? parseNumeral(m[1])?.toNumber() : undefined;
    if (!m || !count || count < 2) continue;
    const parts = itemsBefore(view, total, m[3].slice(0, VERB_LENGTH)).slice(-count);
    if (parts.length !== count) continue;
    out.push({ rule: 'sum', label: m[2], stated: fig(total), compare: 'equal', computed: { kind: 'sum', terms: parts.map((f) => fig(f)) } });
  }
  return out;
}

/** Figures of the total's unit in the sentences before it (its paragraph), each written after the verb. */
function itemsBefore(view: DocView, total: Figure, verb: string): Figure[] {
  const here = sentenceIndexAt(view, total.start);
  if (here < 0 || verb.length < VERB_LENGTH) return [];
  const paragraph = view.sentences[here].paragraph;
  let first = here;
  while (first > 0 && here - first < BACK_REFERENCE_SENTENCES && view.sentences[first - 1].paragraph === paragraph) first--;
  const from = view.sentences[first].start;
  return view.figures.filter((f) => f.start >= from && f.end <= view.sentences[here].start
    && f.record.unit === total.record.unit && !isPercent(f) && leftOf(view, f, 8).includes(verb));
}
