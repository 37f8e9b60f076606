// A share of a stated whole: `完成建档立卡劳动力培训1.36万人次，完成全年培训目标任务3.5万人次的
// 38.86%` and `N人，占T人的P%`: the part is the figure of the whole's unit written before the
// verb. The progress links the extractor wrote (progressDone/progressTarget) say the same.
import type { DocView, Figure } from '../model.js';
import { fig, judge, type Relation } from '../relation.js';
import { between, clauseStart, hasDigit, isPercent, leftOf, sentenceFigures, statedAsGoal } from '../scan.js';
import { CLAUSE_PUNCT, COMMAS, OPEN_BRACKETS, SHARE_OF_VERBS, WHOLE_CUES, WHOLE_WORDS } from '../words.js';

const OF = new RegExp(`^[^${CLAUSE_PUNCT}、]{0,8}的$`, 'u');

export function shareRelations(view: DocView): Relation[] {
  const out: Relation[] = [];
  for (const share of view.figures) {
    if (!isPercent(share)) continue;
    const found = fromLinks(view, share) ?? fromText(view, share);
    if (!found) continue;
    out.push({
      rule: 'ratio', label: labelOf(found.whole, share), stated: fig(share), compare: 'equal',
      computed: { kind: 'ratio', part: fig(found.part), whole: fig(found.whole) },
    });
  }
  return out;
}

function fromLinks(view: DocView, share: Figure): { part: Figure; whole: Figure } | undefined {
  const links = share.record.links ?? [];
  const whole = bySpan(view, links.find((l) => l.rel === 'progressTarget')?.span);
  const part = bySpan(view, links.find((l) => l.rel === 'progressDone')?.span);
  return whole && part && whole.record.unit === part.record.unit && partLeadsTo(view, part, whole) ? { part, whole } : undefined;
}

/**
 * The part is what the verb before the whole says something of: written right before it
 * (`培训1.36万人次，完成…3.5万人次的38.86%`), not a figure of its own further back
 * (`贫困人口1.2万人，脱贫人口完成年度目标5000人的80%`).
 */
function partLeadsTo(view: DocView, part: Figure, whole: Figure): boolean {
  return PART_TO_WHOLE.test(view.text.slice(part.end, whole.start).replace(/\d{4}年/g, ''));
}

const PART_TO_WHOLE = new RegExp(`^[${COMMAS}]?(?:已|累计|共|均)?(?:${SHARE_OF_VERBS.join('|')})[^${CLAUSE_PUNCT}0-9]{0,16}$`, 'u');

function fromText(view: DocView, share: Figure): { part: Figure; whole: Figure } | undefined {
  const sentence = sentenceFigures(view, share);
  const i = sentence.indexOf(share);
  const whole = sentence[i - 1];
  if (!whole || isPercent(whole) || whole.record.unit === null) return undefined;
  const gap = between(view, whole, share);
  if (!OF.test(gap) || hasDigit(gap)) return undefined;
  // a whole in brackets (`占年度目标任务（3.9万个）的40.4%`) belongs to the clause before them
  let from = clauseStart(view.text, whole.start);
  if (OPEN_BRACKETS.includes(view.text[from - 1] ?? '')) from = clauseStart(view.text, from - 1);
  const lead = view.text.slice(from, whole.start);
  const verbAt = Math.min(...SHARE_OF_VERBS.map((v) => lead.indexOf(v)).filter((k) => k >= 0));
  if (!Number.isFinite(verbAt)) return undefined;
  const part = sentence.filter((f) => f.end <= from + verbAt && f.record.unit === whole.record.unit).at(-1);
  return part && partLeadsTo(view, part, whole) ? { part, whole } : undefined;
}

/**
 * `全州共有贫困村644个，已出列456个，占70.8%`: a share written right after its part, of a whole
 * stated earlier in the sentence and named as the whole (`共有`, `总`, `计划`…). Of several such
 * wholes, the one the share fits; a share of a whole the text names without a figure
 * (`占全省的10%`) is not this.
 */
export function bareShareRelations(view: DocView): Relation[] {
  const out: Relation[] = [];
  for (const share of view.figures) {
    if (!isPercent(share)) continue;
    const sentence = sentenceFigures(view, share);
    const part = sentence[sentence.indexOf(share) - 1];
    if (!part || isPercent(part) || part.record.unit === null || !BARE_SHARE.test(between(view, part, share)) || statedAsGoal(view, share)) continue;
    const wholes = sentence.filter((f) => f.end <= part.start && f.record.unit === part.record.unit && wholeCue(view, f));
    const relations = wholes.reverse().map((whole): Relation => ({
      rule: 'ratio', label: labelOf(whole, share), stated: fig(share), compare: 'equal',
      computed: { kind: 'ratio', part: fig(part), whole: fig(whole) },
    }));
    const chosen = relations.find((r) => judge(r)?.holds) ?? (relations.length === 1 ? relations[0] : undefined);
    if (chosen) out.push(chosen);
  }
  return out;
}

const BARE_SHARE = new RegExp(`^[${COMMAS}${OPEN_BRACKETS}]?(?:占比|占(?:到|了)?(?:${WHOLE_WORDS.join('|')})?的?(?:比例|比重)?)(?:达到|达|为|约)?$`, 'u');

function wholeCue(view: DocView, f: Figure): boolean {
  const left = leftOf(view, f, 10);
  return WHOLE_CUES.some((c) => left.includes(c));
}

function bySpan(view: DocView, span: [number, number] | undefined): Figure | undefined {
  return span && view.figures.find((f) => f.record.span[0] === span[0] && f.record.span[1] === span[1]);
}

function labelOf(whole: Figure, share: Figure): string {
  const m = whole.record.metric ?? share.record.metric;
  return `share of ${m ?? whole.record.quote}`;
}
