import { z } from 'zod';
import { ExportRecord, FindingRecord } from './index.js';

/** The JSON Schema of export-v1 (records of `export`, and `finding` records of `check`), as published. */
export function exportJsonSchema(): string {
  const schema = z.toJSONSchema(z.union([ExportRecord, FindingRecord]), { target: 'draft-2020-12' });
  return JSON.stringify({ $id: 'https://gongwen.invalid/export-v1.schema.json', title: 'gongwen export-v1 record', ...schema }, null, 2) + '\n';
}
