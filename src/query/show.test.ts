import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Store } from '../store/index.js';
import { documentView } from './document-view.js';
import { findDocument } from './documents.js';
import { renderDocument } from './render-document.js';
import { PLAN, TEST_CORPUS } from './fixtures/corpus.js';
import { writeFixtureStore } from './testing.js';

let store: Store;
let ids: Record<string, string>;
beforeAll(() => {
  const path = join(mkdtempSync(join(tmpdir(), 'gongwen-show-')), 'store.db');
  ids = writeFixtureStore(path, TEST_CORPUS);
  store = Store.openReadOnly(path);
});
afterAll(() => store.close());

const SHOWN = ['quantity', 'date', 'assignment', 'reference'];

describe('findDocument', () => {
  it('by id, id prefix or part of the path', () => {
    expect(findDocument(store.db, ids[PLAN]).source).toBe(PLAN);
    expect(findDocument(store.db, ids[PLAN].slice(0, 5)).source).toBe(PLAN);
    expect(findDocument(store.db, 'chuxiong').source).toBe(PLAN);
  });

  it('none or several: an error naming the candidates', () => {
    expect(() => findDocument(store.db, 'nowhere')).toThrow("no document matches 'nowhere'");
    expect(() => findDocument(store.db, 'corpus/')).toThrow(/^'corpus\/' matches 3 documents: \w{16} corpus\/chuxiong-plan\.txt; \w{16} corpus\/dali-brief\.txt; /);
  });
});

describe('documentView', () => {
  it('each sentence with the facts in it, positions in code points of the sentence', () => {
    const view = documentView(store.db, 'chuxiong', SHOWN);
    const s = view.sentences.find((x) => x.text.startsWith('确保'))!;
    expect(s.facts.map((f) => [f.record.quote, f.start, f.end, f.starts])).toEqual([
      ['6月底前', 2, 6, true], ['2903户', 9, 14, true], ['8331人', 14, 19, true],
    ]);
    expect(view.counts).toEqual({ date: 2, quantity: 4, reference: 1, assignment: 1 });
    expect(view.sentences.find((x) => x.text === '一、目标任务')!.headings.map((h) => h.path)).toEqual(['一']);
  });
});

describe('renderDocument', () => {
  it('in a pipe: facts between ⟦ ⟧, then one line per fact with what was read', () => {
    const out = renderDocument(documentView(store.db, 'chuxiong', SHOWN), { color: false });
    expect(out).toContain(
      [
        '§ 一',
        '一、目标任务',
        '',
        '确保⟦6月底前⟧剩余的⟦2903户⟧⟦8331人⟧贫困人口全部达到脱贫退出标准。',
        '    6月底前 → date 2020-06-30 · deadline',
        '    2903户 → 2903 户 · 剩余贫困人口 · 楚雄彝族自治州 · 2020-06-30 (deadline) · target',
        '    8331人 → 8331 人 · 剩余贫困人口 · 楚雄彝族自治州 · 2020-06-30 (deadline) · target',
        '',
        '武定县贫困发生率降至⟦3%以下⟧，⟦上半年⟧完成易地扶贫搬迁安置。',
        '    3%以下 → ≤3 % · 贫困发生率 · 武定县 · target',
        '    上半年 → date 2020-01-01…2020-06-30 · deadline',
      ].join('\n'),
    );
    // an assignment running over three sentences is marked in each and listed once
    expect(out).toContain(
      '⟦（牵头单位：州扶贫办；⟧\n    （牵头单位：州扶贫办；责任单… → assignment 做好扶贫工作 · 牵头单位 州扶贫办 · 责任单位 武定县政府 · 完成时限 2020-06-30\n⟦责任单位：武定县政府；⟧\n⟦完成时限：2020年6月30日）⟧',
    );
    expect(out).not.toContain('⟦武定县⟧');
  });

  it('nested facts nest their marks; region mentions are marked when asked for', () => {
    const out = renderDocument(documentView(store.db, 'chuxiong'), { color: false });
    expect(out).toContain('⟦（牵头单位：州扶贫办；⟧\n');
    expect(out).toContain('⟦责任单位：⟦武定县⟧政府；⟧');
    expect(out).toContain('⟦武定县⟧贫困发生率降至⟦3%以下⟧');
  });

  it('on a terminal: colour instead of marks, no ⟦', () => {
    const out = renderDocument(documentView(store.db, 'chuxiong', SHOWN), { color: true });
    expect(out).toContain('确保\x1b[0m\x1b[36m6月底前\x1b[0m剩余的\x1b[0m\x1b[1;33m2903户\x1b[0m\x1b[1;33m8331人\x1b[0m贫困人口');
    expect(out).not.toContain('⟦');
  });

  it('facts only: the sentences holding facts, under their headings', () => {
    const out = renderDocument(documentView(store.db, 'chuxiong', SHOWN), { color: false, factsOnly: true });
    expect(out.split('\n').filter((l) => l && !l.startsWith('    ')).slice(3)).toEqual([
      '§ 一', '一、目标任务', '确保⟦6月底前⟧剩余的⟦2903户⟧⟦8331人⟧贫困人口全部达到脱贫退出标准。', '武定县贫困发生率降至⟦3%以下⟧，⟦上半年⟧完成易地扶贫搬迁安置。',
      '高桥镇搬迁安置⟦120户⟧。', '§ 二', '二、保障措施',
      '根据⟦《云南省决战决胜脱贫攻坚百日总攻行动方案的通知》（云开组〔2020〕4号）⟧精神，做好扶贫工作。',
      '⟦（牵头单位：州扶贫办；⟧', '⟦责任单位：武定县政府；⟧', '⟦完成时限：2020年6月30日）⟧',
    ]);
  });
});
