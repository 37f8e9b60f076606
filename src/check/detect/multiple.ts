// Products and quotients of figures. A figure set as a multiple of another: `最低生活保障边缘家庭认定标准按最低生活保障标准的1.5倍
// 确定，为每人每月1963.5元` with `最低生活保障标准为每人每月1309元` stated before. The base is the
// nearest earlier figure whose metric is the phrase before `的N倍`; the result is the first
// figure of the base's unit after the multiple (in a list opened by `：`, the first item).
// `且不低于…` makes the product a floor.
import type { DocView, Figure } from '../model.js';
import { fig, type Relation } from '../relation.js';
import { clauseStart, isPercent, leftOf, rightOf, sentenceAt, sentenceFigures } from '../scan.js';
import { AVERAGE_WORDS, BASE_NOISE, CLAUSE_PUNCT, FLOOR_WORDS, MULTIPLE_OPENERS, MULTIPLE_UNIT, NOT_AVERAGES } from '../words.js';

const BASE = new RegExp(`([^${CLAUSE_PUNCT}、0-9]{2,24})的$`, 'u');

export function multipleRelations(view: DocView): Relation[] {
  const out: Relation[] = [];
  for (const factor of view.figures) {
    if (factor.record.unit !== MULTIPLE_UNIT || factor.record.qualifier !== null || factor.record.upper !== null) continue;
    const m = BASE.exec(view.text.slice(clauseStart(view.text, factor.start), factor.start));
    if (!m) continue;
    const phrase = basePhrase(m[1]);
    const base = baseFigure(view, factor, phrase);
    if (!base) continue;
    const result = resultAfter(view, factor, base);
    if (!result) continue;
    const floor = FLOOR_WORDS.some((w) => view.text.slice(factor.end, result.start).includes(w));
    out.push({
      rule: 'product', label: result.record.metric ?? phrase, stated: fig(result), compare: floor ? 'atLeast' : 'equal',
      computed: { kind: 'product', terms: [fig(base), fig(factor, true)] },
      ...(floor ? { note: 'a floor: at least the product' } : {}),
    });
  }
  return out;
}

/** `按本市最低生活保障标准` → `最低生活保障标准`. */
function basePhrase(s: string): string {
  let p = s;
  for (const w of [...MULTIPLE_OPENERS].sort((a, b) => b.length - a.length)) {
    const k = p.lastIndexOf(w);
    if (k >= 0 && k + w.length < p.length - 1) p = p.slice(k + w.length);
  }
  for (const w of BASE_NOISE) if (p.startsWith(w)) p = p.slice(w.length);
  return p;
}

function baseFigure(view: DocView, factor: Figure, phrase: string): Figure | undefined {
  if (phrase.length < 2) return undefined;
  return view.figures
    .filter((f) => f.end <= factor.start && !isPercent(f) && f.record.unit !== MULTIPLE_UNIT && f.record.unit !== null && f.record.qualifier === null)
    .filter((f) => {
      const metric = f.record.metric ?? '';
      return metric.includes(phrase) || (metric.length >= 4 && phrase.endsWith(metric));
    })
    .at(-1);
}

/** The first figure of the base's unit after the multiple, in its sentence or the list its sentence opens. */
function resultAfter(view: DocView, factor: Figure, base: Figure): Figure | undefined {
  const sentence = sentenceAt(view, factor.start);
  let end = sentence?.end ?? factor.end;
  for (let n = 0; n < 3; n++) {
    const found = view.figures.find((f) => f.start >= factor.end && f.end <= end && f.record.unit === base.record.unit);
    if (found) return found;
    if (!/[：:]\s*$/.test(view.text.slice(factor.end, end))) return undefined;
    const next = view.sentences.find((s) => s.start >= end);
    if (!next) return undefined;
    end = next.end;
  }
  return undefined;
}

/**
 * An average beside its total and count: `发放补贴资金3000万元，惠及2万人，人均补贴1500元`. Only
 * where the sentence gives one total of the average's unit and one count of what it is taken
 * over; statistical per-capita measures (`人均可支配收入`) are not such averages.
 */
export function averageRelations(view: DocView): Relation[] {
  const out: Relation[] = [];
  for (const average of view.figures) {
    const lead = leftOf(view, average, 8);
    const word = Object.keys(AVERAGE_WORDS).find((w) => lead.includes(w));
    if (!word || average.record.unit === null || isPercent(average) || NOT_AVERAGES.some((w) => lead.includes(w) || rightOf(view, average, 8).includes(w))) continue;
    const before = sentenceFigures(view, average).filter((f) => f.end <= average.start && f.record.qualifier === null);
    const totals = before.filter((f) => f.record.unit === average.record.unit);
    const counts = before.filter((f) => AVERAGE_WORDS[word].includes(f.record.unit ?? ''));
    if (totals.length !== 1 || counts.length !== 1) continue;
    out.push({
      rule: 'product', label: `${word}`, stated: fig(average), compare: 'equal',
      computed: { kind: 'quotient', total: fig(totals[0]), count: fig(counts[0]) },
    });
  }
  return out;
}
