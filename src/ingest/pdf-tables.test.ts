import { PDFParse } from 'pdf-parse';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makePdf, type PdfPage, type PdfTable } from '../../test/fixtures/ingest/make-pdf.js';
import { processDocument } from '../pipeline/process.js';
import { ingestBytes } from './index.js';
import { readPdf } from './pdf.js';
import { locate, placeTables } from './pdf-tables.js';

const TASKS: PdfTable = {
  widths: [32, 170, 110, 110, 100],
  rows: [
    [['序号'], ['重点任务'], ['牵头单位'], ['责任单位'], ['完成时限']],
    [['1'], ['完善河湖长制工作例会制度，', '每季度召开一次联席会议'], ['市水务局'], ['各区人民政府'], ['2024年6月底前']],
    [['2'], ['开展入河排污口排查整治'], ['市生态环境局'], ['市水务局、市农业', '农村局'], ['2024年12月']],
    [['3'], ['推进城镇污水管网建设改造，', '新建管网120公里'], ['市住房城乡建设局'], ['市发展改革委、', '市财政局'], ['2025年底前']],
    [['4'], ['建立河湖健康评价体系'], ['市水务局'], ['市生态环境局'], ['2024年9月']],
  ],
};

const COVER: PdfPage = { lines: ['关于印发2024年河湖治理工作方案的通知', '各区人民政府，市直有关单位：', '现将工作方案印发给你们，请认真贯彻执行。'] };
const ANNEX = (table: PdfTable): PdfPage => ({ lines: ['附件', '2024年河湖治理重点任务分工表'], table, after: ['各单位于每季度末报送进展情况。'] });

/** The rows as ingest renders them: one line per row, cells split by tabs, wrapped lines joined by a space. */
const ROWS = [
  '序号\t重点任务\t牵头单位\t责任单位\t完成时限',
  '1\t完善河湖长制工作例会制度， 每季度召开一次联席会议\t市水务局\t各区人民政府\t2024年6月底前',
  '2\t开展入河排污口排查整治\t市生态环境局\t市水务局、市农业 农村局\t2024年12月',
  '3\t推进城镇污水管网建设改造， 新建管网120公里\t市住房城乡建设局\t市发展改革委、 市财政局\t2025年底前',
  '4\t建立河湖健康评价体系\t市水务局\t市生态环境局\t2024年9月',
].join('\n');

const COVER_TEXT = '关于印发2024年河湖治理工作方案的通知\n各区人民政府，市直有关单位：\n现将工作方案印发给你们，请认真贯彻执行。';

describe('ruled tables in a PDF', () => {
  afterEach(() => vi.restoreAllMocks());

  it('renders a ruled task table once, one tab-separated line per row, and records its cells', async () => {
    const { raw, pageStarts, tables } = await readPdf(makePdf([COVER, ANNEX(TASKS)]));
    expect(raw).toBe(`${COVER_TEXT}\n附件\n2024年河湖治理重点任务分工表\n${ROWS}\n各单位于每季度末报送进展情况。`);
    expect(pageStarts).toEqual([0, COVER_TEXT.length + 1]);
    expect(tables).toHaveLength(1);
    expect(tables[0]!.headerRow).toBe(0);
    const cells = tables[0]!.rows.map((r) => r.cells.map((c) => c.text));
    expect(cells[3]).toEqual(['3', '推进城镇污水管网建设改造， 新建管网120公里', '市住房城乡建设局', '市发展改革委、 市财政局', '2025年底前']);
    expect(cells.map((r) => r.join('\t')).join('\n')).toBe(ROWS);
    for (const cell of tables[0]!.rows.flatMap((r) => r.cells)) expect(raw.slice(cell.start, cell.end)).toBe(cell.text);
    expect(raw.split('市住房城乡建设局')).toHaveLength(2);
  });

  it('locates the cells when the PDF writes a row line by line across its wrapped cells', async () => {
    const { raw, tables } = await readPdf(makePdf([ANNEX({ ...TASKS, order: 'lines' })]));
    expect(raw).toBe(`附件\n2024年河湖治理重点任务分工表\n${ROWS}\n各单位于每季度末报送进展情况。`);
    expect(tables[0]!.rows[2]!.cells[3]).toEqual({ text: '市水务局、市农业 农村局', start: raw.indexOf('市水务局、市农业'), end: raw.indexOf('\t2024年12月') });
  });

  it('reads an unruled table line by line across its cells when it has no ruling', async () => {
    const { raw, tables } = await readPdf(makePdf([ANNEX({ ...TASKS, ruled: false })]));
    expect(tables).toEqual([]);
    // the runs read top to bottom: a row's first lines side by side, its wrapped lines after; cells
    // split by a space where pdf.js joined them in one run, by a tab across a jump back in the stream
    expect(raw).toBe([
      '附件', '2024年河湖治理重点任务分工表', '序号 重点任务 牵头单位 责任单位 完成时限',
      '1 完善河湖长制工作例会制度，\t市水务局 各区人民政府 2024年6月底前', '每季度召开一次联席会议',
      '2 开展入河排污口排查整治 市生态环境局 市水务局、市农业\t2024年12月', '农村局',
      '3 推进城镇污水管网建设改造，\t市住房城乡建设局 市发展改革委、\t2025年底前', '新建管网120公里\t市财政局',
      '4 建立河湖健康评价体系 市水务局 市生态环境局 2024年9月', '各单位于每季度末报送进展情况。',
    ].join('\n'));
  });

  it('keeps the text and gives no table when table detection fails', async () => {
    const unruled = await readPdf(makePdf([COVER, ANNEX({ ...TASKS, ruled: false })]));
    vi.spyOn(PDFParse.prototype, 'getTable').mockRejectedValue(new Error('Invalid operator list'));
    const failed = await readPdf(makePdf([COVER, ANNEX(TASKS)]));
    expect(failed).toEqual(unruled);
  });

  it('does not look for tables on pages without a task-table column name', async () => {
    const spy = vi.spyOn(PDFParse.prototype, 'getTable');
    await readPdf(makePdf([COVER, ANNEX(TASKS), COVER]));
    expect(spy.mock.calls.map(([params]) => params?.partial)).toEqual([[2]]);
    await readPdf(makePdf([COVER]));
    expect(spy).toHaveBeenCalledTimes(1);
  });

  it('joins a table running on over a page break, its repeated header left out of the rows', async () => {
    const [header, ...rows] = TASKS.rows;
    const pdf = makePdf([
      { lines: ['附件'], table: { ...TASKS, rows: [header!, ...rows.slice(0, 2)] }, after: ['— 5 —'] },
      { table: { ...TASKS, rows: [header!, ...rows.slice(2)] } },
    ]);
    const { raw, pageStarts, tables } = await readPdf(pdf);
    expect(tables).toHaveLength(1);
    expect(tables[0]!.rows.map((r) => r.cells[0]!.text)).toEqual(['序号', '1', '2', '3', '4']);
    expect(raw).toBe(`附件\n${ROWS.split('\n').slice(0, 3).join('\n')}\n— 5 —\n${ROWS.split('\n').slice(3).join('\n')}`);
    expect(tables[0]!.rows[3]!.cells[2]!.start).toBeGreaterThan(pageStarts[1]!);
    for (const cell of tables[0]!.rows.flatMap((r) => r.cells)) expect(raw.slice(cell.start, cell.end)).toBe(cell.text);
    const ingested = await ingestBytes('plan.pdf', pdf);
    const got = processDocument(ingested).facts.flatMap((f) => (f.record.type === 'assignment' ? [f.record.leadUnits] : []));
    expect(got).toEqual([['市水务局'], ['市生态环境局'], ['市住房城乡建设局'], ['市水务局']]);
  });

  it('joins a table over three pages, the header of its first page kept', async () => {
    const [header, ...rows] = TASKS.rows;
    const { tables } = await readPdf(makePdf([
      { lines: ['附件'], table: { ...TASKS, rows: [header!, rows[0]!] } },
      { table: { ...TASKS, rows: [header!, rows[1]!] }, after: ['— 6 —'] },
      { table: { ...TASKS, rows: [header!, ...rows.slice(2)] } },
    ]));
    expect(tables.map((t) => [t.headerRow, t.rows.map((r) => r.cells[0]!.text)])).toEqual([[0, ['序号', '1', '2', '3', '4']]]);
  });

  it('keeps apart tables on two pages when text lies between them', async () => {
    const [header, ...rows] = TASKS.rows;
    const { tables } = await readPdf(makePdf([
      { table: { ...TASKS, rows: [header!, ...rows.slice(0, 2)] }, after: ['以上任务由各牵头单位负责推进。'] },
      { table: { ...TASKS, rows: [header!, ...rows.slice(2)] } },
    ]));
    expect(tables.map((t) => t.rows.length)).toEqual([3, 3]);
  });

  it('turns the rows into assignments end to end', async () => {
    const result = processDocument(await ingestBytes('plan.pdf', makePdf([COVER, ANNEX(TASKS)])));
    const got = result.facts.flatMap((f) => (f.record.type === 'assignment' ? [f.record] : []));
    expect(got.map((a) => [a.measure, a.leadUnits, a.responsibleUnits, a.deadline && [a.deadline.start, a.deadline.end]])).toEqual([
      ['完善河湖长制工作例会制度，每季度召开一次联席会议', ['市水务局'], ['各区人民政府'], ['2024-06-30', '2024-06-30']],
      ['开展入河排污口排查整治', ['市生态环境局'], ['市水务局', '市农业农村局'], ['2024-12-01', '2024-12-31']],
      ['推进城镇污水管网建设改造，新建管网120公里', ['市住房城乡建设局'], ['市发展改革委', '市财政局'], ['2025-12-31', '2025-12-31']],
      ['建立河湖健康评价体系', ['市水务局'], ['市生态环境局'], ['2024-09-01', '2024-09-30']],
    ]);
  });
});

describe('placeTables', () => {
  const page = '附件\n序号 任务 牵头单位\n1 修订管理办法\n市司法局\n其他说明。';
  const table = [['序号', '任务', '牵头单位'], ['1', '修订管理办法', '市司法局']];

  it('replaces the lines the cells occupy and keeps the text around them', () => {
    const placed = placeTables(page, [table]);
    expect(placed.text).toBe('附件\n序号\t任务\t牵头单位\n1\t修订管理办法\t市司法局\n其他说明。');
    expect(placed.tables[0]!.rows[1]!.cells[2]).toEqual({ text: '市司法局', start: 23, end: 27 });
  });

  it('leaves the page as it is when text in no cell lies among the cells', () => {
    const noted = '附件\n序号 任务 牵头单位\n1 修订管理办法（注）\n市司法局\n其他说明。';
    expect(placeTables(noted, [table])).toEqual({ text: noted, tables: [] });
  });

  it('does not take a span that starts or ends inside a line', () => {
    expect(locate('说明：序号 任务 牵头单位\n1 修订管理办法 市司法局', table)).toBeNull();
    expect(locate('序号 任务 牵头单位\n1 修订管理办法 市司法局', table)).toEqual([0, 24]);
  });

  it('keeps only data tables: two rows of two cells with some text', () => {
    expect(placeTables('序号 任务', [[['序号', '任务']]]).tables).toEqual([]);
    expect(placeTables('甲\n乙', [[['甲'], ['乙']]]).tables).toEqual([]);
    expect(placeTables('', [[['', ''], ['', '']]]).tables).toEqual([]);
  });

  it('finds no header when the first row reads as data', () => {
    expect(placeTables('1 2\n3 4', [[['1', '2'], ['3', '4']]]).tables[0]!.headerRow).toBeNull();
  });
});
