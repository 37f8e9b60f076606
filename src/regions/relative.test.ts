import { describe, expect, it } from 'vitest';
import { findRegionMentions } from './index.js';
import { findRelativeMentions } from './relative.js';

const relative = (text: string, within: string | null) =>
  findRelativeMentions(text, { within }).map((m) => [text.slice(m.start, m.end), m.region.code]);

describe('relative names', () => {
  it('reads 全州 and 我州 as the prefecture of a prefecture notice', () => {
    expect(relative('自脱贫攻坚战打响以来，我州深入贯彻落实，全州建档立卡贫困人口减少', '532300'))
      .toEqual([['我州', '532300'], ['全州', '532300']]);
  });
  it('reads 全州 in a county document as its prefecture and 全县 as the county', () => {
    expect(relative('全县脱贫攻坚工作位列全州第一', '532329')).toEqual([['全县', '532329'], ['全州', '532300']]);
  });
  it('reads bodies prefixed by a level word', () => {
    expect(relative('牵头单位：州扶贫办；责任单位：州教育体育局、州民政局，各县市党委、政府', '532300')).toEqual([
      ['州扶贫办', '532300'], ['州教育体育局', '532300'], ['州民政局', '532300'], ['各县市', '532300'],
    ]);
    expect(relative('按照市委、市政府统一安排部署', '530100')).toEqual([['市委', '530100'], ['市政府', '530100']]);
    expect(relative('认真落实省委、省政府脱贫攻坚决策部署', '532300')).toEqual([['省委', '530000'], ['省政府', '530000']]);
    expect(relative('责任单位：市人力资源和社会保障局、东川区政府', '530100')).toEqual([['市人力资源和社会保障局', '530100']]);
  });
  it('reads the lists of all units as the region that holds them', () => {
    expect(relative('各县（市、区）扶贫开发领导小组', '532300')).toEqual([['各县（市、区）', '532300']]);
    expect(relative('抄送：各州(市)扶贫开发领导小组', '532900')).toEqual([['各州(市)', '530000']]);
  });
  it('reads 全区 of a city in an autonomous region as the region', () => {
    expect(relative('科技创新能力处于全区领先水平', '450100')).toEqual([['全区', '450000']]);
  });
  it('does not read level words inside other words', () => {
    expect(relative('完善全市场监管体系，推进城市建设和区域协调，县城', '530100')).toEqual([]);
    expect(relative('各县级部门和州县部门挂包村委会', '532300')).toEqual([]);
  });
  it('reads nothing without the document region', () => {
    expect(relative('我省再次召开脱贫攻坚推进会，全省上下', null)).toEqual([]);
  });
  it('is merged with the explicit names on request, without reading a name twice', () => {
    const text = '昆明市农业局、市农业局和全市';
    expect(findRegionMentions(text, { within: '530100', relative: true })
      .map((m) => [text.slice(m.start, m.end), m.relative])).toEqual([['昆明市', false], ['市农业局', true], ['全市', true]]);
  });
});
