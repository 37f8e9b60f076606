// A share of a stated whole: `完成建档立卡劳动力培训1.36万人次，完成全年培训目标任务3.5万人次的
// 38.86%` and `N人，占T人的P%`: the part is the figure of the whole's unit written before the
// verb. The progress links the extractor wrote (progressDone/progressTarget) say the same.
import type { DocView, Figure } from '../model.js';
import { fig, type Relation } from '../relation.js';
import { between, clauseStart, hasDigit, isPercent, sentenceFigures } from '../scan.js';
import { SHARE_OF_VERBS } from '../words.js';

const OF = /^[^，。；：、,;:]{0,8}的$/u;

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
  return whole && part && whole.record.unit === part.record.unit ? { part, whole } : undefined;
}

function fromText(view: DocView, share: Figure): { part: Figure; whole: Figure } | undefined {
  const sentence = sentenceFigures(view, share);
  const i = sentence.indexOf(share);
  const whole = sentence[i - 1];
  if (!whole || isPercent(whole) || whole.record.unit === null) return undefined;
  const gap = between(view, whole, share);
  if (!OF.test(gap) || hasDigit(gap)) return undefined;
  const from = clauseStart(view.text, whole.start);
  const lead = view.text.slice(from, whole.start);
  const verbAt = Math.min(...SHARE_OF_VERBS.map((v) => lead.indexOf(v)).filter((k) => k >= 0));
  if (!Number.isFinite(verbAt)) return undefined;
  const part = sentence.filter((f) => f.end <= from + verbAt && f.record.unit === whole.record.unit).at(-1);
  return part ? { part, whole } : undefined;
}

function bySpan(view: DocView, span: [number, number] | undefined): Figure | undefined {
  return span && view.figures.find((f) => f.record.span[0] === span[0] && f.record.span[1] === span[1]);
}

function labelOf(whole: Figure, share: Figure): string {
  const m = share.record.metric ?? whole.record.metric;
  return m ? `${m}的比例` : '比例';
}
