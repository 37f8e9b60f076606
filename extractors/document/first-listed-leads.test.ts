import { describe, expect, it } from 'vitest';
import { runOn } from '../../src/core/testing.js';
import { SEED_001, STATE_COUNCIL_PDF, seed } from './fixtures.js';
import { firstListedLeadsExtractor } from './first-listed-leads.js';

const leads = (text: string) => runOn([firstListedLeadsExtractor], text).meta.firstListedLeads;

describe('document.firstListedLeads', () => {
  it('is set by the document rule that the body listed first leads', () => {
    expect(leads(STATE_COUNCIL_PDF)).toBe(true);
    expect(leads('（人力资源社会保障部、财政部负责。排在第一位的为牵头部门）')).toBe(true);
    expect(leads('责任分解中，列第一位的责任单位为牵头单位或汇总单位。')).toBe(true);
  });

  it('is not set without that rule', () => {
    expect(leads(seed(SEED_001))).toBe(false);
    expect(leads('（交通运输部牵头，财政部参与）')).toBe(false);
  });
});
