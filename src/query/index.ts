// The query API: plain inputs to plain rows, shared by the command line and the web viewer.
export { queryFacts, codePrefix, factConditions, prepareConnection, FACT_SORTS, type FactFilters, type FactRow, type FactSort } from './facts.js';
export { searchSentences, type SentenceHit, type SentenceOptions } from './sentences.js';
export { queryTerms, ftsQuery, matchRanges, markRanges, highlight } from './fts.js';
export { findDocument, findDocuments, listDocuments, type DocumentRow } from './documents.js';
export { documentView, type DocumentView, type SentenceView, type FactMark } from './document-view.js';
export { renderDocument, markSentence, factLine, type RenderOptions } from './render-document.js';
export { metricSeries, type Series, type SeriesPoint, type SeriesQuery } from './series.js';
export { runSql, READ_ONLY_MESSAGE, type SqlResult } from './sql.js';
export {
  regionArg, dateBound, parseTypes, splitList, fullName, filtersFromOptions, runQuery, FACT_TYPES, ROLES,
  type QueryFactType, type QueryOptions, type QueryResult,
} from './filters.js';
export { describeFact, formatPeriod, formatDate, formatAmount, formatNumber } from './describe.js';
export { factColumns, cells, type Column, type Cell, type FactCells } from './columns.js';
export { formatFacts, formatSentences, formatSeries, formatSqlResult, type OutputOptions } from './output.js';
export { renderTable, toCsv, displayWidth, truncate, wantsColor, BOM, OUTPUT_FORMATS, type OutputFormat } from './format.js';
export { QueryError } from './errors.js';
