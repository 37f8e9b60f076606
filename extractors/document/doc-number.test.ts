import { describe, expect, it } from 'vitest';
import { runOn } from '../../src/core/testing.js';
import { docNumberExtractor } from './doc-number.js';
import { CITY_WEB, FLAT_HEADER, GAZETTE, METADATA_PAIRS, METADATA_TABLE, PRINTED_ONLY, REPLY, SEED_001, SEED_003, SEED_004, STATE_COUNCIL_PDF, STATE_COUNCIL_WEB, seed, SIGNED_ROW, TRAILING_TABLE } from './fixtures.js';

const docNumber = (text: string) => runOn([docNumberExtractor], text).meta.docNumber;

describe('document.docNumber', () => {
  it('reads the number under the masthead', () => {
    expect(docNumber(seed(SEED_001))).toBe('楚贫组发〔2020〕8号');
    expect(docNumber(seed(SEED_004))).toBe('楚贫复〔2019〕5号');
  });

  it('repairs the stray space of a PDF number', () => {
    expect(docNumber(STATE_COUNCIL_PDF)).toBe('国办发〔2018〕129号');
  });

  it('reads a number after the title, in any bracket form, before a class mark', () => {
    expect(docNumber(STATE_COUNCIL_WEB)).toBe('国办函［2019］45号');
    expect(docNumber(REPLY)).toBe('云农建复﹝2020﹞12号');
    expect(docNumber('关于做好促进就业工作的若干意见\n（皖开放办〔2022〕6号）\n省有关单位：\n现印发给你们。')).toBe('皖开放办〔2022〕6号');
  });

  it('reads a number printed on the title line', () => {
    expect(docNumber('国务院关于印发打赢蓝天保卫战三年行动计划的通知（国发〔2018〕22号）\n各省、自治区、直辖市人民政府：\n现印发给你们。')).toBe('国发〔2018〕22号');
    expect(docNumber('国发[2018]39号国务院关于做好促进就业工作的若干意见\n各省人民政府：\n现提出以下意见。')).toBe('国发[2018]39号');
  });

  it('reads a number in ASCII brackets on the title line, and a gazette bracket with the date', () => {
    expect(docNumber(CITY_WEB)).toBe('岳办发〔2017〕2号');
    expect(docNumber(GAZETTE)).toBe('国办发〔2019〕56号');
  });

  it('reads the number of a header flattened onto the first line', () => {
    expect(docNumber(FLAT_HEADER)).toBe('国函〔2016〕87号');
  });

  it('takes the site table 文号 when the text prints none, and nothing from an empty 文号', () => {
    expect(docNumber(METADATA_TABLE)).toBe('大府办发〔2024〕15号');
    expect(docNumber(METADATA_PAIRS)).toBeNull();
  });

  it('never takes a number the document cites for its own', () => {
    expect(docNumber(PRINTED_ONLY)).toBeNull();
    expect(docNumber(seed(SEED_003))).toBeNull();
  });

  it('reads the number between the title and the signed date of a database row', () => {
    expect(docNumber(SIGNED_ROW)).toBe('国函〔2000〕38号');
  });

  it('reads the 文号 column of the page table after the text when the document gives none', () => {
    expect(docNumber(TRAILING_TABLE)).toBe('信政〔2016〕3号');
    // the document's own number comes first
    expect(docNumber(`信政〔2016〕5号\n${TRAILING_TABLE}`)).toBe('信政〔2016〕5号');
    // a row of labels without a 文号 column gives nothing
    expect(docNumber(TRAILING_TABLE.replace('文       号', '主题分类'))).toBeNull();
  });
});
