// A change against the year before whose figure the document states in an earlier sentence:
// `2023年，全省发放补贴资金53.6亿元。…2024年下达补贴资金54.2亿元，比上年增加0.6亿元`. The figure of
// the year before is found by unit, by its year and by the words of its metric; as several may
// fit, a reading is reported only where it holds.
import type { DocView, Figure } from '../model.js';
import { judge, type Relation } from '../relation.js';
import { between, isChangeAmount, isPercent, sentenceIndexAt, sentenceFigures, sharesTopic } from '../scan.js';
import { COMMAS, DECREASE_VERBS, INCREASE_VERBS, LAST_YEAR_SENTENCES_BACK, LAST_YEAR_WORDS, REAL_GROWTH_WORDS } from '../words.js';
import { priorChange } from './change.js';

const VERBS = [...DECREASE_VERBS, ...INCREASE_VERBS].sort((a, b) => b.length - a.length);
const AGAINST_LAST_YEAR = new RegExp(`^[${COMMAS}]?(?:${LAST_YEAR_WORDS.join('|')})(?:同期)?(${VERBS.join('|')})了?$`, 'u');

export function lastYearRelations(view: DocView): Relation[] {
  const out: Relation[] = [];
  for (const now of view.figures) {
    if (isPercent(now) || now.record.unit === null || isChangeAmount(view, now)) continue;
    const year = yearOf(now);
    const sentence = sentenceFigures(view, now);
    const delta = sentence[sentence.indexOf(now) + 1];
    if (year === null || !delta) continue;
    const m = AGAINST_LAST_YEAR.exec(between(view, now, delta));
    if (!m || REAL_GROWTH_WORDS.some((w) => (now.record.metric ?? '').includes(w))) continue;
    const down = DECREASE_VERBS.includes(m[1]);
    const readings = earlierOfYear(view, now, year - 1)
      .map((base) => priorChange(base, now, delta, down))
      .filter((r) => r !== undefined)
      .map((r): Relation => ({ ...r, label: m[1], onlyIfHolds: true }));
    const chosen = readings.find((r) => judge(r)?.holds);
    if (chosen) out.push(chosen);
  }
  return out;
}

function yearOf(f: Figure): number | null {
  const start = f.record.asOf?.start;
  return start ? Number(start.slice(0, 4)) : null;
}

/** Figures of the sentences before `now`'s, nearest first, of its unit, of `year` and of its topic. */
function earlierOfYear(view: DocView, now: Figure, year: number): Figure[] {
  const i = sentenceIndexAt(view, now.start);
  if (i < 0) return [];
  const from = view.sentences[Math.max(0, i - LAST_YEAR_SENTENCES_BACK)].start;
  return view.figures
    .filter((f) => f.start >= from && f.end <= view.sentences[i].start && f.record.unit === now.record.unit)
    .filter((f) => yearOf(f) === year && f.record.upper === null && !isChangeAmount(view, f) && sharesTopic(f.record.metric, now.record.metric))
    .reverse();
}
