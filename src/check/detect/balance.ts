// The balance of a budget: income less spending, the two stated just before it
// (`收入总量2615.38亿元、支出总量2562.74亿元，年终结转52.64亿元`; budget reports put 收入总计 and
// 支出总计 in sentences of their own and then `收支相抵，结转下年支出80.40亿元`). The figure just before
// the balance is the spending; the income is the last 收入 figure before that, not a 其中 part.
import type { DocView, Figure } from '../model.js';
import { fig, type Relation } from '../relation.js';
import { clauseStart, isChangeAmount, isPercent, sentenceIndexAt } from '../scan.js';
import { BALANCE_SENTENCES, BALANCE_STATED_WORDS, BALANCE_WORDS, BREAKDOWN_WORDS, INCOME_WORDS, SPENDING_WORDS } from '../words.js';

/** The words before a figure, back to its clause's start or the figure before (`收入…、支出总量2562.74亿元`: 支出总量). */
function lead(view: DocView, i: number): string {
  const f = view.figures[i];
  const floor = i > 0 ? Math.min(view.figures[i - 1].end, f.start) : 0;
  return view.text.slice(clauseStart(view.text, f.start, floor), f.start);
}
const hasAny = (s: string, words: readonly string[]) => words.some((w) => s.includes(w));

export function balanceRelations(view: DocView): Relation[] {
  const out: Relation[] = [];
  view.figures.forEach((balance, at) => {
    if (isPercent(balance) || balance.record.unit === null || !hasAny(lead(view, at), BALANCE_WORDS)) return;
    const [spendingAt, ...rest] = earlierOfUnit(view, at);
    if (spendingAt === undefined || !isSpending(lead(view, spendingAt))) return;
    const incomeAt = rest.find((i) => isIncome(lead(view, i)));
    if (incomeAt === undefined) return;
    const [spending, income] = [view.figures[spendingAt], view.figures[incomeAt]];
    const s = view.sentences[sentenceIndexAt(view, balance.start)];
    const stated = hasAny(view.text.slice(s.start, balance.start), BALANCE_STATED_WORDS);
    out.push({
      rule: 'difference', label: '收支相抵', stated: fig(balance), compare: 'equal',
      computed: { kind: 'difference', from: fig(spending), to: fig(income) }, onlyIfHolds: !stated,
    });
  });
  return out;
}

/** Indices of the amounts of the balance's unit before it, nearest first, within its paragraph and a few sentences back. */
function earlierOfUnit(view: DocView, at: number): number[] {
  const balance = view.figures[at];
  const si = sentenceIndexAt(view, balance.start);
  if (si < 0) return [];
  const out: number[] = [];
  for (let i = at - 1; i >= 0; i--) {
    const f = view.figures[i];
    const fi = sentenceIndexAt(view, f.start);
    if (fi < si - BALANCE_SENTENCES || fi < 0 || view.sentences[fi].paragraph !== view.sentences[si].paragraph) break;
    if (isPercent(f) || isChangeAmount(view, f) || f.record.unit !== balance.record.unit) continue;
    out.push(i);
  }
  return out;
}

const isSpending = (s: string) => hasAny(s, SPENDING_WORDS) && !hasAny(s, INCOME_WORDS) && !hasAny(s, BALANCE_WORDS);
const isIncome = (s: string) => hasAny(s, INCOME_WORDS) && !hasAny(s, SPENDING_WORDS) && !hasAny(s, BALANCE_WORDS) && !hasAny(s, BREAKDOWN_WORDS);
