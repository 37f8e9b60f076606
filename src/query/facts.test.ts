import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Store } from '../store/index.js';
import { queryFacts, type FactFilters, type FactRow } from './facts.js';
import { dateBound } from './filters.js';
import { searchSentences } from './sentences.js';
import { BULLETIN, KUNMING, PLAN, TEST_CORPUS } from './fixtures/corpus.js';
import { writeFixtureStore } from './testing.js';

let store: Store;
let ids: Record<string, string>;
beforeAll(() => {
  const path = join(mkdtempSync(join(tmpdir(), 'gongwen-query-')), 'store.db');
  ids = writeFixtureStore(path, TEST_CORPUS);
  store = Store.openReadOnly(path);
});
afterAll(() => store.close());

const short = (source: string) => ({ [PLAN]: 'plan', [KUNMING]: 'kunming', [BULLETIN]: 'bulletin' })[source] ?? source;
/** `plan:2903户` for each row, in the order returned. */
const q = (f: FactFilters) => queryFacts(store.db, f).map((r: FactRow) => `${short(r.source)}:${r.record.quote}`);
const PLAN_ASSIGNMENT = 'plan:（牵头单位：州扶贫办；责任单位：武定县政府；完成时限：2020年6月30日）';
const KUNMING_ASSIGNMENT = 'kunming:（责任单位：东川区政府；完成时限：2018年12月）';

describe('queryFacts: regions', () => {
  it('a prefecture takes its own figures and those of its counties and townships', () => {
    expect(q({ type: ['quantity'], regionCodes: ['532300'] })).toEqual(['plan:2903户', 'plan:8331人', 'plan:3%以下', 'plan:120户']);
  });

  it('a county takes its own and its townships, not its prefecture; a township only its own', () => {
    expect(q({ type: ['quantity'], regionCodes: ['532329'] })).toEqual(['plan:3%以下', 'plan:120户']);
    expect(q({ type: ['quantity'], regionCodes: ['532329101'] })).toEqual(['plan:120户']);
  });

  it('a province takes every figure in it, in document order', () => {
    expect(q({ type: ['quantity'], regionCodes: ['530000'] })).toEqual([
      'plan:2903户', 'plan:8331人', 'plan:3%以下', 'plan:120户', 'bulletin:1.2万人', 'kunming:25.5%', 'kunming:13.92%',
    ]);
  });

  it('several regions: any of them', () => {
    expect(q({ type: ['quantity'], regionCodes: ['532329101', '530128'] })).toEqual(['plan:120户', 'kunming:13.92%']);
  });

  it('dates and assignments match by a place named in their sentence or quote, or by the document region', () => {
    // 上半年 is in the sentence that names 武定县; the assignment names 武定县政府; 6月底前 names no place in 武定县
    expect(q({ type: ['date', 'assignment'], regionCodes: ['532329'] })).toEqual(['plan:上半年', PLAN_ASSIGNMENT]);
    expect(q({ type: ['date', 'assignment'], regionCodes: ['530113'] })).toEqual([KUNMING_ASSIGNMENT]);
    expect(q({ type: ['date'], regionCodes: ['532300'] })).toEqual(['plan:6月底前', 'plan:上半年']);
  });
});

describe('queryFacts: dates', () => {
  it('every deadline in June 2020: dates whose last day is in June (上半年 as a deadline) and assignments due then', () => {
    expect(q({ role: 'deadline', from: '2020-06-01', to: '2020-06-30' })).toEqual(['plan:6月底前', 'plan:上半年', PLAN_ASSIGNMENT]);
  });

  it('a period counts whole: the first half of 2020 is inside January–June, not inside June', () => {
    expect(q({ type: ['date'], from: '2020-01-01', to: '2020-06-30' })).toEqual(['plan:6月底前', 'plan:上半年', 'bulletin:2020年上半年']);
    expect(q({ type: ['date'], from: '2020-06-01', to: '2020-06-30' })).toEqual(['plan:6月底前', 'plan:上半年']);
  });

  it('a month given as bounds is the whole month; one bound alone is open', () => {
    expect(q({ from: dateBound('2018-12', 'from'), to: dateBound('2018-12', 'to') })).toEqual(['kunming:2018年12月底前', KUNMING_ASSIGNMENT]);
    expect(q({ to: '2019-01-01' })).toEqual(['kunming:2018年12月底前', KUNMING_ASSIGNMENT]);
  });

  it("a quantity's asOf is its date", () => {
    expect(q({ type: ['quantity'], from: '2020-01-01' })).toEqual(['plan:2903户', 'plan:8331人', 'bulletin:1.2万人']);
  });

  it('sort by date: deadlines by their last day, then by position', () => {
    expect(q({ type: ['date'], sort: 'date' })).toEqual(['kunming:2018年12月底前', 'bulletin:2020年上半年', 'plan:6月底前', 'plan:上半年']);
  });
});

describe('queryFacts: metric, unit, role, references, documents', () => {
  it('metric: a part of the metric as written, or of its canonical key', () => {
    expect(q({ metric: '贫困发生率' })).toEqual(['plan:3%以下', 'kunming:25.5%', 'kunming:13.92%']);
    expect(q({ metric: '贫困人口' })).toEqual(['plan:2903户', 'plan:8331人', 'bulletin:1.2万人']);
  });

  it('unit, sorted by value, largest first, and limited', () => {
    expect(q({ unit: '%', sort: 'value' })).toEqual(['kunming:25.5%', 'kunming:13.92%', 'plan:3%以下']);
    expect(q({ type: ['quantity'], sort: 'value', limit: 2 })).toEqual(['bulletin:1.2万人', 'plan:8331人']);
  });

  it('filters compose', () => {
    expect(q({ regionCodes: ['532300'], role: 'target', unit: '户' })).toEqual(['plan:2903户']);
    expect(q({ role: ['target', 'actual'], type: ['quantity'], regionCodes: ['532329'] })).toEqual(['plan:3%以下', 'plan:120户']);
  });

  it('cites: a document number in any bracket form, or a title', () => {
    const both = ['plan:《云南省决战决胜脱贫攻坚百日总攻行动方案的通知》（云开组〔2020〕4号）', 'kunming:云开组[2020]4号'];
    expect(q({ cites: '云开组〔2020〕4号' })).toEqual(both);
    expect(q({ cites: '云开组[2020]4号' })).toEqual(both);
    expect(q({ cites: '《云南省决战决胜脱贫攻坚百日总攻行动方案的通知》' })).toEqual([both[0]]);
    expect(q({ cites: '云开组〔2020〕5号' })).toEqual([]);
  });

  it('doc: part of the path, or the first digits of the id', () => {
    expect(q({ doc: 'kunming', type: ['date'] })).toEqual(['kunming:2018年12月底前']);
    expect(q({ doc: ids[KUNMING].slice(0, 6), type: ['date'] })).toEqual(['kunming:2018年12月底前']);
  });

  it('each row carries its sentence and document', () => {
    const [row] = queryFacts(store.db, { type: ['quantity'], regionCodes: ['532329101'] });
    expect(row).toMatchObject({ source: PLAN, title: '楚雄州脱贫攻坚行动方案', sentence: '高桥镇搬迁安置120户。', rank: null, matches: [] });
    expect(row.record).toMatchObject({ type: 'quantity', value: 120, unit: '户', section: '一' });
  });
});

describe('full-text search', () => {
  it('ranks sentences holding the word, best first, and marks it', () => {
    const hits = searchSentences(store.db, '易地扶贫搬迁');
    expect(hits.map((h) => h.highlighted)).toEqual([
      '【易地扶贫搬迁】后续扶持有力。',
      '2018年12月底前完成【易地扶贫搬迁】任务。',
      '武定县贫困发生率降至3%以下，上半年完成【易地扶贫搬迁】安置。',
    ]);
    expect(hits[2].matches).toEqual([[20, 26]]);
    expect(hits[0].score).toBeLessThan(hits[1].score);
  });

  it('facts inside matching sentences, ranked by their sentence', () => {
    const rows = queryFacts(store.db, { text: '易地扶贫搬迁', type: ['date'] });
    expect(rows.map((r) => `${short(r.source)}:${r.record.quote}`)).toEqual(['kunming:2018年12月底前', 'plan:上半年']);
    expect(rows[1].matches).toEqual([[20, 26]]);
  });

  it('fact filters narrow sentences to those holding a matching fact', () => {
    const hits = searchSentences(store.db, '易地扶贫搬迁', { filters: { regionCodes: ['532329'] } });
    expect(hits.map((h) => h.text)).toEqual(['武定县贫困发生率降至3%以下，上半年完成易地扶贫搬迁安置。']);
  });

  it('when no sentence has every word, any word will do', () => {
    expect(searchSentences(store.db, '武定县 昆明').map((h) => h.highlighted)).toEqual([
      '【昆明】市脱贫攻坚工作方案',
      '责任单位：【武定县】政府；',
      '【武定县】贫困发生率降至3%以下，上半年完成易地扶贫搬迁安置。',
    ]);
  });

  it('a run of characters is found exactly where a sentence holds it, whatever words it cuts across', () => {
    const texts = (query: string) => searchSentences(store.db, query, { sort: 'doc' }).map((h) => h.text);
    // 发生率 alone, and 困发 (the end of one word and the start of the next)
    expect(texts('发生率')).toEqual(['武定县贫困发生率降至3%以下，上半年完成易地扶贫搬迁安置。', '东川区贫困发生率25.5%，禄劝县发生率13.92%。']);
    expect(texts('困发')).toEqual(['武定县贫困发生率降至3%以下，上半年完成易地扶贫搬迁安置。', '东川区贫困发生率25.5%，禄劝县发生率13.92%。']);
    // the pairs of 搬迁任务 are not all in a sentence holding 搬迁 and 任务 apart
    expect(texts('扶贫搬迁任务')).toEqual(['2018年12月底前完成易地扶贫搬迁任务。']);
    // punctuation ends a run: 以下，上半年 does not hold 以下上半年
    expect(searchSentences(store.db, '以下上半年')).toEqual([]);
  });

  it('one character finds it anywhere in a run, at its end too; digits and a character find both', () => {
    const texts = (query: string) => searchSentences(store.db, query, { sort: 'doc' }).map((h) => h.highlighted);
    expect(texts('镇')).toEqual(['高桥【镇】搬迁安置120户。']);
    // 全州 ends its run (2020 follows): the lone 州 indexed after the pairs finds it
    expect(texts('州')).toEqual([
      '楚雄【州】脱贫攻坚行动方案',
      '（牵头单位：【州】扶贫办；',
      '大理【州】扶贫简报',
      '全【州】2020年上半年贫困人口减少1.2万人。',
    ]);
    expect(texts('2018年')).toEqual(['【2018年】12月底前完成易地扶贫搬迁任务。', '完成时限：【2018年】12月）依据云开组[2020]4号文件执行。']);
    expect(texts('25.5%')).toEqual(['东川区贫困发生率【25.5】%，禄劝县发生率13.92%。']);
  });

  it('a word found nowhere finds nothing', () => {
    expect(searchSentences(store.db, '乡村振兴')).toEqual([]);
    expect(queryFacts(store.db, { text: '乡村振兴', type: ['date'] })).toEqual([]);
  });
});
