import { describe, expect, it } from 'vitest';
import { runOn } from '../../src/core/testing.js';
import { CITY_WEB, FLAT_HEADER, METADATA_PAIRS, METADATA_TABLE, HEADED, PRINTED_ONLY, REPLY, SEED_001, SEED_003, SEED_004, STATE_COUNCIL_PDF, WORK_REPORT, seed, PLAN_COVER } from './fixtures.js';
import { issuerExtractor } from './issuer.js';

const issuer = (text: string) => runOn([issuerExtractor], text).meta.issuer;

describe('document.issuer', () => {
  it('takes the body the title names before 关于 or 印发', () => {
    expect(issuer(seed(SEED_001))).toBe('楚雄州扶贫开发领导小组');
    expect(issuer(seed(SEED_003))).toBe('昆明市农村扶贫开发工作领导小组');
    expect(issuer(STATE_COUNCIL_PDF)).toBe('国务院办公厅');
  });

  it('takes the body a title names on a line of its own, without the line break after it', () => {
    const text = '某某市人民政府办公室文件\n某政办字〔2021〕32号\n某某市人民政府办公室\n关于印发数字政府建设行动方案的通知\n各区人民政府，市政府各部门：\n现印发给你们，请认真贯彻实施。\n2021年6月29日\n';
    expect(issuer(text)).toBe('某某市人民政府办公室');
  });

  it('takes the joint issuers a title names, and the title issuer under a heading line', () => {
    expect(issuer(CITY_WEB)).toBe('中共岳阳市委办公室岳阳市人民政府办公室');
    expect(issuer(HEADED)).toBe('楚雄州人民政府办公室');
  });

  it('takes the signature above the date when the title names no body', () => {
    expect(issuer(seed(SEED_004))).toBe('楚雄州人民政府扶贫开发办公室');
    expect(issuer(REPLY)).toBe('云南省农业农村厅');
  });

  it('keeps joint signers apart as the source spaced them', () => {
    const text = '关于印发我市2025年社会救助标准的通知\n各区人民政府：\n现印发给你们，请遵照执行。\n广州市民政局　　广州市财政局\n2025年5月30日';
    expect(issuer(text)).toBe('广州市民政局 广州市财政局');
    const two = '关于印发实施方案的通知\n各区卫生健康局：\n现印发给你们，请遵照执行。\n广州市卫生健康委员会 广州市财政局\n广州市人力资源和社会保障局 广州市医疗保障局\n2023年10月19日';
    expect(issuer(two)).toBe('广州市卫生健康委员会 广州市财政局 广州市人力资源和社会保障局 广州市医疗保障局');
  });

  it('reads a masthead set over two lines when nothing else names the issuer', () => {
    const text = '南宁市人民政府\n办公厅文件\n南府办〔2016〕71号\n关于印发南宁市科学技术发展专项规划的通知\n各县、区人民政府：\n现印发给你们，请认真组织实施。\n2016年11月23日';
    expect(issuer(text)).toBe('南宁市人民政府办公厅');
  });

  it('joins the names of a masthead that prints 文件 twice', () => {
    const text = '楚雄彝族自治州文件 扶贫开发领导小组文件\n楚贫组发〔2020〕9号\n关于开展问题清零行动的通知\n各县市扶贫开发领导小组：\n请认真贯彻落实。';
    expect(issuer(text)).toBe('楚雄彝族自治州扶贫开发领导小组');
  });

  it('takes the government a work report is delivered for, with the region of its congress', () => {
    expect(issuer(WORK_REPORT)).toBe('湖南省人民政府');
    expect(issuer('政府工作报告\n各位代表：\n受市人民政府委托，我向大会报告工作，请予审议。')).toBe('市人民政府');
  });

  it('takes the government a work report title or a news copy names', () => {
    expect(issuer('山东省人民政府工作报告\n各位代表：\n现在，我向大会报告工作。')).toBe('山东省人民政府');
    expect(issuer('大众网1月24日讯 24日上午，省十二届人大五次会议开幕，省长张某同志作山东省人民政府工作报告。\n刚刚过去的一年，全省生产总值增长8%。')).toBe('山东省人民政府');
    expect(issuer('政府工作报告\n各位代表：\n今年要着力做好政府工作报告确定的各项任务。')).toBeNull();
  });

  it('takes the issuer a flattened header title names', () => {
    expect(issuer(FLAT_HEADER)).toBe('国务院');
  });

  it('takes the site table 发文机关 when the text names none, a second name in brackets left off', () => {
    expect(issuer(METADATA_PAIRS)).toBe('宿州市农业农村局');
    expect(issuer(METADATA_TABLE)).toBe('大方县人民政府办公室');
  });

  it('leaves the issuer unknown rather than guess it from the printing office', () => {
    expect(issuer(PRINTED_ONLY)).toBeNull();
  });

  it('takes the body named alone under a plan title, as its cover prints it', () => {
    expect(issuer(PLAN_COVER)).toBe('舒城县人民政府');
    // a line of running text under the title is no cover
    expect(issuer(PLAN_COVER.replace('舒城县人民政府\n', ''))).toBeNull();
  });

  it('takes the speaker\'s body under the meeting subtitle of a report read at a meeting', () => {
    const audit = '关于2024年度市级预算执行和其他财政收支的审计工作报告\n——2025年8月26日在某某市第十七届人民代表大会常务委员会第三十次会议上\n某某市审计局局长　王晓东\n主任、各位副主任、秘书长、各位委员：\n我受市人民政府委托，报告2024年度市级预算执行和其他财政收支的审计情况，请予审议。\n';
    expect(issuer(audit)).toBe('某某市审计局');
    const budget = '关于某某省2024年预算执行情况和2025年预算草案的报告\n——2025年1月20日在某某省第十四届人民代表大会第三次会议上\n某某省财政厅\n各位代表：\n受省人民政府委托，现将全省2024年预算执行情况和2025年预算草案提请大会审议。\n';
    expect(issuer(budget)).toBe('某某省财政厅');
    // a speaker named by post alone gives no body
    expect(issuer(budget.replace('某某省财政厅', '省长　李明'))).toBeNull();
  });
});
