// Web and PDF copies write ASCII `(`, `,`, `;`, `:` for `（`, `，`, `；`, `：`: every relation the
// full-width passage states must be found the same in its ASCII copy, consistent as written and
// inconsistent with one figure changed.
import { describe, expect, it } from 'vitest';
import { findingsOf, inconsistent, valuesOf } from './testing.js';

const ASCII: Record<string, string> = { '（': '(', '）': ')', '，': ',', '；': ';', '：': ':' };
const ascii = (text: string) => text.replace(/[（），；：]/g, (c) => ASCII[c]);
const summary = (text: string) => findingsOf(text).map((f) => [f.status, f.rule, ...valuesOf(f)]);

const MONITORED =
  '2021年末，全县监测对象共1369户4851人（脱贫不稳定户518户1884人、边缘易致贫户376户1451人、突发严重困难户475户1516人），占脱贫人口总数的11.2%。';

/** A passage per detector, each with a figure to change that breaks a relation. */
const PASSAGES: [string, string, string, string][] = [
  ['a breakdown in brackets', MONITORED, '376户1451人', '376户1351人'],
  ['a rate beside its part and whole', '2023年，全市计划新开工改造老旧小区530个。1-6月，全市已开工426个，开工率80.4%。', '426个', '462个'],
  ['a share of a stated target', '截至6月末，全州新开工改造农村危房1.59万户，占年度目标任务（3.9万户）的40.4%。', '40.4%', '45.4%'],
  ['a bare share of a whole named earlier', '全州共有贫困村644个，已出列456个，占70.8%。', '70.8%', '60.8%'],
  ['其中 opened by a colon', '年末全镇户籍人口13951人，其中：城镇人口2240人；农村人口11711人。', '11711人', '11611人'],
  ['a change from A to B', '贫困村从644个减少到188个，减少456个。', '456个', '465个'],
  ['a change stated as an amount and a percentage', '全市重点项目1-3月累计完成投资313.64亿元，较去年同期增长153.34亿元，同比增长95.66%。', '95.66%', '59.66%'],
  ['a total after its parts', '甲县下达资金1200万元，乙县下达资金800万元，合计2000万元。', '合计2000万元', '合计2100万元'],
  ['a multiple of a standard', '全市城乡低保标准为每人每月1309元。边缘家庭认定标准按低保标准的1.5倍确定，为每人每月1963.5元。', '1963.5元', '1936.5元'],
];

describe('ASCII punctuation reads as full-width', () => {
  it.each(PASSAGES)('%s: the same relations, consistent', (_, text) => {
    const full = summary(text);
    expect(full.length).toBeGreaterThan(0);
    expect(full.every((f) => f[0] === 'consistent')).toBe(true);
    expect(summary(ascii(text))).toEqual(full);
  });

  it.each(PASSAGES)('%s: a changed figure is flagged in both', (_, text, from, to) => {
    expect(text).toContain(from);
    const bad = text.replace(from, to);
    const full = inconsistent(findingsOf(bad)).map(valuesOf);
    expect(full.length).toBeGreaterThan(0);
    expect(inconsistent(findingsOf(ascii(bad))).map(valuesOf)).toEqual(full);
  });

  it('the bracketed breakdown adds up in both units', () => {
    expect(summary(ascii(MONITORED))).toEqual([
      ['consistent', 'sum', 1369, 518, 376, 475],
      ['consistent', 'sum', 4851, 1884, 1451, 1516],
    ]);
  });
});

describe('ASCII punctuation ends a clause as full-width does', () => {
  it.each([
    ['the part is the figure right before the verb', '全州贫困人口1.2万人，脱贫人口完成年度目标5000人的80%。'],
    ['a count after 共 that adds nothing before it', '全州有贫困村644个，2019年出列200个，共出列450个。'],
    ['a rate stated as a goal', '全州安排扶贫项目1701个，目前已开工1650个，确保6月底前开工率达到100%。'],
  ])('%s: no relation', (_, text) => {
    expect(findingsOf(text)).toEqual([]);
    expect(findingsOf(ascii(text))).toEqual([]);
  });
});
