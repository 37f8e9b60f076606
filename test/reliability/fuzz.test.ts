// Fuzz: arbitrary and genre-shaped strings through the normaliser, the segmenter and every
// extractor. Nothing may throw (a throw the runner caught and recorded counts as a failure),
// every span lies inside the text and every quote is the text at its span, in code points.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXTRACTORS, REFINERS } from '../../extractors/index.js';
import { ingestedFromText } from '../../src/core/testing.js';
import { runExtractors } from '../../src/extract/runner.js';
import { normalise } from '../../src/normalise/index.js';
import { buildDoc } from '../../src/segment/index.js';

const SEED = 20240611;
const RUNS = 300;

/** Pieces a government document is made of, so random strings reach deep into the extractors. */
const PIECES = [
  ...'0123456789万亿千百十零一二三四五六七八九两%％元户人年月日、，。；：（）〔〕《》“”号第条个项家所',
  '一、', '二、', '（一）', '（二）', '1.', '2.', '（1）', '第一条', '第二章',
  '牵头单位：', '责任单位：', '配合单位：', '主送：', '抄送：', '发文机关：',
  '县人民政府', '市发展改革委', '省财政厅', '南宁市', '广西壮族自治区',
  '2023年', '12月31日', '2025年底前', '截至2022年底', '“十四五”', '国办发〔2021〕3号', '桂政办发〔2022〕15号',
  '亿元', '万元', '万人', '平方公里', '公里', '吨', '个百分点', '以上', '以下', '左右', '约', '不低于', '达到', '增长',
  '比上年', '同比', '其中', '分别为', '、', '和', '及', '的',
  '关于印发', '的通知', '实施方案', '各有关单位：', '特此通知。', '（此件公开发布）',
  ' ', '  ', '\u3000', '\n', '\n\n', '\t', '\r\n', '\f', '\u200b', '\ufeff', '\u0000', '\u0007',
  '𠮷', '𪚥', '𡈽', '😀', '\ud800', '\udc00', // astral characters and lone surrogates
  '０１２', 'ＡＢ', '－ 3 －', '第3页 共9页', '# ', '**', '---',
];

const genreText = fc.array(fc.constantFrom(...PIECES), { maxLength: 300, size: 'max' }).map((p) => p.join(''));
const anyText = fc.oneof(
  { weight: 3, arbitrary: genreText },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 300, size: 'max' }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 300, size: 'max' }) },
);

const cps = (s: string) => [...s];

/** What is wrong with the pipeline's result on `raw`, or [] when all is well. */
function problems(raw: string): string[] {
  const out: string[] = [];
  const ingested = ingestedFromText(raw);
  const norm = normalise(ingested);
  if (norm.rawOffset.length !== norm.text.length + 1) out.push('rawOffset length');
  for (let i = 0; i < norm.rawOffset.length; i++) {
    const r = norm.rawOffset[i]!;
    if (r < 0 || r > raw.length) {
      out.push(`rawOffset[${i}] = ${r} outside the raw text`);
      break;
    }
  }
  const doc = buildDoc(ingested, norm);
  const text = doc.text;
  for (const s of doc.sentences) {
    if (s.start < 0 || s.end > text.length || s.start > s.end) out.push(`sentence ${s.index} span [${s.start}, ${s.end}]`);
    else if (text.slice(s.start, s.end) !== s.text) out.push(`sentence ${s.index} text differs from its span`);
  }
  for (const p of doc.paragraphs) {
    if (text.slice(p.start, p.end) !== p.text) out.push(`paragraph ${p.index} text differs from its span`);
  }
  const { facts, diagnostics } = runExtractors(doc, EXTRACTORS, REFINERS);
  for (const d of diagnostics) if (/threw/.test(d.message)) out.push(`${d.extractor}: ${d.message}`);
  const points = cps(text);
  for (const f of facts) {
    const [a, b] = f.record.span;
    if (!(a >= 0 && a < b && b <= points.length)) out.push(`${f.extractor}: span [${a}, ${b}] outside text of ${points.length}`);
    else if (points.slice(a, b).join('') !== f.record.quote) out.push(`${f.extractor}: quote ${JSON.stringify(f.record.quote)} ≠ text at [${a}, ${b}]`);
    if (text.slice(f.start, f.end) !== f.record.quote) out.push(`${f.extractor}: UTF-16 span differs from its quote`);
  }
  return out;
}

describe('fuzz: normalise → segment → extract never throws and keeps spans right', () => {
  it(`genre-shaped, binary and grapheme strings (${RUNS} runs, seed ${SEED})`, () => {
    fc.assert(
      fc.property(anyText, (raw) => {
        expect(problems(raw)).toEqual([]);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('an astral character before figures keeps code-point spans on the figures', () => {
    const raw = '𠮷𪚥县人民政府关于印发实施方案的通知\n一、目标\n到2025年，全县新增就业1.2万人，投入资金3亿元。\n';
    expect(problems(raw)).toEqual([]);
    const doc = buildDoc(ingestedFromText(raw), normalise(ingestedFromText(raw)));
    const { facts } = runExtractors(doc, EXTRACTORS, REFINERS);
    const quotes = facts.filter((f) => f.type === 'quantity').map((f) => f.record.quote);
    expect(quotes).toEqual(expect.arrayContaining(['1.2万人', '3亿元']));
    const money = facts.find((f) => f.record.quote === '3亿元')!;
    const [a, b] = money.record.span;
    expect([...doc.text].slice(a, b).join('')).toBe('3亿元');
    expect(b - a).toBe(3);
    expect(money.end - money.start).toBe(3);
    expect(money.start - a).toBe(2); // two surrogate pairs before it: two more UTF-16 units than code points
  });
});
