import { describe, expect, it } from 'vitest';
import { numeralValue, parseNumeral } from './numerals.js';

describe('parseNumeral', () => {
  const cases: [string, string][] = [
    ['17673.82', '17673.82'],
    ['1,234', '1234'],
    ['１２３', '123'],
    ['十六', '16'],
    ['二十七', '27'],
    ['三万五千', '35000'],
    ['二十万亿', '20000000000000'],
    ['3万4000', '34000'],
    ['25万6千', '256000'],
    ['1.42万', '14200'],
    ['16.4亿', '1640000000'],
    ['二〇〇五', '2005'],
    ['一千零五', '1005'],
    ['两百', '200'],
    ['三百五', '350'],
    ['壹仟贰佰叁拾肆', '1234'],
    ['一亿二千万', '120000000'],
    ['3.2万亿', '3200000000000'],
    ['三点五亿', '350000000'],
    ['十', '10'],
    // a decimal point after units belongs to the whole group (found by the nzh property test)
    ['十万点五', '100000.5'],
    ['十二点五万', '125000'],
    ['壹拾贰点伍', '12.5'],
    ['伍拾柒亿肆仟陆佰陆拾伍万零肆佰捌拾柒点贰壹肆', '5746650487.214'],
  ];
  for (const [input, want] of cases) {
    it(`${input} → ${want}`, () => expect(parseNumeral(input)?.toFixed()).toBe(want));
  }
  it('is exact where floating point is not', () => {
    expect(numeralValue('16.4亿')).toBe(1640000000);
    expect(numeralValue('0.35万')).toBe(3500);
  });
  for (const bad of ['', '万', '十百', '万万', 'abc', '1.2.3', '百分']) {
    it(`rejects ${JSON.stringify(bad)}`, () => expect(parseNumeral(bad)).toBeNull());
  }
});

describe('numeralValue', () => {
  // short digit strings take a shortcut past the Decimal reader: it must give the reader's value
  for (const s of ['0', '007', '2020', '999999999999999', '1234567890123456', '12345678901234567890', '１２', ' 12', '1,000', '12.50', '三']) {
    it(`reads ${JSON.stringify(s)} as parseNumeral does`, () => expect(numeralValue(s)).toBe(parseNumeral(s)!.toNumber()));
  }
  it('is null where parseNumeral is', () => {
    for (const s of ['', '-5', '+5', '1.2.3']) expect(numeralValue(s)).toBeNull();
  });
});
