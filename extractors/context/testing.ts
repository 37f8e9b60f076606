// Helpers for the figure-context tests: the whole pipeline of extractors and refiners on a text.
import { runOn } from '../../src/core/testing.js';
import type { Fact } from '../../src/core/types.js';
import { EXTRACTORS, REFINERS } from '../index.js';

/** The quantity records of `text`, in order, after every extractor and refiner. */
export function figures(text: string, meta: Record<string, unknown> = {}) {
  const { facts } = runOn([...EXTRACTORS], text, { refiners: [...REFINERS], meta });
  return facts.filter((f): f is Fact<'quantity'> => f.type === 'quantity').map((f) => f.record);
}

/** The record quoted `quote`; a missing one fails the test with what was found. */
export function pick(rs: ReturnType<typeof figures>, quote: string) {
  const r = rs.find((x) => x.quote === quote);
  if (!r) throw new Error(`no quantity ${quote} in ${rs.map((x) => x.quote).join(', ')}`);
  return r;
}
