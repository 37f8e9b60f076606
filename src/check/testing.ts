// Test helpers: run the whole pipeline over a passage and check it, without a store.
import { expect } from 'vitest';
import { ingestedFromText } from '../core/testing.js';
import { processDocument } from '../pipeline/process.js';
import type { FindingRecord } from '../../schemas/index.js';
import { arithmeticFindings, checkViews, type CheckReport } from './index.js';
import { viewOfResult, type DocView } from './model.js';

export function viewOf(text: string, source = 'test.txt'): DocView {
  return viewOfResult(processDocument(ingestedFromText(text, { source })));
}

export function findingsOf(text: string, source?: string): FindingRecord[] {
  return arithmeticFindings(viewOf(text, source)).map((f) => f.record);
}

export function checkTexts(texts: Record<string, string>): CheckReport {
  return checkViews(Object.entries(texts).map(([source, text]) => viewOf(text, source)));
}

/** The values of a finding's facts, in text order: what a test compares. */
export const valuesOf = (f: FindingRecord) => f.facts.map((x) => x.value);

export const inconsistent = (fs: FindingRecord[]) => fs.filter((f) => f.status === 'inconsistent');

/** The passage with one figure changed; the figure must be in it, or the test would test nothing. */
export function change(text: string, from: string, to: string): string {
  expect(text).toContain(from);
  return text.replace(from, to);
}
