// Statements that tie figures together, kept as links for the checks: a change
// (`从A减少到B`: the figures before and after), a progress statement (`完成…任务N的M%`: the
// target and its share, and the achieved figure written before it).
import type { Doc, Fact } from '../../src/core/types.js';
import { factsWithin, placeOf } from './clause.js';
import { CHANGE_VERBS } from './words.js';

type Link = NonNullable<Fact<'quantity'>['record']['links']>[number];
const CHANGE_WORDS = new RegExp(`(?:${CHANGE_VERBS.join('|')})(?:到|至|为)`);

export function linkStatements(doc: Doc, quantities: Fact<'quantity'>[]): Map<Fact<'quantity'>, Link[]> {
  const links = new Map<Fact<'quantity'>, Link[]>();
  const add = (from: Fact<'quantity'>, rel: Link['rel'], to: Fact<'quantity'>) => {
    if (!links.has(from)) links.set(from, []);
    links.get(from)!.push({ rel, span: to.record.span });
  };
  const seen = new Set<number>();
  for (const q of quantities) {
    const place = placeOf(doc, q.start, q.end);
    if (seen.has(place.clauseStart)) continue;
    seen.add(place.clauseStart);
    const clause = doc.text.slice(place.clauseStart, place.clauseEnd);
    const inClause = factsWithin(quantities, 'quantity', place.clauseStart, place.clauseEnd);
    linkChange(clause, place.clauseStart, inClause, add);
    linkProgress(doc, inClause, quantities, add);
  }
  return links;
}

function linkChange(clause: string, base: number, qs: Fact<'quantity'>[], add: (a: Fact<'quantity'>, r: Link['rel'], b: Fact<'quantity'>) => void) {
  const from = clause.indexOf('从');
  const verb = CHANGE_WORDS.exec(clause);
  if (from < 0 || !verb || verb.index < from) return;
  const pivot = base + verb.index;
  const before = qs.filter((q) => q.start > base + from && q.end <= pivot);
  const after = qs.filter((q) => q.start >= pivot);
  // pair the figures of the same unit, in order: `5200户18600人` → `1300户4100人`
  for (const b of before) {
    const a = after.find((x) => x.record.unit === b.record.unit);
    if (!a) continue;
    add(b, 'changeTo', a);
    add(a, 'changeFrom', b);
  }
}

function linkProgress(doc: Doc, clauseQs: Fact<'quantity'>[], all: Fact<'quantity'>[], add: (a: Fact<'quantity'>, r: Link['rel'], b: Fact<'quantity'>) => void) {
  for (let i = 0; i + 1 < clauseQs.length; i++) {
    const target = clauseQs[i];
    const share = clauseQs[i + 1];
    if (share.record.unit !== '%' || doc.text.slice(target.end, share.start) !== '的') continue;
    add(target, 'progressShare', share);
    add(share, 'progressTarget', target);
    // the achieved figure: the last figure of the target's unit earlier in the sentence
    const sentence = placeOf(doc, target.start, target.end).sentence;
    const done = all.filter((q) => q.end <= target.start && q.start >= (sentence?.start ?? 0) && q.record.unit === target.record.unit).at(-1);
    if (done) {
      add(share, 'progressDone', done);
      add(done, 'progressTarget', target);
    }
  }
}
