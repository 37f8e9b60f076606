import { z } from 'zod';
import { IsoDate, Region } from './common.js';

export const DocumentRecord = z.object({
  type: z.literal('document'),
  doc: z.string().regex(/^[0-9a-f]{16}$/),
  source: z.string(),
  title: z.string().nullable(),
  docNumber: z.string().nullable(),
  issuer: z.string().nullable(),
  issuedOn: IsoDate.nullable(),
  issuedOnInferred: z.boolean(),
  region: Region.nullable(),
  kind: z.string().nullable(),
  // additions to v1 (allowed: fields may be added)
  /** Title of the enclosed document a notice issues (`关于印发《X》的通知` → X's own title line). */
  enclosedTitle: z.string().nullable().optional(),
  /** 主送机关: addressees on the line after the title. */
  recipients: z.array(z.string()).optional(),
  /** 抄送/报/送/发 lists of the 版记. */
  copyTo: z.array(z.string()).optional(),
  /** `（共印 N 份）`. */
  printCount: z.number().int().nullable().optional(),
  format: z.string().optional(),
  encoding: z.string().optional(),
  pages: z.number().int().nullable().optional(),
});
export type DocumentRecord = z.infer<typeof DocumentRecord>;
