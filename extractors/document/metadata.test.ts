import { describe, expect, it } from 'vitest';
import { docFromText } from '../../src/core/testing.js';
import { sourceLines } from './lines.js';
import { isMetadataLine, readMetadata } from './metadata.js';

const values = (text: string) => {
  const doc = docFromText(text);
  const lines = sourceLines(doc);
  const meta = readMetadata(lines, lines.length);
  // every span is the value's place in the text
  for (const v of Object.values(meta).flat()) expect(doc.text.slice(v.start, v.end)).toBe(v.text);
  return Object.fromEntries(Object.entries(meta).map(([k, vs]) => [k, vs.map((v) => v.text)]));
};

describe('isMetadataLine', () => {
  it('knows the lines of a site table by their first label', () => {
    expect(isMetadataLine('索引号| 11370828MB0000000A/2025-00012 |公开方式|主动公开|')).toBe(true);
    expect(isMetadataLine('名称:某市人民政府办公室关于做好防汛工作的通知文号:')).toBe(true);
    expect(isMetadataLine('| 发布机构 | 某县人民政府办公室 |')).toBe(true);
    expect(isMetadataLine('有效性|有效|')).toBe(true);
  });

  it('knows rows copied as a bulleted list, the value run on to the label', () => {
    expect(isMetadataLine('-索引号11532504/2023-00117')).toBe(true);
    expect(isMetadataLine('·发布机构')).toBe(true);
    expect(isMetadataLine('• 有效性有效')).toBe(true);
    expect(isMetadataLine('-关于做好防汛工作的通知')).toBe(false);
  });

  it('does not take a title, an addressee line or a sentence for one', () => {
    expect(isMetadataLine('关于印发索引号编制规则的通知')).toBe(false);
    expect(isMetadataLine('各县（市、区）人民政府：')).toBe(false);
    expect(isMetadataLine('名称变更后，原证照继续有效。')).toBe(false);
  });
});

describe('readMetadata', () => {
  it('reads labelled cells, with or without colons, by field', () => {
    const text = '索 引 号 | 1152/2024-00315 | 主题分类 | 综合政务 |\n发文机关 | 某县人民政府办公室 | 组配分类 | 县政府办文件 |\n名 称: | 某县人民政府办公室关于做好防汛工作的通知 | |\n文 号: | 某府办发〔2024〕15号 | 公开方式 | 主动公开 |\n成文日期 | 2024-06-12 | 发布日期 | 2024-06-18 |';
    expect(values(text)).toEqual({
      title: ['某县人民政府办公室关于做好防汛工作的通知'],
      docNumber: ['某府办发〔2024〕15号'],
      issuer: ['某县人民政府办公室'],
      issuedOn: ['2024-06-12'],
    });
  });

  it('reads pairs run together on a line, an empty value giving nothing', () => {
    const text = '名称: 亳州市人民政府办公室关于做好防汛工作的通知 文号: 亳政办〔2025〕3号\n发文日期: 2025-01-14 发布日期: 2025-01-21\n文号: 公开日期: 2023-07-28';
    expect(values(text)).toEqual({
      title: ['亳州市人民政府办公室关于做好防汛工作的通知'],
      docNumber: ['亳政办〔2025〕3号'],
      issuer: [],
      issuedOn: ['2025-01-14'],
    });
  });

  it('reads the tab-separated rows of an HTML table', () => {
    expect(values('发布机构\t某市民政局\t成文日期\t2025-05-30\n标题\t某市民政局关于调整低保标准的通知').issuer).toEqual(['某市民政局']);
  });

  it('reads the value right after the label of a bulleted row', () => {
    expect(values('-索引号11532504/2023-00117\n-文号\n-发文日期2023-03-02\n-文号某市安委办〔2023〕4号')).toEqual({
      title: [], docNumber: ['某市安委办〔2023〕4号'], issuer: [], issuedOn: ['2023-03-02'],
    });
  });

  it('reads nothing from lines that are not the table', () => {
    expect(values('关于做好防汛工作的通知\n各县人民政府：\n发文日期为准。')).toEqual({ title: [], docNumber: [], issuer: [], issuedOn: [] });
  });
});
