// The registry: the one ordered list of extractors and refiners. Order matters: document fields
// first (later extractors read ctx.meta), then facts that claim text (cited document numbers,
// dates) before quantities, which must not read a date or a document number as a figure.
import type { Extractor, Refiner } from '../src/core/types.js';
import { assignmentExtractor } from './assignment/index.js';
import { figureContextRefiner } from './context/index.js';
import { dateExtractor } from './date/date.js';
import { DOCUMENT_EXTRACTORS } from './document/index.js';
import { quantityExtractor } from './quantity/quantity.js';
import { tableCellQuantityExtractor } from './quantity/table-cells.js';
import { referenceExtractor } from './reference/reference.js';
import { documentRegionExtractor, regionMentionExtractor } from './region/index.js';

export const EXTRACTORS: readonly Extractor[] = [
  ...DOCUMENT_EXTRACTORS,
  documentRegionExtractor,
  referenceExtractor,
  dateExtractor,
  quantityExtractor,
  tableCellQuantityExtractor,
  assignmentExtractor,
  regionMentionExtractor,
];

export const REFINERS: readonly Refiner[] = [figureContextRefiner];
