// Headers that a PDF or web column wrapped at a fixed width: the line breaks fall anywhere, inside
// a document number, a bracket, a date or a name, and the normaliser joins some of the pieces.
import { describe, expect, it } from 'vitest';
import { docFromText, runOn } from '../../src/core/testing.js';
import { referenceExtractor } from '../reference/reference.js';
import { docNumberExtractor } from './doc-number.js';
import { issuedOnExtractor } from './issued-on.js';
import { balanced, sourceLines } from './lines.js';
import { recipientsExtractor } from './recipients.js';
import { titleExtractor } from './title.js';

const header = (text: string) => {
  const { meta, facts } = runOn([titleExtractor, docNumberExtractor, issuedOnExtractor, recipientsExtractor, referenceExtractor], text);
  const references = facts.filter((f) => f.type === 'reference').map((f) => (f.record as { docNumber: string | null }).docNumber);
  return { title: meta.title, docNumber: meta.docNumber, issuedOn: meta.issuedOn, recipients: meta.recipients, references };
};
const lineTexts = (text: string) => sourceLines(docFromText(text)).map((l) => l.text);

const REPLY_BODY = '湖北省人民政府:\n你省《关于撤销襄樊地区设立地级襄樊市的请示》(鄂政文〔2002〕88号)收悉。现批\n复如下:\n一、同意撤销襄樊地区,设立地级襄樊市。\n';

describe('source lines of a wrapped header', () => {
  it('does not cut inside a document number, a bracket or a full date, and cuts elsewhere', () => {
    expect(lineTexts('国务院关于同意湖北省撤销襄樊地区设立地级襄樊市的批复 国函〔2003\n〕17号 中华人民共和国国务院 2003年4\n月2日')).toEqual([
      '国务院关于同意湖北省撤销襄樊地区设立地级襄樊市的批复国函〔2003〕17号中华人民共和国国务院2003年4月2日',
    ]);
    expect(lineTexts('某区人民政府办公室关于转发《某区全域推进农村生活污水治理\n的实施方案》的通知')).toEqual([
      '某区人民政府办公室关于转发《某区全域推进农村生活污水治理的实施方案》的通知',
    ]);
    // a break outside them stays a line of its own
    expect(lineTexts('国务院关于同意湖北省撤销襄樊地区设立地级襄樊市的批复\n国函〔2003〕17号')).toEqual([
      '国务院关于同意湖北省撤销襄樊地区设立地级襄樊市的批复', '国函〔2003〕17号',
    ]);
  });

  it('keeps the code of a number that a name runs into cut where the source broke it', () => {
    expect(lineTexts('发布:湖州卫生健康委\n湖卫健发〔2023〕1号')).toEqual(['发布:湖州卫生健康委', '湖卫健发〔2023〕1号']);
  });

  it('tells balanced brackets', () => {
    expect(balanced('关于转发《某区实施方案（2023—2025年）》的通知')).toBe(true);
    expect(balanced('现将《某省促进农民工稳定就业的实施方案')).toBe(false);
    expect(balanced('推进海绵城市建设的实施方案》的通知')).toBe(false);
    expect(balanced('关于（试行〕的通知')).toBe(false);
  });
});

describe('a header wrapped inside its number', () => {
  it('keeps the own number, the title and the date when the break falls inside the number', () => {
    expect(header(`国务院关于同意湖北省撤销襄樊地区设立地级襄樊市的批复 国函〔2003\n〕17号 中华人民共和国国务院 2003年4月2日 |\n|\n${REPLY_BODY}`)).toEqual({
      title: '国务院关于同意湖北省撤销襄樊地区设立地级襄樊市的批复', docNumber: '国函〔2003〕17号', issuedOn: '2003-04-02',
      recipients: ['湖北省人民政府'], references: ['鄂政文〔2002〕88号'],
    });
  });

  it('reads the signature that the break cut after the number', () => {
    const text = `国务院关于同意湖北省撤销襄樊地区设立地级襄樊市的批复\n国务院关于同意湖北省撤销襄樊地区设立地级襄樊市的批复 国函〔2003〕17号 中华人\n民共和国国务院 2003年4月2日 |\n|\n${REPLY_BODY}`;
    expect(header(text)).toMatchObject({ title: '国务院关于同意湖北省撤销襄樊地区设立地级襄樊市的批复', docNumber: '国函〔2003〕17号', issuedOn: '2003-04-02' });
  });

  it('reads title, number and addressees run into the body when the break cuts the addressee', () => {
    const text = '关于同意设立贵州黔中新区的批复 国函〔2016〕52号 贵州省人民政\n府: 你省《关于设立贵州黔中新区的请示》(黔府呈〔2015〕31号)收\n悉。现批复如下: 一、同意设立贵州黔中新区。新区位于贵阳市\n和安顺市之间,是全省产业聚集的核心区域。\n';
    expect(header(text)).toEqual({
      title: '关于同意设立贵州黔中新区的批复', docNumber: '国函〔2016〕52号', issuedOn: null,
      recipients: ['贵州省人民政府'], references: ['黔府呈〔2015〕31号'],
    });
  });

  it('reads a notice run into one paragraph with no number when the break cuts its title', () => {
    const text = '某市人民政府办公厅转发市安全生产委员会办公室关于省安全生产督查组对\n我市安全生产督查情况的通报的通知 各县、区人民政府,市政府各有关部门: 2019年\n5月6日至9日,省安全生产督查组对我市安全生产工作进行了督查。现将通报转发给\n你们,请认真研究,切实整改。\n';
    expect(header(text)).toMatchObject({
      title: '某市人民政府办公厅转发市安全生产委员会办公室关于省安全生产督查组对我市安全生产督查情况的通报的通知',
      recipients: ['各县、区人民政府', '市政府各有关部门'],
    });
  });
});

describe('titles from pieces of lines', () => {
  it('takes no title from a sentence whose 《》 the break left open', () => {
    const text = '各市、县人民政府,省人民政府各委、办、厅、局:\n 现将《某省促进农民工稳定就业的实施方案\n》印发给你们,请认真组织实施。\n 某省人民政府\n 2019年4月8日\n\n某省促进农民工稳定就业的实施方案\n\n 为稳定和扩大农民工就业,制定本方案。\n';
    // the enclosed plan's title stands in, as for the unbroken copy
    expect(header(text).title).toBe('某省促进农民工稳定就业的实施方案');
  });

  it("reads a site table's 名称 wrapped inside its 《》 whole", () => {
    const text = '索 引 号: | WA1304001-2023-011 | 主题分类: | 区政府 |\n名 称: | 某区人民政府办公室关于转发《某区全域推进农村生活污水治理\n的实施方案》的通知 | ||\n文 号: | 某府办发〔2023〕15号 | 公开类型: | 主动公开 |\n';
    expect(header(text)).toMatchObject({
      title: '某区人民政府办公室关于转发《某区全域推进农村生活污水治理的实施方案》的通知', docNumber: '某府办发〔2023〕15号',
    });
  });

  it('runs a title on over a short piece while a bracket is open', () => {
    const text = '某县人民政府关于印发《某县农村供水保障行动方案（2023—2025\n\n年）》\n\n的通知\n各乡镇人民政府:\n现将方案印发给你们,请认真贯彻执行。\n';
    expect(header(text).title).toBe('某县人民政府关于印发《某县农村供水保障行动方案（2023—2025年）》的通知');
  });
});

describe('no headline from a wrapped first paragraph', () => {
  it('refuses a first line that runs on into the next', () => {
    const text = '7月3日至10日,县政府督查室组成三个督查组,采取查阅资料、现场核实等方\n式,对2024年《政府工作报告》重点任务落\n实情况进行了督查。现将有关情况汇报如下。\n2024年《政府工作报告》明确120项目标任务,经督查核实,已完成30项。\n';
    expect(header(text).title).toBeNull();
  });

  it('refuses a first line when the next opens with a word bound to the one before', () => {
    // the normaliser leaves the short first line apart
    const text = '十四五时期是我县全面建成小康社会、实现第一个百年奋斗目标\n之后,乘势而上开启全面建设社会主义现代化国家新征程、向第二个百年奋斗目标进军\n的第一个五年。科学编制实施好本规划,对于推动全县高质量发展、助力谱写现代化建设新篇章\n具有重大而深远的意义。\n一、发展基础\n';
    expect(header(text).title).toBeNull();
  });

  it("refuses the value of a site table's label left empty on the line above", () => {
    const text = '索引号: | 11330500/2023-01234 | 公开方式: | 主动公开 |\n文号: | 公开日期: | 2023-03-15 | |\n发布单位: | 某市农业农村局 | 主题分类: |\n 农业、林业、水利 |\n2023年是全面贯彻落实党的二十大精神的开局之年,做好“三农”工作意\n义重大。总体思路是:坚持农业农村优先发展,全面推进乡村振兴。\n';
    expect(header(text).title).toBeNull();
  });

  it('still takes a headline standing alone', () => {
    const text = ' 某县多措并举推进春季森林防火工作  \n\n \n\n某县按照全省森林防火工作“严防死守、群防群治”要求，压实各级责任，全力做好春季森林防火\n工作，确保全县不发生重大森林火灾。\n';
    expect(header(text).title).toBe('某县多措并举推进春季森林防火工作');
  });
});
