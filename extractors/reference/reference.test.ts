import { describe, expect, it } from 'vitest';
import { runOn } from '../../src/core/testing.js';
import { DOCUMENT_EXTRACTORS } from '../document/index.js';
import { CITY_WEB, FLAT_HEADER, METADATA_TABLE, PRINTED_ONLY, SEED_001, SEED_003, SEED_004, STATE_COUNCIL_PDF, STATE_COUNCIL_WEB, seed, SIGNED_ROW, TRAILING_TABLE } from '../document/fixtures.js';
import { referenceExtractor } from './reference.js';

const refs = (text: string) =>
  runOn([...DOCUMENT_EXTRACTORS, referenceExtractor], text).facts
    .flatMap(({ record: r }) => (r.type === 'reference' ? [{ docNumber: r.docNumber, title: r.title, quote: r.quote }] : []));

describe('reference', () => {
  it('reads a cited number with the 《》 title written just before it', () => {
    expect(refs(seed(SEED_001))[0]).toEqual({
      docNumber: '云开组〔2020〕4号',
      title: '云南省决战决胜脱贫攻坚百日总攻行动方案的通知',
      quote: '《云南省决战决胜脱贫攻坚百日总攻行动方案的通知》（云开组〔2020〕4号）',
    });
  });

  it('reads every cited number and bracket form, never the document own number', () => {
    const numbers = (text: string) => refs(text).map((r) => r.docNumber).filter(Boolean);
    expect(numbers(seed(SEED_003))).toEqual(['云人社通﹝2018﹞68号', '昆贫领〔2018〕9号']);
    expect(numbers(seed(SEED_001))).toEqual(['云开组〔2020〕4号']);
    expect(numbers(STATE_COUNCIL_WEB)).toEqual(['环办〔2019〕12号']);
    expect(numbers(STATE_COUNCIL_PDF)).toEqual(['国发〔2018〕22号']);
    expect(numbers(CITY_WEB)).toEqual(['湘办发〔2016〕41号']);
  });

  it('reads a number labelled 文号 without taking the label into its 机关代字', () => {
    const text = '各县市区财政局：\n　　本批资金列相关支出科目。资金文号：湘财农指〔2024〕52号，原文号财农〔2024〕15号。\n';
    expect(refs(text).map((r) => r.docNumber)).toEqual(['湘财农指〔2024〕52号', '财农〔2024〕15号']);
  });

  it('does not cite the own number of a flattened header or of the site table', () => {
    expect(refs(FLAT_HEADER).map((r) => r.docNumber)).toEqual(['鄂政文〔2016〕21号']);
    expect(refs(METADATA_TABLE).map((r) => r.docNumber)).toEqual(['黔府办发〔2022〕9号']);
    const bracketed = '文号: | 黔府办发〔2024〕7号 |\n关于做好防汛工作的通知\n黔府办发[2024]7号\n各市（州）人民政府：\n现就有关事项通知如下。';
    expect(refs(bracketed)).toEqual([]);
  });

  it('reads a number whose brackets a PDF font turned into low and high quotes', () => {
    expect(refs('根据《国务院办公厅关于加强普通高等学校毕业生就业工作的通知》(国办发„2009‟3号)精神，结合我省实际。')[0].docNumber).toBe('国办发„2009‟3号');
  });

  it('reads a title cited without 《》 before its number', () => {
    const [r] = refs('根据云南省扶贫开发领导小组关于印发决战决胜脱贫攻坚百日总攻行动方案的通知（云开组〔2020〕4号）精神，制定本方案。');
    expect(r).toEqual({
      docNumber: '云开组〔2020〕4号',
      title: '云南省扶贫开发领导小组关于印发决战决胜脱贫攻坚百日总攻行动方案的通知',
      quote: '云南省扶贫开发领导小组关于印发决战决胜脱贫攻坚百日总攻行动方案的通知（云开组〔2020〕4号）',
    });
  });

  it('gives one record per number, with its title from any occurrence', () => {
    const text = '按照鄂政文〔2004〕15号要求，现将有关情况报告如下。\n你省《关于恳请解决地质险情有关问题的请示》（鄂政文〔2004〕15号）收悉。';
    expect(refs(text)).toEqual([{ docNumber: '鄂政文〔2004〕15号', title: '关于恳请解决地质险情有关问题的请示', quote: '《关于恳请解决地质险情有关问题的请示》（鄂政文〔2004〕15号）' }]);
  });

  it('reads policy titles in 《》 without a number', () => {
    expect(refs(STATE_COUNCIL_PDF).filter((r) => !r.docNumber)).toEqual([
      { docNumber: null, title: '中华人民共和国大气污染防治法', quote: '《中华人民共和国大气污染防治法》' },
    ]);
    expect(refs('全面落实《贵州省国民经济和社会发展第十五个五年规划纲要（草案）》。')[0].title).toBe('贵州省国民经济和社会发展第十五个五年规划纲要（草案）');
  });

  it('does not cite the document itself, its enclosed plan, a proposal or a film', () => {
    expect(refs(seed(SEED_001)).map((r) => r.title)).not.toContain('楚雄州决战决胜脱贫攻坚百日总攻行动方案');
    expect(refs(seed(SEED_004)).map((r) => r.title)).not.toContain('关于巩固扶贫成果，全力打赢脱贫攻坚战');
    expect(refs('电影《乌蒙深处》在央视播出，《人民日报》作了报道。')).toEqual([]);
  });

  it('lets researchers find the documents that cite a number', () => {
    expect(refs(PRINTED_ONLY).map((r) => r.docNumber)).toEqual(['滇农发〔2021〕3号']);
  });

  it('skips the own number of a signed header row and of a page table after the text', () => {
    expect(refs(SIGNED_ROW)).toEqual([{
      docNumber: '鲁政〔1999〕文118号',
      title: '关于撤销滨州地区设立地级滨州市的请示',
      quote: '《关于撤销滨州地区设立地级滨州市的请示》（鲁政〔1999〕文118号）',
    }]);
    expect(refs(TRAILING_TABLE).map((r) => r.docNumber)).toEqual([]);
  });
});
