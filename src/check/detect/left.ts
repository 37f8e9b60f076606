// What is left of a task once part is done, in one sentence: `应整改问题386个，已完成整改351个，
// 整改完成率90.9%，剩余35个问题正在整改中` — 386 − 351 = 35. The task is the sentence's first figure of
// the unit, the part done the last one before the rest, written after 已.
import type { DocView } from '../model.js';
import { fig, type Relation } from '../relation.js';
import { clauseStart, isChangeAmount, isPercent, sentenceFigures } from '../scan.js';
import { DONE_WORDS, LEFT_WORDS } from '../words.js';

const LEFT = new RegExp(`(?:${LEFT_WORDS.join('|')})$`, 'u');
const DONE = new RegExp(`^[^0-9]*(?:${DONE_WORDS.join('|')})`, 'u');

export function leftRelations(view: DocView): Relation[] {
  const out: Relation[] = [];
  for (const rest of view.figures) {
    if (isPercent(rest) || rest.record.unit === null) continue;
    if (!LEFT.test(view.text.slice(clauseStart(view.text, rest.start), rest.start))) continue;
    const ofUnit = sentenceFigures(view, rest).filter((f) => f.end <= rest.start && f.record.unit === rest.record.unit);
    if (ofUnit.length !== 2 || ofUnit.some((f) => isChangeAmount(view, f) || f.record.upper !== null)) continue;
    const [task, done] = ofUnit;
    if (!DONE.test(view.text.slice(clauseStart(view.text, done.start), done.start))) continue;
    out.push({ rule: 'difference', label: 'left', stated: fig(rest), compare: 'equal', computed: { kind: 'difference', from: fig(done), to: fig(task) } });
  }
  return out;
}
