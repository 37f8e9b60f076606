// gongwen check: the relations a text states between its figures (rates, totals, shares,
// products, changes), each checked with the tolerance its figures' rounding allows, and the
// figures that documents give for the same thing compared across documents.
import { Store } from '../store/index.js';
import { conflictFindings } from './conflicts.js';
import { breakdownRelations } from './detect/breakdown.js';
import { changeRelations, growthRelations, inlinePriorRelations, priorPeriodRelations } from './detect/change.js';
import { averageRelations, multipleRelations } from './detect/multiple.js';
import { rateRelations } from './detect/rate.js';
import { scoreRelations } from './detect/score.js';
import { bareShareRelations, shareRelations } from './detect/share.js';
import { splitRelations } from './detect/split.js';
import { lastYearRelations } from './detect/last-year.js';
import { leftRelations } from './detect/left.js';
import { balanceRelations } from './detect/balance.js';
import { listedTotalRelations } from './detect/listed-total.js';
import { tableTotalRelations } from './detect/table-total.js';
import { totalRelations } from './detect/total.js';
import { namedShareRelations, perUnitProductRelations, complementRelations, placeShareRelations, planRateRelations, remainderRelations, splitViewRelations } from './detect/far.js';
import { relationFinding, type Finding } from './finding.js';
import { loadDocs } from './load.js';
import type { DocView } from './model.js';
import { figuresOf, judge, type Relation } from './relation.js';

export type { Finding } from './finding.js';
export type { DocView, Figure } from './model.js';
export { docView, viewOfResult } from './model.js';
export type { Relation, Rule } from './relation.js';

/** The detectors, in order: where two explain the same stated figure, the first one's reading is kept. */
export const DETECTORS: readonly ((view: DocView) => Relation[])[] = [
  tableTotalRelations, shareRelations, rateRelations, breakdownRelations, bareShareRelations, totalRelations, listedTotalRelations, multipleRelations, averageRelations, changeRelations, growthRelations, priorPeriodRelations, inlinePriorRelations, leftRelations, balanceRelations, splitRelations, scoreRelations,
  // figures farther apart, reported only where they hold: after every reading within a sentence
  planRateRelations, placeShareRelations, namedShareRelations, splitViewRelations, remainderRelations, complementRelations, perUnitProductRelations, lastYearRelations,
];

export interface CheckOptions {
  /** report only the inconsistent findings */
  onlyInconsistent?: boolean;
}

export interface CheckReport {
  views: DocView[];
  /** the findings reported (all, or only the inconsistent ones) */
  findings: Finding[];
  /** counts over every finding, reported or not */
  counts: { relations: number; inconsistentRelations: number; comparisons: number; conflicts: number };
  inconsistent: number;
}

/** The relations stated in one document: each stated figure explained once, by the first detector that reads it. */
export function relationsOf(view: DocView): Relation[] {
  const seen = new Set<string>();
  const out: Relation[] = [];
  for (const detect of DETECTORS) {
    for (const r of detect(view)) {
      // a structure that may be partial and does not hold explains nothing
      if (r.onlyIfHolds && !judge(r)?.holds) continue;
      const parts = figuresOf(r.computed).map((f) => f.start).join(',');
      const key = r.stated.kind !== 'figure' ? parts : r.byParts ? `${r.stated.figure.start}:${parts}` : `${r.stated.figure.start}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(r);
    }
  }
  return out;
}

export function arithmeticFindings(view: DocView): Finding[] {
  return relationsOf(view)
    .map((r) => relationFinding(view, r))
    .filter((f): f is Finding => f !== null)
    .sort((a, b) => a.figures[0].figure.start - b.figures[0].figure.start);
}

export function checkViews(views: DocView[], opts: CheckOptions = {}): CheckReport {
  const arithmetic = views.flatMap(arithmeticFindings);
  const across = conflictFindings(views);
  const bad = (fs: Finding[]) => fs.filter((f) => f.record.status === 'inconsistent');
  const counts = { relations: arithmetic.length, inconsistentRelations: bad(arithmetic).length, comparisons: across.length, conflicts: bad(across).length };
  const all = [...arithmetic, ...across];
  return { views, findings: opts.onlyInconsistent ? bad(all) : all, counts, inconsistent: counts.inconsistentRelations + counts.conflicts };
}

/** Checks every document of a store (read-only). */
export function checkStore(db: string, opts: CheckOptions & { doc?: string } = {}): CheckReport {
  const store = Store.openReadOnly(db);
  try {
    return checkViews(loadDocs(store, { doc: opts.doc }), opts);
  } finally {
    store.close();
  }
}
