import { describe, expect, it } from 'vitest';
import { runOn } from '../../src/core/testing.js';
import { CITY_WEB, METADATA_PAIRS, METADATA_TABLE, GAZETTE, PRINTED_ONLY, SEED_000, SEED_001, SEED_003, STATE_COUNCIL_PDF, STATE_COUNCIL_WEB, WORK_REPORT, seed, DATE_AFTER_LAST_SENTENCE, ONE_LINE_NOTICE, SIGNED_ROW } from './fixtures.js';
import { issuedOnExtractor } from './issued-on.js';
import { referenceYearExtractor } from './reference-year.js';

const run = (text: string) => runOn([issuedOnExtractor, referenceYearExtractor], text).meta;

describe('document.issuedOn', () => {
  it('reads the date line under the signature', () => {
    expect(run(seed(SEED_001)).issuedOn).toBe('2020-04-17');
    expect(run(seed(SEED_003)).issuedOn).toBe('2018-09-13');
  });

  it('reads a date in Chinese numerals', () => {
    expect(run(STATE_COUNCIL_WEB).issuedOn).toBe('2019-05-20');
    expect(run('国务院办公厅关于四起事故调查处理情况的通报\n各省人民政府：\n现将有关情况通报如下。\n国务院办公厅\n二○○四年一月十六日（本文有删减）').issuedOn).toBe('2004-01-16');
  });

  it('reads the signing body and the date on one line', () => {
    expect(run('关于做好春耕生产工作的通知\n各县农业局：\n请抓好落实。\n昆明市农业农村局2021年2月5日').issuedOn).toBe('2021-02-05');
  });

  it('reads the date a gazette prints with the number, and after two signing bodies', () => {
    expect(run(GAZETTE).issuedOn).toBe('2019-12-30');
    expect(run(CITY_WEB).issuedOn).toBe('2017-01-10');
  });

  it('reads the date of a speech under its title', () => {
    expect(run(WORK_REPORT).issuedOn).toBe('2024-01-23');
    expect(run('政府工作报告\n（2026年1月27日在贵州省第十四届人民代表大会第四次会议上）\n各位代表：\n现在，我代表省人民政府向大会报告工作。').issuedOn).toBe('2026-01-27');
  });

  it('takes the site table 成文日期 or 发文日期 when no date line signs the text, never its 发布日期', () => {
    expect(run(METADATA_TABLE).issuedOn).toBe('2024-06-12');
    expect(run('发文日期: 2025-01-14 发布日期: 2025-01-21\n关于做好春耕生产工作的通知\n各县农业局：\n现就有关事项通知如下，请抓好落实。').issuedOn).toBe('2025-01-14');
    expect(run(METADATA_PAIRS).issuedOn).toBeNull();
  });

  it('prefers the signed date line to the site table', () => {
    expect(run('成文日期 | 2021-02-01 |\n关于做好春耕生产工作的通知\n各县农业局：\n请抓好落实。\n昆明市农业农村局\n2021年2月5日').issuedOn).toBe('2021-02-05');
  });

  it('never takes the printing date of the 版记', () => {
    expect(run(STATE_COUNCIL_PDF).issuedOn).toBe('2018-10-09');
    const meta = run(PRINTED_ONLY);
    expect(meta.issuedOn).toBeNull();
    expect(meta.issuedOnInferred).toBe(true);
    expect(meta.referenceYear).toBe(2021);
  });

  it('gives a bulletin without a date line the year its body states, as inferred', () => {
    const meta = run(seed(SEED_000));
    expect(meta).toMatchObject({ issuedOn: null, issuedOnInferred: true, referenceYear: 2020 });
  });

  it('takes the reference year from the date of issue, not inferred', () => {
    expect(run(seed(SEED_001))).toMatchObject({ issuedOnInferred: false, referenceYear: 2020 });
  });
});

describe('document.issuedOn in a timeline', () => {
  it('does not take a dated line of the body for the date of issue', () => {
    const text = '关于脱贫攻坚推进情况的通报\n各州市扶贫开发领导小组：\n2020年4月29日\n全省召开脱贫攻坚推进会议，安排部署百日总攻行动各项工作任务，要求各地抓好落实。\n请各地认真抓好落实。';
    expect(run(text).issuedOn).toBeNull();
  });

  it('reads a date run on after the last sentence of the body, at the end of its line', () => {
    expect(run(DATE_AFTER_LAST_SENTENCE).issuedOn).toBe('2006-03-10');
    // a date followed by more running text on its line is no date of issue
    expect(run(DATE_AFTER_LAST_SENTENCE.replace('二○○六年三月十日', '二○○六年三月十日起施行')).issuedOn).toBeNull();
  });

  it('reads the date between the body and the attachment of a text run into one line', () => {
    expect(run(ONE_LINE_NOTICE).issuedOn).toBe('2008-06-12');
  });

  it('reads the signed date of a row that carries title and number too', () => {
    expect(run(SIGNED_ROW).issuedOn).toBe('2000-06-22');
  });
});
