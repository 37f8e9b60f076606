// Property test: numbers from 0 to 10^12 (with decimals), rendered the ways documents write them,
// read back exactly by the numeral reader and found whole by the scanner.
import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import Nzh from 'nzh';
import { describe, expect, it } from 'vitest';
import { parseNumeral } from '../../src/text/numerals.js';
import { scanNumerals } from './scan.js';

const cn = Nzh.cn;
const MAX = 10n ** 12n;

/** A number 0…10^12 with up to three decimals, as a decimal string. */
const amount = fc
  .tuple(fc.bigInt({ min: 0n, max: MAX - 1n }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 999 }))
  .map(([int, decimals, frac]) => (decimals === 0 ? int.toString() : `${int}.${String(frac).padStart(3, '0').slice(0, decimals)}`));

/** The way a figure is written, with the value it stands for. */
interface Rendering {
  text: string;
  value: Decimal;
}

const chinese = amount.chain((s) =>
  fc.constantFrom<Rendering>(
    { text: cn.encodeS(s), value: new Decimal(s) },
    { text: cn.encodeS(s, { tenMin: false }), value: new Decimal(s) },
    { text: cn.encodeB(s), value: new Decimal(s) },
  ),
);

const withSeparators = amount.map((s): Rendering => {
  const [int, frac] = s.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return { text: frac ? `${grouped}.${frac}` : grouped, value: new Decimal(s) };
});

/** `1.42万`, `24.3亿`: a decimal scaled by 万 or 亿, kept under 10^12. */
const scaled = fc
  .tuple(fc.integer({ min: 1, max: 99_999_999 }), fc.integer({ min: 0, max: 4 }), fc.constantFrom(['万', 1e4], ['亿', 1e8]))
  .filter(([digits, decimals, [, m]]) => new Decimal(digits).div(10 ** decimals).times(m as number).lte(1e12))
  .map(([digits, decimals, [mark, m]]): Rendering => {
    const base = new Decimal(digits).div(10 ** decimals);
    return { text: `${base.toFixed()}${mark}`, value: base.times(m as number) };
  });

/** `3万4000`, `25万6千`, `3亿2000万`: Arabic groups around 万 and 亿. */
const mixed = fc.oneof(
  fc.tuple(fc.integer({ min: 1, max: 99_999_999 }), fc.integer({ min: 1000, max: 9999 }))
    .map(([a, b]): Rendering => ({ text: `${a}万${b}`, value: new Decimal(a).times(1e4).plus(b) })),
  fc.tuple(fc.integer({ min: 1, max: 99_999_999 }), fc.integer({ min: 1, max: 9 }))
    .map(([a, c]): Rendering => ({ text: `${a}万${c}千`, value: new Decimal(a).times(1e4).plus(c * 1000) })),
  fc.tuple(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 9999 }))
    .map(([a, b]): Rendering => ({ text: `${a}亿${b}万`, value: new Decimal(a).times(1e8).plus(new Decimal(b).times(1e4)) })),
);

const renderings = fc.oneof(chinese, withSeparators, scaled, mixed);

describe('numerals as documents write them', () => {
  it('are read back exactly', () => {
    fc.assert(
      fc.property(renderings, (r) => {
        expect(parseNumeral(r.text)?.toFixed(), r.text).toBe(r.value.toFixed());
      }),
      { numRuns: 2000 },
    );
  });
  // zero alone (`零`) is left out on purpose: in documents it is a word (`零碳`, `清零`), not a figure
  it('are found whole, with their value, before a unit', () => {
    fc.assert(
      fc.property(renderings.filter((r) => !r.value.isZero()), (r) => {
        const tokens = scanNumerals(`共${r.text}元`);
        expect(tokens.map((t) => [t.start, t.end, t.value.toFixed()]), r.text).toEqual([[1, 1 + r.text.length, r.value.toFixed()]]);
      }),
      { numRuns: 1000 },
    );
  });
});
