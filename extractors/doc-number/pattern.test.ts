import { describe, expect, it } from 'vitest';
import { canonicalDocNumber, docNumberKey, findDocNumbers } from './pattern.js';

const values = (text: string) => findDocNumbers(text).map((m) => m.value);

describe('findDocNumbers', () => {
  it('reads every bracket form, keeping the brackets as written', () => {
    expect(values('楚贫组发〔2020〕8号')).toEqual(['楚贫组发〔2020〕8号']);
    expect(values('国办发［2018］129号')).toEqual(['国办发［2018］129号']);
    expect(values('国办发[2018]129号')).toEqual(['国办发[2018]129号']);
    expect(values('国办发（2018）129号')).toEqual(['国办发（2018）129号']);
    expect(values('（云人社通﹝2018﹞68号）及沪')).toEqual(['云人社通﹝2018﹞68号']);
    expect(values('粤府【2021】5号')).toEqual(['粤府【2021】5号']);
    expect(values('京政发〔2020〕第12号')).toEqual(['京政发〔2020〕第12号']);
    // a PDF font that maps 〔〕 to the low and high double quotes
    expect(values('的通知》(国办发„2009‟3号)精神')).toEqual(['国办发„2009‟3号']);
  });

  it('removes the spaces PDF and web extraction put inside a number', () => {
    expect(values('农办机〔2024〕3 号')).toEqual(['农办机〔2024〕3号']);
    expect(values('农办机 [ 2024 ] 3 号')).toEqual(['农办机[2024]3号']);
    expect(canonicalDocNumber('国发〔2018〕 39 号')).toBe('国发〔2018〕39号');
  });

  it('gives the parts and the span of the number', () => {
    const [m] = findDocNumbers('根据《云南省决战决胜脱贫攻坚百日总攻行动方案的通知》（云开组〔2020〕4号）精神');
    expect(m).toMatchObject({ value: '云开组〔2020〕4号', agency: '云开组', year: 2020, serial: 4 });
    expect('根据《云南省决战决胜脱贫攻坚百日总攻行动方案的通知》（云开组〔2020〕4号）精神'.slice(m.start, m.end)).toBe('云开组〔2020〕4号');
  });

  it('starts the 机关代字 after a lead-in written without brackets', () => {
    expect(values('按照楚政发〔2019〕3号文件要求')).toEqual(['楚政发〔2019〕3号']);
    expect(values('根据国发〔2018〕39号')).toEqual(['国发〔2018〕39号']);
    expect(values('关于印发XX方案的通知楚政办发〔2019〕12号')).toEqual(['楚政办发〔2019〕12号']);
    expect(values('扶贫开发办公室文件楚贫复〔2019〕5号关于对')).toEqual(['楚贫复〔2019〕5号']);
    expect(values('收到你厅鄂政文〔2004〕15号请示后')).toEqual(['鄂政文〔2004〕15号']);
  });

  it('does not take the day of a date for part of the code', () => {
    expect(values('（2019年12月30日国办发〔2019〕56号）')).toEqual(['国办发〔2019〕56号']);
  });

  it('reads several numbers in one bracket', () => {
    expect(values('（国发〔2018〕1号、国办发〔2019〕2号）')).toEqual(['国发〔2018〕1号', '国办发〔2019〕2号']);
  });

  it('does not take other numbered things for document numbers', () => {
    expect(values('关于对州政协十届三次会议第81号提案的答复')).toEqual([]);
    expect(values('2020年4号台风')).toEqual([]);
    expect(values('（2020）8号楼')).toEqual([]);
    expect(values('国务院令第588号')).toEqual([]);
  });

  it('gives one query key for every bracket form and spacing of a number', () => {
    expect(docNumberKey('云开组[2020]4号')).toBe('云开组〔2020〕4号');
    expect(docNumberKey('云开组（2020） 04 号')).toBe('云开组〔2020〕4号');
    expect(docNumberKey('云开组﹝2020﹞4号')).toBe(docNumberKey('云开组〔2020〕4号'));
  });
});

describe('the 〔year〕文N号 form', () => {
  it('reads 文 before the serial as part of the number', () => {
    expect(values('你省《关于增设某区的请示》（闽政〔1996〕文39号）收悉')).toEqual(['闽政〔1996〕文39号']);
    expect(docNumberKey('闽政〔1996〕文39号')).toBe('闽政〔1996〕39号');
  });
});
