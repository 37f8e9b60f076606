// A document's text with every record marked in place. Records may nest (a figure inside an
// assignment) or cross; crossing ones are split into pieces so the marks stay well nested, each
// piece carrying its record's index. Spans are code points; JS strings index UTF-16 units.
import type { FactRecord } from '../../schemas/index.js';
import { utf16Mapper } from '../core/offsets.js';
import { fieldsText } from './fields.js';
import { escapeHtml, Html } from './html.js';

export interface Mark {
  /** index of the record in the page's record list */
  index: number;
  start: number;
  end: number;
  record: FactRecord & { span: [number, number] };
}

/** The anchor id of a record in a document page: stable across runs, unlike an index. */
export function anchorOf(record: { type: string; span: [number, number] }): string {
  return `f-${record.type}-${record.span[0]}-${record.span[1]}`;
}

/** Marks for located records, with UTF-16 offsets into `text`; out-of-range spans are dropped. */
export function marksFor(text: string, records: FactRecord[]): Mark[] {
  const toUtf16 = utf16Mapper(text);
  const marks: Mark[] = [];
  records.forEach((record, index) => {
    if (!('span' in record)) return;
    const start = toUtf16(record.span[0]);
    const end = toUtf16(record.span[1]);
    if (end <= start || end > text.length) return;
    marks.push({ index, start, end, record: record as Mark['record'] });
  });
  return marks;
}

/** Outer marks first: earlier start, then longer. */
function nestingOrder(a: Mark, b: Mark): number {
  return a.start - b.start || b.end - a.end || a.index - b.index;
}

/** The text as HTML with `<mark>` elements; every text node escaped. */
export function highlightText(text: string, marks: Mark[]): Html {
  const bounds = [...new Set([0, text.length, ...marks.flatMap((m) => [m.start, m.end])])].sort((a, b) => a - b);
  const sorted = [...marks].sort(nestingOrder);
  const anchored = new Set<string>();
  const open: Mark[] = [];
  let active: Mark[] = []; // covering the current stretch, in nesting order
  let next = 0;
  let out = '';
  for (let b = 0; b + 1 < bounds.length; b++) {
    const [from, to] = [bounds[b], bounds[b + 1]];
    active = active.filter((m) => m.end > from);
    // marks starting here come after every active one in nesting order, so appending keeps it
    while (next < sorted.length && sorted[next].start === from) active.push(sorted[next++]);
    // close down to the deepest open mark that is still active with everything below it
    let keep = 0;
    while (keep < open.length && active.includes(open[keep])) keep++;
    out += '</mark>'.repeat(open.length - keep);
    open.length = keep;
    for (const m of active) {
      if (open.includes(m)) continue;
      out += openTag(m, anchored);
      open.push(m);
    }
    out += escapeHtml(text.slice(from, to));
  }
  out += '</mark>'.repeat(open.length);
  return new Html(out);
}

function openTag(m: Mark, anchored: Set<string>): string {
  const anchor = anchorOf(m.record);
  const id = anchored.has(anchor) ? '' : ` id="${anchor}"`;
  anchored.add(anchor);
  return `<mark${id} class="f t-${escapeHtml(m.record.type)}" data-fact="${m.index}" title="${escapeHtml(fieldsText(m.record))}">`;
}
