import { describe, expect, it } from 'vitest';
import { QueryError } from './errors.js';
import { dateBound, filtersFromOptions, regionArg, splitList } from './filters.js';

describe('dateBound', () => {
  it('a day is itself; a month or year is its first day as a lower bound, its last as an upper one', () => {
    expect(dateBound('2020-06-15', 'from')).toBe('2020-06-15');
    expect(dateBound('2020-06', 'from')).toBe('2020-06-01');
    expect(dateBound('2020-06', 'to')).toBe('2020-06-30');
    expect(dateBound('2020-2', 'to')).toBe('2020-02-29');
    expect(dateBound('2019', 'to')).toBe('2019-12-31');
    expect(dateBound('2020/6/1', 'from')).toBe('2020-06-01');
  });

  it('refuses what is not a date', () => {
    expect(() => dateBound('2020-13', 'from')).toThrow("bad date '2020-13'");
    expect(() => dateBound('2019-02-29', 'from')).toThrow(QueryError);
    expect(() => dateBound('6月', 'from')).toThrow('expected YYYY-MM-DD, YYYY-MM or YYYY');
  });
});

describe('regionArg', () => {
  it('names (short or official) and codes', () => {
    expect(regionArg('楚雄州')).toEqual({ code: '532300', name: '楚雄彝族自治州' });
    expect(regionArg('武定县')).toEqual({ code: '532329', name: '武定县' });
    expect(regionArg('532329')).toEqual({ code: '532329', name: '武定县' });
  });

  it('an ambiguous name lists the places it may mean; an unknown one says so', () => {
    expect(() => regionArg('朝阳区')).toThrow("ambiguous region '朝阳区': 北京市朝阳区 110105, 吉林省长春市朝阳区 220104; give the code or a longer name");
    expect(regionArg('北京市朝阳区').code).toBe('110105');
    expect(() => regionArg('不存在县')).toThrow("unknown region '不存在县'");
    expect(() => regionArg('999999')).toThrow("unknown region code '999999'");
  });
});

describe('filtersFromOptions', () => {
  it('turns typed options into filters', () => {
    expect(filtersFromOptions({ type: ['quantity,date'], region: ['武定县'], from: '2020-06', to: '2020-06', role: ['deadline'] })).toMatchObject({
      type: ['quantity', 'date'], regionCodes: ['532329'], from: '2020-06-01', to: '2020-06-30', role: ['deadline'],
    });
    expect(splitList(['a，b', 'c、d', ' '])).toEqual(['a', 'b', 'c', 'd']);
  });

  it('refuses unknown types and roles, reversed bounds, and text with no words', () => {
    expect(() => filtersFromOptions({ type: 'figure' })).toThrow("unknown type 'figure' (types: quantity, date, assignment, reference, region)");
    expect(() => filtersFromOptions({ role: 'due' })).toThrow("unknown role 'due'");
    expect(() => filtersFromOptions({ from: '2020-07', to: '2020-06' })).toThrow('--from 2020-07-01 is after --to 2020-06-30');
    expect(() => filtersFromOptions({ text: '，。' })).toThrow("no words to search for in '，。'");
  });
});
