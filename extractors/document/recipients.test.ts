import { describe, expect, it } from 'vitest';
import { runOn } from '../../src/core/testing.js';
import { CITY_WEB, FLAT_HEADER, METADATA_TABLE, REPLY, SEED_001, SEED_003, STATE_COUNCIL_PDF, STATE_COUNCIL_WEB, seed } from './fixtures.js';
import { recipientsExtractor } from './recipients.js';

const recipients = (text: string) => runOn([recipientsExtractor], text).meta.recipients;

describe('document.recipients', () => {
  it('reads the 主送 line after the title, one entry per comma', () => {
    expect(recipients(seed(SEED_001))).toEqual(['各县市扶贫开发领导小组', '州扶贫开发领导小组成员单位']);
    expect(recipients(seed(SEED_003))).toEqual(['各县（市）区农村扶贫开发工作领导小组', '各国家级、省级开发（度假）园区', '市级各部门']);
  });

  it('keeps a list that shares a prefix in one entry', () => {
    expect(recipients(STATE_COUNCIL_PDF)).toEqual(['各省、自治区、直辖市人民政府', '国务院各部委、各直属机构']);
    expect(recipients('关于印发实施方案的通知\n各区卫生健康局、财政局、人力资源社会保障局，市医保中心：\n现印发给你们。')).toEqual(['各区卫生健康局、财政局、人力资源社会保障局', '市医保中心']);
    expect(recipients(CITY_WEB)).toEqual(['各县市区委、人民政府', '市直各单位']);
  });

  it('reads a single addressee after the number', () => {
    expect(recipients(STATE_COUNCIL_WEB)).toEqual(['生态环境部']);
    expect(recipients(REPLY)).toEqual(['张三代表']);
  });

  it('reads the addressees of a flattened header, and those under a site table', () => {
    expect(recipients(FLAT_HEADER)).toEqual(['湖北省人民政府', '湖南省人民政府']);
    expect(recipients(METADATA_TABLE)).toEqual(['各乡（镇）人民政府、街道办事处', '县政府各部门']);
  });

  it('reads a labelled 主送 line', () => {
    expect(recipients('关于开展安全生产大检查的通知\n主送：各县区人民政府，市直各部门\n现就有关事项通知如下。')).toEqual(['各县区人民政府', '市直各部门']);
  });

  it('takes no attachment label or page label for addressees', () => {
    expect(recipients('关于开展安全生产大检查的通知\n附件：\n检查清单')).toEqual([]);
    expect(recipients('关于开展安全生产大检查的通知\n视力保护色:\n浏览量:\n各县区人民政府:\n现就有关事项通知如下。')).toEqual(['各县区人民政府']);
    expect(recipients('关于开展安全生产大检查的通知\n发布时间:2020-05-29 14:36:23\n\n各区、县(市)人民政府,市政府各部门:\n现就有关事项通知如下。')).toEqual(['各区、县(市)人民政府', '市政府各部门']);
  });
});
