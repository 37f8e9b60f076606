import { describe, expect, it } from 'vitest';
import { runOn } from '../../src/core/testing.js';
import { CITY_WEB, FLAT_HEADER, GAZETTE, HEADED, METADATA_PAIRS, METADATA_TABLE, SEED_000, SEED_001, SEED_003, SEED_004, STATE_COUNCIL_PDF, STATE_COUNCIL_WEB, WORK_REPORT, seed, SIGNED_ROW, BULLETED_METADATA, DASHED_TITLE, ONE_LINE_NOTICE } from './fixtures.js';
import { titleExtractor } from './title.js';

const title = (text: string) => runOn([titleExtractor], text).meta.title;

describe('document.title', () => {
  it('reads the notice title under the masthead and number, not the enclosed plan title', () => {
    expect(title(seed(SEED_001))).toBe('楚雄州扶贫开发领导小组关于印发楚雄州决战决胜脱贫攻坚百日总攻行动方案的通知');
  });

  it('joins a title the PDF broke over lines, the issuer line included', () => {
    expect(title(seed(SEED_003))).toBe('昆明市农村扶贫开发工作领导小组印发《关于全面推进东川区、禄劝县脱贫攻坚工作方案》的通知');
    expect(title(STATE_COUNCIL_PDF)).toBe('国务院办公厅关于印发推进运输结构调整三年行动计划（2018—2020年）的通知');
    expect(title(STATE_COUNCIL_WEB)).toBe('国务院办公厅关于同意建立农村人居环境整治部际联席会议制度的函');
  });

  it('reads a title that the masthead and number run into, stray spaces removed', () => {
    expect(title(seed(SEED_004))).toBe('关于对州政协十届三次会议第81号提案的答复');
  });

  it('takes a bulletin headline without a kind as its title', () => {
    expect(title(seed(SEED_000))).toBe('大理州五场硬战加速推进百日总攻');
  });

  it('takes a first line that reads as a progress bulletin headline, though run into the body', () => {
    const text = '2021年1-9月份某市《政府工作报告》重点任务推进情况\n1-9月份，各地、各部门紧盯年度目标任务，抓好各项工作落实。现将推进情况通报如下：\n一、主要经济指标完成情况';
    expect(title(text)).toBe('2021年1-9月份某市《政府工作报告》重点任务推进情况');
    // a sentence broken after 情况 is no headline
    expect(title('1-9月份，各地紧盯年度目标任务，现将推进情况\n通报如下。\n一、主要经济指标完成情况')).toBeNull();
  });

  it('skips a caption above a work report title and stops before its dated subtitle', () => {
    expect(title(`政府工作报告。贵州日报天眼新闻记者李森摄\n${WORK_REPORT}`)).toBe('政府工作报告');
  });

  it('takes the first copy of a title a web page prints twice', () => {
    const text = '原文链接：https://example.org/a.html\n安徽省商务厅关于印发安徽省外贸稳增长若干措施(2022)的通知\n安徽省商务厅关于印发安徽省外贸稳增长若干措施（2022）的通知\n（皖商〔2022〕6号）\n各市商务局：\n现印发给你们，请认真贯彻执行。';
    expect(title(text)).toBe('安徽省商务厅关于印发安徽省外贸稳增长若干措施(2022)的通知');
  });

  it('falls back to the enclosed title when a web copy lost the notice title', () => {
    const text = '穗卫函〔2023〕1930号\n各区卫生健康局：\n现将《关于推进家庭医生签约服务实施方案》印发给你们，请贯彻执行。\n广州市卫生健康委员会\n2023年10月19日\n关于推进家庭医生签约服务实施方案\n为贯彻落实有关决策部署，制定本方案。';
    expect(title(text)).toBe('关于推进家庭医生签约服务实施方案');
  });

  it('reads a title that carries its number, between page labels', () => {
    expect(title(CITY_WEB)).toBe('中共岳阳市委办公室岳阳市人民政府办公室印发《关于全面推进政务公开工作的实施意见》的通知');
    expect(title(GAZETTE)).toBe('国务院办公厅关于加强农业种质资源保护与利用的意见');
  });

  it('reads the title of a header that a web copy ran into one line with its number and addressees', () => {
    expect(title(FLAT_HEADER)).toBe('国务院关于同意建立长江中游城市群协同发展示范区的批复');
    // the kind runs into a code that the number reader takes whole (`函国办函`)
    expect(title('关于同意设立国家级新区的函国办函〔2017〕12号 四川省人民政府:你省请示收悉。现函复如下。')).toBe('关于同意设立国家级新区的函');
  });

  it('does not split a body sentence that cites a number before a colon', () => {
    expect(title('根据国务院关于加强数字政府建设的指导意见国发〔2022〕14号要求，各部门：抓好落实。')).toBeNull();
  });

  it('takes the title from the site table 名称 over the enclosed document, never a table line', () => {
    expect(title(METADATA_TABLE)).toBe('大方县人民政府办公室关于印发《大方县农村人居环境整治提升实施方案》的通知');
    expect(title(METADATA_PAIRS)).toBeNull();
    expect(title('索引号|11370828MB0000000A/2025-00012|公开方式|主动公开|\n发布机构|某县人民政府办公室|\n各镇政府：\n现将有关事项通知如下。')).toBeNull();
  });

  it('does not join a heading line to a title that names its own issuer', () => {
    expect(title(HEADED)).toBe('楚雄州人民政府办公室关于做好2020年春节期间有关工作的通知');
  });

  it('cuts a title from the row it shares with number, signature and date, a cell border after them', () => {
    expect(title(SIGNED_ROW)).toBe('国务院关于同意山东省撤销滨州地区设立地级滨州市的批复');
  });

  it('never takes a bulleted metadata row for the title: the headline under the rows is', () => {
    expect(title(BULLETED_METADATA)).toBe('某县2023年1至2月份生产安全事故情况');
  });

  it('leaves the dashes before a title out, and does not join it to the headline above', () => {
    expect(title(DASHED_TITLE)).toBe('关于十四届全国人大一次会议第2035号建议的答复');
  });

  it('reads the title of a notice run into one line with its addressees and body', () => {
    expect(title(ONE_LINE_NOTICE)).toBe('天水市人民政府办公厅转发省安全生产委员会办公室关于全省安全生产大检查情况的通报的通知');
    // a first line that cites a notice before a colon is no header
    expect(title('根据省政府办公厅关于做好防汛工作的通知各县区要求：立即开展隐患排查。\n')).toBeNull();
  });
});
