// OCR text as tesseract's chi_sim model gives it for printed notices (misreadings seen on
// rendered and scanned A4 pages), and what the cleaner makes of it.
import { describe, expect, it } from 'vitest';
import { processDocument } from '../pipeline/process.js';
import { cleanOcrPage, dropFolio, folioLine, repairOcrText } from './ocr-text.js';

describe('repairOcrText', () => {
  it('restores a level-two heading whose opening bracket was misread or lost', () => {
    const page = '\\一) 户户达标、人人过关。围绕目标\n〈二) 村村清、村村实。确保\n三) 稳定脱贫。\n(四) 防止返贫。';
    expect(repairOcrText(page)).toBe('（一）户户达标、人人过关。围绕目标\n（二）村村清、村村实。确保\n（三）稳定脱贫。\n（四）防止返贫。');
  });

  it('leaves a bracketed numeral inside a sentence alone', () => {
    expect(repairOcrText('按照第(二)项规定执行。')).toBe('按照第(二)项规定执行。');
  });

  it('puts a document number year back in six-cornered brackets', () => {
    expect(repairOcrText('楚贫组发 【2020] 8号')).toBe('楚贫组发 〔2020〕8号');
    expect(repairOcrText('湖卫健发[2023] 1号')).toBe('湖卫健发〔2023〕1号');
    expect(repairOcrText('县政办发〔2019]12号')).toBe('县政办发〔2019〕12号');
  });

  it('does not touch a bracketed year that is no document number', () => {
    expect(repairOcrText('全省生产总值(2020)增长5%')).toBe('全省生产总值(2020)增长5%');
  });

  it('reads 一 between a date or amount and a digit as the dash of a range', () => {
    expect(repairOcrText('2020年3月30日一6月30日。')).toBe('2020年3月30日—6月30日。');
    expect(repairOcrText('每人每月补助450元一500元')).toBe('每人每月补助450元—500元');
  });

  it('keeps the numeral 一 where it is a word', () => {
    expect(repairOcrText('一户一户分析，2020年一季度')).toBe('一户一户分析，2020年一季度');
  });

  it('gives a page number read with 一 for its dashes its dashes back', () => {
    expect(repairOcrText('贫困家庭义务教育阶段适龄\n\n一4一\n')).toBe('贫困家庭义务教育阶段适龄\n\n— 4 —\n');
  });

  it('reads an angle bracket closed by a parenthesis as a parenthesis', () => {
    expect(repairOcrText('坚决攻克深度贫困堡垒。〈牵头单位: 州扶贫办;\n责任单位: 各县市政府)')).toBe(
      '坚决攻克深度贫困堡垒。（牵头单位: 州扶贫办;\n责任单位: 各县市政府）',
    );
  });
});

/** A TSV of tesseract (page 2480×3508 px at 300 dpi) with one row per line and its words. */
function tsv(lines: [top: number, height: number, text: string][]): string {
  const rows = ['level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext', '1\t1\t0\t0\t0\t0\t0\t0\t2480\t3508\t-1\t'];
  lines.forEach(([top, height, text], i) => {
    rows.push(`4\t1\t1\t1\t${i + 1}\t0\t320\t${top}\t1800\t${height}\t-1\t`);
    [...text].forEach((ch, k) => rows.push(`5\t1\t1\t1\t${i + 1}\t${k + 1}\t${320 + k * 60}\t${top}\t50\t${height}\t90\t${ch}`));
  });
  return rows.join('\n');
}

describe('the page number in the bottom margin', () => {
  const body: [number, number, string][] = [[2700, 83, '就业为主贫困家庭劳动力有稳定就业岗位'], [2823, 81, '以种养业或其他经营性项目为主的贫困'], [2941, 83, '家庭生产经营良好']];

  it('is found however it was misread', () => {
    expect(folioLine(tsv([...body, [3182, 44, '上汪己']]))).toBe('上汪己');
  });

  it('is not the last line of the text block, short as it may be', () => {
    expect(folioLine(tsv([...body, [3060, 83, '位。']]))).toBeNull();
  });

  it('is not a short line high on the page', () => {
    expect(folioLine(tsv([[800, 83, '各县市扶贫开发领导小组：'], [1100, 83, '县水务局']]))).toBeNull();
  });

  it('is dropped from the page text, and nothing else is', () => {
    const text = '以种养业或其他经营性项目为主的贫困\n家庭生产经营良好\n\n上 汪 己\n';
    expect(dropFolio(text, '上汪己')).toBe('以种养业或其他经营性项目为主的贫困\n家庭生产经营良好');
    expect(dropFolio(text, '二')).toBe(text);
  });
});

describe('an OCR page through the pipeline', () => {
  it('keeps its outline, document number and range once repaired', () => {
    const raw = cleanOcrPage(
      '县政办发 【2021] 6号\n\n关于做好春耕生产工作的通知\n\n各乡镇人民政府:\n\n一、工作目标\n\n\\一) 稳定粮食面积。全县粮食播种面积稳定在12万亩以上。\n\n二) 抓好农资供应。3月1日一4月30日开展农资打假专项行动。\n\n县人民政府\n2021年2月26日',
      tsv([[2700, 83, '县人民政府'], [2823, 81, '2021年2月26日'], [3182, 44, '上汪己']]),
    );
    const result = processDocument({ id: '0123456789abcdef', source: 'scan.pdf', format: 'pdf', encoding: 'ocr', raw, tables: [], byteLength: raw.length, pageStarts: [0] });
    expect(result.document.docNumber).toBe('县政办发〔2021〕6号');
    expect(result.sections.map((s) => [s.path, s.heading])).toEqual([['一', '工作目标'], ['一/（一）', '稳定粮食面积'], ['一/（二）', '抓好农资供应']]);
    const period = result.facts.find((f) => f.record.type === 'date' && f.record.role === 'period');
    expect(period?.record).toMatchObject({ quote: '3月1日—4月30日', start: '2021-03-01', end: '2021-04-30' });
  });
});
