// A total after its parts: `A县1.2万人、B县0.8万人，合计2万人`, and the per-unit form
// `13个乡镇…每个乡镇各100万元，…165个出列村…每村各10万元，合计2950万元` (count × amount each).
// The parts are the figures of the total's unit written before it in its sentence (after a
// 其中, if any); where the whole run does not add up, a shorter run ending at the total that
// does is taken (a sentence may open with a figure the total does not sum). A list opened by 加上
// adds to the figure written just before it, in its sentence or the one before.
import type { DocView, Figure } from '../model.js';
import { fig, judge, type Relation, type Term } from '../relation.js';
import { isPercent, leftOf, sentenceAt } from '../scan.js';
import { ADDITION_WORDS, BREAKDOWN_WORDS, CLAUSE_PUNCT, COMMAS, EACH_VERBS, EACH_WORD, NOT_TOTAL_WORDS, PER_PERIOD, PER_WORD, TOTAL_LINKS, TOTAL_WORDS } from '../words.js';

const WORDS = TOTAL_WORDS.slice().sort((a, b) => b.length - a.length).join('|');
const TOTAL = new RegExp(`(${WORDS})([^${CLAUSE_PUNCT}、0-9]{0,6})$`, 'u');
const VERBS = EACH_VERBS.join('|');
const EACH = new RegExp(`${EACH_WORD}(?:${VERBS})?$`, 'u');
const ADDITION = new RegExp(`^[\\s${COMMAS}]*(?:${ADDITION_WORDS.slice().sort((a, b) => b.length - a.length).join('|')})(?![0-9])`, 'u');
const PER = new RegExp(`${PER_WORD}([^0-9${CLAUSE_PUNCT}、${PER_WORD}]{1,3}?)(?:${EACH_WORD})?(?:${VERBS})?$`, 'u');

export function totalRelations(view: DocView): Relation[] {
  const out: Relation[] = [];
  for (const total of view.figures) {
    if (isPercent(total) || total.record.unit === null) continue;
    const word = totalWord(view, total);
    if (!word) continue;
    const terms = termsBefore(view, total, word.at);
    const products = terms.filter((t) => t.kind === 'product').length;
    if (terms.length < 2 && !(products === 1 && word.word !== '共')) continue;
    // `合计2950万元` sums what is listed before it; `共出列450个` may count something else
    const plain = word.word !== '共' && TOTAL_LINKS.includes(word.between);
    const make = (ts: Term[]): Relation => ({
      rule: ts.length === 1 ? 'product' : 'sum', label: word.word, stated: fig(total), compare: 'equal',
      computed: ts.length === 1 ? ts[0] : { kind: 'sum', terms: ts }, onlyIfHolds: !plain,
    });
    const full = make(terms);
    let chosen = full;
    for (let k = 1; !judge(chosen)?.holds && terms.length - k >= 2; k++) {
      const shorter = make(terms.slice(k));
      if (judge(shorter)?.holds) chosen = shorter;
    }
    out.push(chosen);
  }
  return out;
}

/** `合计`, `共计`, `共投入` written before the figure in its clause; `at` is where the word starts. */
function totalWord(view: DocView, f: Figure): { word: string; between: string; at: number } | undefined {
  const lead = leftOf(view, f, 12);
  const m = TOTAL.exec(lead);
  if (!m) return undefined;
  const at = f.start - lead.length + m.index;
  if (NOT_TOTAL_WORDS.some((w) => view.text.startsWith(w, at) || view.text.startsWith(w, at - 1))) return undefined;
  return { word: m[1], between: m[2], at };
}

/** The parts before a total, each a figure of its unit or a count × amount each. */
function termsBefore(view: DocView, total: Figure, wordAt: number): Term[] {
  const sentence = sentenceAt(view, total.start);
  let floor = sentence?.start ?? 0;
  for (const w of BREAKDOWN_WORDS) {
    const k = view.text.lastIndexOf(w, wordAt);
    if (k >= floor) floor = k + w.length;
  }
  const before = view.figures.filter((f) => f.start >= floor && f.end <= wordAt);
  const terms: Term[] = [];
  let used = -1;
  before.forEach((f, i) => {
    if (isPercent(f) || f.record.unit !== total.record.unit) return;
    const count = eachAmount(view, f) ? countBefore(before.slice(used + 1, i), total) : undefined;
    terms.push(count ? { kind: 'product', terms: [fig(count, true), fig(f, true)] } : fig(f));
    used = i;
  });
  const augend = sentence && floor === sentence.start ? augendBefore(view, sentence.start, total) : undefined;
  return augend ? [fig(augend), ...terms] : terms;
}

/** `…1082.57亿元，为预算的101.6%。加上…`: the last plain figure of the total's unit before a sentence opened by 加上, in its paragraph. */
function augendBefore(view: DocView, sentenceStart: number, total: Figure): Figure | undefined {
  if (!ADDITION.test(view.text.slice(sentenceStart, sentenceStart + 6))) return undefined;
  const previous = sentenceAt(view, sentenceStart - 1);
  const current = sentenceAt(view, sentenceStart);
  if (!previous || !current || previous.paragraph !== current.paragraph) return undefined;
  return view.figures.filter((f) => f.start >= previous.start && f.end <= sentenceStart && !isPercent(f) && f.record.unit === total.record.unit).at(-1);
}

/** `各100万元`, `每村10万元` — not `每月450元` (a rate per period). */
function eachAmount(view: DocView, f: Figure): boolean {
  const lead = leftOf(view, f, 10);
  if (EACH.test(lead)) return true;
  const m = PER.exec(lead);
  return !!m && !PER_PERIOD.some((p) => m[1].startsWith(p));
}

/** The count an amount each multiplies: the last whole number of another unit since the previous part. */
function countBefore(figures: Figure[], total: Figure): Figure | undefined {
  return figures.filter((f) => !isPercent(f) && f.record.unit !== total.record.unit && Number.isInteger(f.record.value) && f.record.qualifier === null).at(-1);
}
