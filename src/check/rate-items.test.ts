// A rate whose whole is named as a total in a `；` item before it, and whose part is a compound
// count (`…户…人`): monitoring reports of households at risk.
import { describe, expect, it } from 'vitest';
import { findingsOf, inconsistent, valuesOf } from './testing.js';

// 4200/9600 = 43.75%; in households 1150/2800 = 41.07%
const MONITORING = '年末全县监测对象总数为2800户9600人，占脱贫人口总数的9.6%；累计消除风险1150户4200人，风险消除率43.75%，未消除风险1650户5400人。';
const rows = (text: string) => findingsOf(text).filter((f) => f.rule === 'ratio').map((f) => [f.status, ...valuesOf(f)]);

describe('a rate of a whole named in the ；-item before', () => {
  it('the part in persons of a compound count, over the total in persons (full-width)', () => {
    expect(rows(MONITORING)).toEqual([['consistent', 9600, 4200, 43.75]]);
  });

  it('the part in households, when the rate is of households (ASCII)', () => {
    const text = MONITORING.replace(/，/g, ',').replace('；', ';').replace('43.75%', '41.07%');
    expect(rows(text)).toEqual([['consistent', 2800, 1150, 41.07]]);
  });

  it('a rate that fits neither reading is not reported: which whole it takes is a guess', () => {
    const text = MONITORING.replace('43.75%', '53.75%');
    expect(rows(text)).toEqual([]);
    expect(inconsistent(findingsOf(text))).toEqual([]);
  });

  it('a whole not named as a total, or in another paragraph, is not taken', () => {
    expect(rows(MONITORING.replace('监测对象总数为', '监测对象'))).toEqual([]);
    expect(rows(MONITORING.replace('；', '；\n'))).toEqual([]);
  });
});
