import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Store } from '../store/index.js';
import { metricSeries } from './series.js';
import { READ_ONLY_MESSAGE, runSql } from './sql.js';
import { BULLETIN, PLAN, TEST_CORPUS } from './fixtures/corpus.js';
import { writeFixtureStore } from './testing.js';

let path: string;
let store: Store;
beforeAll(() => {
  path = join(mkdtempSync(join(tmpdir(), 'gongwen-sql-')), 'store.db');
  writeFixtureStore(path, TEST_CORPUS);
  store = Store.openReadOnly(path);
});
afterAll(() => store.close());

describe('runSql', () => {
  it('returns columns and rows of a query', () => {
    expect(runSql(store.db, "SELECT type, count(*) AS n FROM facts WHERE type IN ('quantity', 'reference') GROUP BY type ORDER BY type")).toEqual({
      columns: ['type', 'n'], rows: [['quantity', 7], ['reference', 2]],
    });
  });

  it('refuses every write, however spelt, because the connection is read-only', () => {
    rmSync('/tmp/gongwen-sql-copy.db', { force: true });
    for (const sql of ['DELETE FROM facts', 'delete from facts where 1', 'WITH x AS (SELECT 1) DELETE FROM facts', 'DROP TABLE facts', 'UPDATE facts SET value = 0', 'PRAGMA user_version = 9', "VACUUM INTO '/tmp/gongwen-sql-copy.db'"]) {
      expect(() => runSql(store.db, sql), sql).toThrow(READ_ONLY_MESSAGE);
    }
    expect(runSql(store.db, 'SELECT count(*) FROM facts').rows).toEqual([[21]]);
    expect(existsSync('/tmp/gongwen-sql-copy.db')).toBe(false);
  });

  it('one statement at a time; SQLite names a mistake', () => {
    expect(() => runSql(store.db, 'SELECT 1; SELECT 2')).toThrow('SQL: one statement at a time');
    expect(() => runSql(store.db, 'SELEC 1')).toThrow('SQL: near "SELEC": syntax error');
  });

  it('gongwen_docnumber_key() compares document numbers whatever their brackets', () => {
    expect(runSql(store.db, "SELECT count(*) FROM facts WHERE gongwen_docnumber_key(doc_number) = gongwen_docnumber_key('云开组(2020)4号')").rows).toEqual([[2]]);
  });

  it('will not run on a connection that can write', () => {
    const writable = Store.open(path);
    try {
      expect(() => runSql(writable.db, 'SELECT 1')).toThrow('runSql needs a read-only connection');
    } finally {
      writable.close();
    }
  });
});

describe('metricSeries', () => {
  it('groups by region and unit, dates points by asOf, carries the source', () => {
    const series = metricSeries(store.db, { metric: '贫困人口' });
    expect(series.map((s) => [s.region?.code, s.unit, s.points.map((p) => [p.date, p.value, p.source])])).toEqual([
      ['532300', '人', [['2020-06-30', 8331, PLAN]]],
      ['532300', '户', [['2020-06-30', 2903, PLAN]]],
      ['532900', '人', [['2020-06-30', 12000, BULLETIN]]],
    ]);
  });

  it('a region means itself unless within is asked; undated figures take the date of issue', () => {
    expect(metricSeries(store.db, { metric: '贫困发生率', regionCodes: ['532300'] })).toEqual([]);
    const [wuding] = metricSeries(store.db, { metric: '贫困发生率', regionCodes: ['532300'], within: true });
    expect(wuding.region).toEqual({ code: '532329', name: '武定县' });
    expect(wuding.points.map((p) => [p.date, p.dated, p.record.quote, p.sentence])).toEqual([
      ['2020-04-17', 'issued', '3%以下', '武定县贫困发生率降至3%以下，上半年完成易地扶贫搬迁安置。'],
    ]);
  });
});
