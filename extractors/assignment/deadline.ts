// Deadlines of blocks, read by the project's one date reader.
import type { DateValue } from '../../schemas/index.js';
import type { DocMeta } from '../../src/core/types.js';
import { readDate, type DateContext } from '../date/core.js';
import { DEADLINE_VERBS } from './words.js';

export function dateContext(meta: DocMeta): DateContext {
  const issuedYear = meta.issuedOn ? Number(meta.issuedOn.slice(0, 4)) : null;
  return { referenceYear: meta.referenceYear ?? issuedYear, documentDate: meta.issuedOn };
}

/** The value of a 完成时限 label (`2018年12月`, `6月底前`) as a deadline, or null (`长期坚持`). */
export function readDeadline(value: string, ctx: DateContext): DateValue | null {
  const t = value.replace(/\s+/g, '').replace(/^(?:于|在|到|至)/u, '');
  const r = readDate(t, ctx);
  if (!r || r.start === null) return null;
  return { start: r.start, end: r.end, granularity: r.granularity, role: 'deadline', yearInferred: r.yearInferred };
}

/** A piece of a bracketed block that is only a deadline: `6月底完成`, `2020年底前`. */
export function isDeadlinePiece(piece: string, ctx: DateContext): boolean {
  const t = piece.replace(/\s+/g, '');
  const r = readDate(t, ctx);
  if (!r) return false;
  const rest = t.slice(r.length).replace(/^(?:前|底前|以前)/u, '');
  return rest === '' || DEADLINE_VERBS.includes(rest);
}
