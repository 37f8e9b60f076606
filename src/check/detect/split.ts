// Shares of one whole that must make 100%: a split (`年签约服务费的80%用于…薪酬分配，20%用于…
// 统筹`) and weights (`权重分别为60%、20%、10%、10%`). Shares of different wholes (`货物贸易、对外投资
// 和实际利用外资分别占比达30%、20%和10%`) are neither. The shares of a split are defined
// amounts, taken as written; a split that leaves a remainder (`其余用于…`) is not checked.
import type { DocView, Figure } from '../model.js';
import { fig, type Relation } from '../relation.js';
import { between, figuresIn, isPercent, leftOf, rightOf } from '../scan.js';
import { REMAINDER_WORDS, SPLIT_VERBS, WEIGHT_WORDS } from '../words.js';

export function splitRelations(view: DocView): Relation[] {
  const out: Relation[] = [];
  for (const s of view.sentences) {
    const shares = figuresIn(view, s.start, s.end).filter(isPercent);
    if (shares.length < 2 || shares.some((f) => f.record.qualifier !== null || f.record.upper !== null)) continue;
    const text = view.text.slice(s.start, s.end);
    const split = splitRun(view, shares);
    if (split && !REMAINDER_WORDS.some((w) => view.text.slice(split[0].end, s.end).includes(w))) {
      const whole = leftOf(view, split[0], 16).replace(/的$/, '').split('的').at(-1);
      out.push(hundred(split, `split of ${whole}`));
    } else if (WEIGHT_WORDS.some((w) => text.includes(w)) && listed(view, shares)) {
      out.push(hundred(shares, WEIGHT_WORDS[0]));
    }
  }
  return out;
}

/** `X的P1%用于…，P2%用于…`: the first share named as X's, each share followed by a verb of allocation. */
function splitRun(view: DocView, shares: Figure[]): Figure[] | undefined {
  const first = shares.findIndex((f) => leftOf(view, f, 16).endsWith('的') && allocates(view, f));
  if (first < 0) return undefined;
  const run = [shares[first]];
  for (const f of shares.slice(first + 1)) {
    if (!allocates(view, f) || leftOf(view, f, 4) !== '') break;
    run.push(f);
  }
  return run.length >= 2 ? run : undefined;
}

const allocates = (view: DocView, f: Figure) => SPLIT_VERBS.some((v) => rightOf(view, f, 4).startsWith(v));

/** The shares are one list: `60%、20%、10%和10%`. */
function listed(view: DocView, shares: Figure[]): boolean {
  return shares.every((f, i) => i === 0 || /^[、，,和及与]?$/.test(between(view, shares[i - 1], f)));
}

function hundred(shares: Figure[], label: string): Relation {
  return {
    rule: 'sum', label, stated: { kind: 'constant', value: 100 }, compare: 'equal',
    computed: { kind: 'sum', terms: shares.map((f) => fig(f, true)) },
  };
}
