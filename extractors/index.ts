// The registry: the one ordered list of extractors and refiners. Order matters: document fields
// first (later extractors read ctx.meta), then facts that claim text (dates, cited document
// numbers) before quantities, which must not read a date or a document number as a figure.
import type { Extractor, Refiner } from '../src/core/types.js';

export const EXTRACTORS: readonly Extractor[] = [];

export const REFINERS: readonly Refiner[] = [];
