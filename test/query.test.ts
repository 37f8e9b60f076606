// The researchers' command line on the five seeds: exact rows for each filter, the region
// hierarchy, full-text ranking, read-only SQL, show, series, csv and xlsx.
import { basename, join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExportRecord } from '../schemas/index.js';
import { Store } from '../src/store/index.js';
import { queryFacts, type FactFilters } from '../src/query/facts.js';
import { searchSentences } from '../src/query/sentences.js';
import { metricSeries } from '../src/query/series.js';
import { gongwen, jsonl, SEEDS, tempDir } from './helpers/cli.js';

const dir = tempDir('gongwen-query-');
const db = join(dir, 'seeds.db');
let store: Store;

beforeAll(() => {
  const r = gongwen(['extract', SEEDS, '--db', db, '--quiet']);
  expect(r.status, r.stderr).toBe(0);
  store = Store.openReadOnly(db);
});
afterAll(() => store?.close());

const count = (table: string, type?: string) =>
  (store.db.prepare(`SELECT count(*) AS n FROM ${table}${type ? ' WHERE type = ?' : ''}`).get(...(type ? [type] : [])) as { n: number }).n;

/** `001:2903户` — the seed's number and the quote — for each row, in order. */
const rows = (f: FactFilters) => queryFacts(store.db, f).map((r) => `${basename(r.source).slice(0, 3)}:${r.record.quote}`);

describe('gongwen query on the seeds (library)', () => {
  it('every figure about 武定县, with its sentence', () => {
    const found = queryFacts(store.db, { type: ['quantity'], regionCodes: ['532329'] });
    expect(found.map((r) => `${basename(r.source).slice(0, 3)}:${r.record.quote}`)).toEqual([
      '001:7条', '001:千人以上', '001:千人以上', '001:300人以上', '001:3个', '001:超过3%', '001:50人及以上', '001:10个',
      '001:100户以上', '001:10个', '001:二十七条', '001:十六条',
    ]);
    expect(found[0].sentence).toBe('确保6月底前武定县高桥镇小河村委会达到出列7条标准且基础设施、公共服务、集体经济全部达标。');
  });

  it('楚雄州 takes its own figures and those of its counties (楚雄市, 武定县)', () => {
    const all = queryFacts(store.db, { type: ['quantity'], regionCodes: ['532300'] });
    const byCode = (code: string) => all.filter((r) => r.record.type === 'quantity' && r.record.region?.code === code).map((r) => r.record.quote);
    const own = (store.db.prepare("SELECT count(*) AS n FROM facts WHERE type = 'quantity' AND region_code = '532300'").get() as { n: number }).n;
    // `楚雄市大过口乡等13个乡镇`: the count of a list is the prefecture's, its first member only an example
    expect(byCode('532301')).toEqual(['100万元', '165个', '10万元', '2950万元']);
    expect(byCode('532329')).toHaveLength(12);
    expect(all).toHaveLength(own + 4 + 12);
    expect(all.some((r) => r.record.quote === '2903户')).toBe(true);
  });

  it('every deadline in June 2020 across the corpus', () => {
    expect(rows({ role: 'deadline', from: '2020-06-01', to: '2020-06-30' })).toEqual([
      '000:上半年', '001:到2020年6月底前', '001:6月底前', '001:6月底前', '001:上半年', '001:上半年', '001:6月20日前', '002:6月30日前',
    ]);
  });

  it('a metric by part of its name', () => {
    expect(rows({ metric: '贫困发生率' })).toEqual(['001:超过10%', '001:超过3%', '003:25.5%', '003:13.92%', '004:12.25%', '004:2.5%']);
  });

  it('which documents cite 云开组〔2020〕4号 (any brackets)', () => {
    expect(rows({ cites: '云开组[2020]4号' })).toEqual(['001:《云南省决战决胜脱贫攻坚百日总攻行动方案的通知》（云开组〔2020〕4号）']);
  });

  it('full-text search ranks a sentence holding 易地扶贫搬迁 first, marked, and finds every one that holds it', () => {
    const hits = searchSentences(store.db, '易地扶贫搬迁');
    expect(hits[0].highlighted).toBe('实现【易地扶贫搬迁】脱贫一批的目标。');
    expect(basename(hits[0].source)).toBe('004_dc595c5d65ef9aab.txt');
    const holding = (store.db.prepare("SELECT count(*) AS n FROM sentences WHERE instr(text, '易地扶贫搬迁') > 0").get() as { n: number }).n;
    expect(hits).toHaveLength(holding);
    for (const h of hits) expect(h.highlighted).toContain('【易地扶贫搬迁】');
  });

  it('series: 贫困人口 in 楚雄州, 2014 → 2018 → 2020, per unit', () => {
    const series = metricSeries(store.db, { metric: '贫困人口', regionCodes: ['532300'] });
    const points = (unit: string) => series.find((s) => s.unit === unit)!.points.map((p) => [p.date, p.value, basename(p.source).slice(0, 3)]);
    expect(points('户')).toEqual([['2014-12-31', 92504, '004'], ['2018-12-31', 13675, '004'], ['2020-06-30', 2903, '001']]);
    expect(points('人')).toEqual([['2014-12-31', 343609, '004'], ['2018-12-31', 45165, '004'], ['2020-04-17', 8331, '001'], ['2020-06-30', 8331, '001']]);
  });
});

describe('gongwen query, sql, show, series, export (command line)', () => {
  it('query --format csv: a UTF-8 BOM, a header, one line per figure', () => {
    const r = gongwen(['query', '--db', db, '--type', 'quantity', '--region', '武定县', '--format', 'csv']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.startsWith('\uFEFFsource,doc,section,quote,value,')).toBe(true);
    const lines = r.stdout.trimEnd().split('\r\n');
    expect(lines).toHaveLength(13);
    expect(lines[1]).toMatch(/001_1d944455b0e5cc05\.txt,ee2615b3dd40ab90,二\/（二）,7条,7,,条,/);
  });

  it('query --format jsonl: export-v1 records, the June 2020 deadlines', () => {
    const r = gongwen(['query', '--db', db, '--role', 'deadline', '--from', '2020-06', '--to', '2020-06', '--format', 'jsonl']);
    const records = jsonl(r.stdout);
    expect(records.map((x) => x.quote)).toEqual(['上半年', '到2020年6月底前', '6月底前', '6月底前', '上半年', '上半年', '6月20日前', '6月30日前']);
    for (const x of records) expect(ExportRecord.safeParse(x).success).toBe(true);
  });

  it('query --text: sentences, best first, the words marked in a pipe', () => {
    const r = gongwen(['query', '--db', db, '--text', '易地扶贫搬迁', '--limit', '1']);
    expect(r.stdout.split('\n')[2]).toMatch(/^\S*004_dc595c5d65ef9aab\.txt\s+\S+\s+实现【易地扶贫搬迁】脱贫一批的目标。$/);
    expect(r.stdout).toContain('(1 sentence)');
  });

  it('a region name that is not one place is one line and exit status 2', () => {
    const r = gongwen(['query', '--db', db, '--region', '朝阳区']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("error: ambiguous region '朝阳区': 北京市朝阳区 110105, 吉林省长春市朝阳区 220104; give the code or a longer name\n");
  });

  it('sql: read-only; a write is refused in one line with exit status 2 and changes nothing', () => {
    const before = count('facts');
    const r = gongwen(['sql', '--db', db, 'DELETE FROM facts']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('error: the store is read-only in gongwen sql\n');
    expect(count('facts')).toBe(before);
    expect(before).toBeGreaterThan(500);
  });

  it('show: the sentence with its figures marked, then what was read from each', () => {
    const r = gongwen(['show', '--db', db, '001_1d94', '--facts-only']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain(
      [
        '§ 二/（一）',
        '（一）户户达标、人人过关。',
        '围绕“两不愁三保障”，严把脱贫质量，加大投入和帮扶力度，确保⟦6月底前⟧剩余的⟦2903户⟧⟦8331人⟧贫困人口全部达到脱贫退出标准。',
        '    6月底前 → date 2020-06-30 · deadline · year inferred',
        '    2903户 → 2903 户 · 剩余贫困人口 · 楚雄彝族自治州 · 2020-06-30 (deadline) · target',
        '    8331人 → 8331 人 · 剩余贫困人口 · 楚雄彝族自治州 · 2020-06-30 (deadline) · target',
      ].join('\n'),
    );
  });

  it('series: one table per unit, dated points with their sources', () => {
    const r = gongwen(['series', '--db', db, '--metric', '贫困人口', '--region', '楚雄州']);
    expect(r.stdout).toContain('楚雄彝族自治州 532300 · 户 · ');
    expect(r.stdout).toMatch(/\n2014-12-31 +92504 户 +建档立卡贫困人口 +target +92504户 +\S*004_dc595c5d65ef9aab\.txt/);
  });

  it('export --format xlsx: one sheet per record type, header frozen, as many rows as the export has records', async () => {
    const out = join(dir, 'facts.xlsx');
    expect(gongwen(['export', '--db', db, '--format', 'xlsx']).status).toBe(2);
    const r = gongwen(['export', '--db', db, '--format', 'xlsx', '--out', out]);
    expect(r.status, r.stderr).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    expect(book.worksheets.map((w) => w.name)).toEqual(['documents', 'sections', 'quantities', 'dates', 'assignments', 'references', 'regions']);
    const sheetOf: Record<string, string> = { quantity: 'quantities', date: 'dates', assignment: 'assignments', reference: 'references', region: 'regions' };
    expect(book.getWorksheet('documents')!.rowCount - 1).toBe(5);
    expect(book.getWorksheet('sections')!.rowCount - 1).toBe(count('sections'));
    for (const [type, sheet] of Object.entries(sheetOf)) {
      expect(book.getWorksheet(sheet)!.rowCount - 1, sheet).toBe(count('facts', type));
    }
    const q = book.getWorksheet('quantities')!;
    const header = (q.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 4)).toEqual(['source', 'doc', 'section', 'quote']);
    expect(q.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const cell = (row: ExcelJS.Row, name: string) => row.getCell(header.indexOf(name) + 1).value;
    const row2903 = q.getRows(2, q.rowCount - 1)!.find((row) => cell(row, 'quote') === '2903户')!;
    expect(['value', 'unit', 'region', 'section', 'as_of_end', 'role'].map((c) => cell(row2903, c))).toEqual([2903, '户', '楚雄彝族自治州', '二/（一）', '2020-06-30', 'target']);
    expect(String(cell(row2903, 'sentence'))).toContain('确保6月底前剩余的2903户8331人贫困人口');
  });
});
