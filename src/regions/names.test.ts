import { describe, expect, it } from 'vitest';
import { placeOf } from './gazetteer.js';
import { nameForms, stripEthnic } from './names.js';

const forms = (code: string) => nameForms(placeOf(code)!).map((f) => `${f.kind}:${f.form}`);

describe('short forms by rule', () => {
  it('drops the nationalities and keeps the level word of an autonomous prefecture', () => {
    expect(forms('532300')).toEqual(['full:楚雄彝族自治州', 'short:楚雄州', 'stem:楚雄']);
  });
  it('drops several nationalities of an autonomous county', () => {
    expect(forms('530128')).toEqual(['full:禄劝彝族苗族自治县', 'short:禄劝县', 'stem:禄劝']);
    expect(forms('622927')).toEqual(['full:积石山保安族东乡族撒拉族自治县', 'short:积石山县', 'stem:积石山']);
  });
  it('drops 市, 省 and 区 for the bare name', () => {
    expect(forms('530100')).toEqual(['full:昆明市', 'stem:昆明']);
    expect(forms('520000')).toEqual(['full:贵州省', 'stem:贵州']);
    expect(forms('530113')).toEqual(['full:东川区', 'stem:东川']);
  });
  it('shortens the autonomous regions without a table', () => {
    expect(forms('450000')).toEqual(['full:广西壮族自治区', 'stem:广西']);
    expect(forms('150000')).toEqual(['full:内蒙古自治区', 'stem:内蒙古']);
    expect(forms('650000')).toEqual(['full:新疆维吾尔自治区', 'stem:新疆']);
    expect(forms('640000')).toEqual(['full:宁夏回族自治区', 'stem:宁夏']);
    expect(forms('540000')).toEqual(['full:西藏自治区', 'stem:西藏']);
  });
  it('keeps a name that is only a nationality', () => {
    expect(forms('150723')).toEqual(['full:鄂伦春自治旗', 'short:鄂伦春旗', 'stem:鄂伦春']);
    expect(stripEthnic('鄂温克族')).toBe('鄂温克');
  });
  it('gives no bare name of one character', () => {
    expect(forms('500233')).toEqual(['full:忠县']);
  });
});
