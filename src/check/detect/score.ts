// Scores of an assessment rubric: the scores in the headings of a section's items add to the
// score in its own heading (`一、组织领导（20分）` over `1.…（10分）` and `2.…（10分）`), and the
// top-level scores add to the full score the text states (`满分100分`). Scores are defined
// amounts, taken as written; a section is checked only when every item under it has one.
// The scores are read here from the headings (the quantity extractor does not count points).
import { codePointMapper } from '../../core/offsets.js';
import type { DocView, Figure, SectionView } from '../model.js';
import { fig, type Relation } from '../relation.js';
import { FULL_SCORE_WORDS, SCORE_UNIT } from '../words.js';

const NUMBER = String.raw`(\d+(?:\.\d+)?)`;
const IN_HEADING = [
  new RegExp(`[（(][^（）()]{0,8}?${NUMBER}${SCORE_UNIT}[）)]`, 'gu'),
  new RegExp(`${NUMBER}${SCORE_UNIT}$`, 'gu'),
];
const FULL = new RegExp(`(?:${FULL_SCORE_WORDS.join('|')})(?:为|是)?${NUMBER}${SCORE_UNIT}`, 'u');

export function scoreRelations(view: DocView): Relation[] {
  const score = scoresOf(view);
  const out: Relation[] = [];
  view.sections.forEach((s, i) => {
    const own = score.get(s);
    const children = childrenOf(view.sections, i);
    if (!own || children.length < 2) return;
    const parts = children.map((c) => score.get(c));
    if (parts.every((x): x is Figure => !!x)) out.push(sum(own, parts, s.heading));
  });
  const full = fullScore(view);
  const top = topLevel(view.sections).map((s) => score.get(s));
  if (full && top.length >= 2 && top.every((x): x is Figure => !!x)) out.push(sum(full, top, '满分'));
  return out;
}

/** The one score written in each heading. */
function scoresOf(view: DocView): Map<SectionView, Figure> {
  const out = new Map<SectionView, Figure>();
  for (const s of view.sections) {
    const text = view.text.slice(s.start, s.end).trimEnd();
    const found = IN_HEADING.flatMap((re) => [...text.matchAll(re)]);
    const distinct = [...new Map(found.map((m) => [m.index! + m[0].indexOf(m[1]), m])).values()];
    if (distinct.length !== 1) continue;
    const m = distinct[0];
    const at = s.start + m.index! + m[0].indexOf(m[1]);
    out.set(s, scoreFigure(view, at, at + m[1].length + SCORE_UNIT.length, Number(m[1]), s.path));
  }
  return out;
}

function fullScore(view: DocView): Figure | undefined {
  const m = FULL.exec(view.text);
  if (!m) return undefined;
  const at = m.index + m[0].indexOf(m[1], m[0].length - m[1].length - SCORE_UNIT.length);
  return scoreFigure(view, at, at + m[1].length + SCORE_UNIT.length, Number(m[1]), null);
}

function scoreFigure(view: DocView, start: number, end: number, value: number, section: string | null): Figure {
  const cp = codePointMapper(view.text);
  return {
    doc: view.doc, start, end,
    record: {
      type: 'quantity', doc: view.doc, quote: view.text.slice(start, end), span: [cp(start), cp(end)], section,
      value, unit: SCORE_UNIT, upper: null, qualifier: null, metric: null, region: null, asOf: null, role: null, precision: 1,
    },
  };
}

/** The sections right under section `i`: those of the next level until one at its level or above. */
function childrenOf(sections: SectionView[], i: number): SectionView[] {
  const below: SectionView[] = [];
  for (const s of sections.slice(i + 1)) {
    if (s.level <= sections[i].level) break;
    below.push(s);
  }
  const level = Math.min(...below.map((s) => s.level));
  return below.filter((s) => s.level === level);
}

function topLevel(sections: SectionView[]): SectionView[] {
  const level = Math.min(...sections.map((s) => s.level));
  return sections.filter((s) => s.level === level);
}

function sum(total: Figure, parts: Figure[], label: string): Relation {
  return {
    rule: 'sum', label, stated: fig(total, true), compare: 'equal',
    computed: { kind: 'sum', terms: parts.map((p) => fig(p, true)) },
  };
}
