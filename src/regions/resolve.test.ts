import { describe, expect, it } from 'vitest';
import { placeOf, lineage } from './gazetteer.js';
import { candidatesOf, resolveRegion } from './resolve-name.js';
import { enclosingAt } from './resolve.js';

const code = (name: string, within?: string) => resolveRegion(name, { within })?.code ?? null;

describe('resolveRegion', () => {
  it('reads official and short names', () => {
    expect(resolveRegion('楚雄州')).toEqual({ code: '532300', name: '楚雄彝族自治州' });
    expect(resolveRegion('禄劝县')).toEqual({ code: '530128', name: '禄劝彝族苗族自治县' });
    expect(resolveRegion('昆明')).toEqual({ code: '530100', name: '昆明市' });
    expect(code('武定县')).toBe('532329');
    expect(code('东川区')).toBe('530113');
    expect(code('大理州')).toBe('532900');
    expect(code('南宁市')).toBe('450100');
    expect(code('广州市')).toBe('440100');
    expect(code('越秀区')).toBe('440104');
    expect(code('贵州省')).toBe('520000');
    expect(code('安徽省')).toBe('340000');
  });
  it('reads a chain of names as its innermost place', () => {
    expect(resolveRegion('湖北省巴东县')).toEqual({ code: '422823', name: '巴东县' });
    expect(code('重庆市巫山县')).toBe('500237');
  });
  it('resolves a county name two provinces share by the document region, else leaves it', () => {
    expect(candidatesOf('鼓楼区').map((p) => p.code).sort()).toEqual(['320106', '320302', '350102', '410204']);
    expect(code('鼓楼区')).toBeNull();
    expect(code('鼓楼区', '320100')).toBe('320106');
    expect(code('鼓楼区', '350000')).toBe('350102');
    expect(code('朝阳区', '110000')).toBe('110105');
    expect(code('朝阳区', '220100')).toBe('220104');
    expect(code('朝阳区', '530000')).toBeNull();
  });
  it('prefers the province or prefecture over counties of the same bare name', () => {
    expect(code('吉林')).toBe('220000');
    expect(code('西安')).toBe('610100');
    expect(code('河南')).toBe('410000');
    expect(code('河南县')).toBe('632324');
  });
  it('reads irregular forms from the alias table and the places the package leaves out', () => {
    expect(code('博州')).toBe('652700');
    expect(code('香港')).toBe('810000');
    expect(code('襄樊市')).toBe('420600');
  });
  it('does not read a relative word as a county', () => {
    expect(code('全州')).toBeNull();
    expect(code('全州县')).toBe('450324');
  });
});

describe('gazetteer', () => {
  it('pads short codes to six digits and links counties of municipalities to the province', () => {
    expect(placeOf('532329')).toEqual({ code: '532329', name: '武定县', level: 'county', parent: '532300' });
    expect(placeOf('500237')?.parent).toBe('500000');
    expect(placeOf('441900')).toEqual({ code: '441900', name: '东莞市', level: 'prefecture', parent: '440000' });
  });
  it('loads townships on demand', () => {
    expect(placeOf('532329104')).toEqual({ code: '532329104', name: '插甸镇', level: 'township', parent: '532329' });
    expect(lineage('532329104').map((p) => p.code)).toEqual(['532329104', '532329', '532300', '530000']);
  });
  it('leaves out the statistical development zones but keeps county-level cities coded 8x', () => {
    expect(placeOf('130171')).toBeUndefined();
    expect(placeOf('441882')?.name).toBe('连州市');
  });
  it('finds the enclosing place of a level word', () => {
    expect(enclosingAt('532329', '州')?.code).toBe('532300');
    expect(enclosingAt('532329', '省')?.code).toBe('530000');
    expect(enclosingAt('450100', '区')?.code).toBe('450000');
    expect(enclosingAt('500237', '市')?.code).toBe('500000');
    expect(enclosingAt('530000', '市')).toBeNull();
  });
});
