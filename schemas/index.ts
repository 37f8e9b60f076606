import { z } from 'zod';
import { DocumentRecord } from './document.js';
import { SectionRecord } from './section.js';
import { QuantityRecord } from './quantity.js';
import { DateRecord } from './date.js';
import { AssignmentRecord } from './assignment.js';
import { ReferenceRecord } from './reference.js';
import { RegionMentionRecord } from './region.js';
import { FindingRecord } from './finding.js';

export * from './common.js';
export * from './document.js';
export * from './section.js';
export * from './quantity.js';
export * from './date.js';
export * from './assignment.js';
export * from './reference.js';
export * from './region.js';
export * from './finding.js';

export const EXPORT_VERSION = 1;

/** Every record `gongwen export` writes, discriminated by `type`. */
export const ExportRecord = z.discriminatedUnion('type', [
  DocumentRecord,
  SectionRecord,
  QuantityRecord,
  DateRecord,
  AssignmentRecord,
  ReferenceRecord,
  RegionMentionRecord,
]);
export type ExportRecord = z.infer<typeof ExportRecord>;

/** Schemas of the records extractors produce (located records), keyed by type. */
export const FactSchemas = {
  quantity: QuantityRecord,
  date: DateRecord,
  assignment: AssignmentRecord,
  reference: ReferenceRecord,
  region: RegionMentionRecord,
} as const;
export type FactType = keyof typeof FactSchemas;
export type FactRecord = z.infer<(typeof FactSchemas)[FactType]>;
export type FactOf<T extends FactType> = z.infer<(typeof FactSchemas)[T]>;
