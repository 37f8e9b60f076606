// `copyTo`: the 版记's distribution lists — `抄送：…`, and the `报：`, `送：`, `发：` of older
// bulletins — each possibly running on over the next lines, up to the printing line
// (`XX办公室 2018年9月13日印发`) or `（共印 N 份）`.
import type { Doc, FieldCandidate, FieldExtractor } from '../../src/core/types.js';
import { splitBodies } from './bodies.js';
import { sourceLines } from './lines.js';
import { COPY_LABELS, COPY_WINDOW, PRINT_COUNT, PRINTED_WORDS } from './words.js';

export interface CopyLine {
  label: string;
  /** the list, without its label, continuation lines joined */
  text: string;
  /** span of the list in the normalised text */
  start: number;
  end: number;
}

const LABEL = new RegExp(`^(${[...COPY_LABELS].sort((a, b) => b.length - a.length).join('|')})[：:]`, 'u');

export function copyLines(doc: Doc): CopyLine[] {
  const lines = sourceLines(doc);
  const out: CopyLine[] = [];
  let open: CopyLine | null = null;
  for (const line of lines.slice(-COPY_WINDOW)) {
    const m = LABEL.exec(line.text);
    if (m) {
      open = { label: m[1], text: line.text.slice(m[0].length), start: line.start + m[0].length, end: line.end };
      out.push(open);
    } else if (open && !endsLists(line.text)) {
      open.text += line.text;
      open.end = line.end;
    } else open = null;
  }
  return out;
}

function endsLists(t: string): boolean {
  return PRINT_COUNT.test(t) || PRINTED_WORDS.some((w) => t.endsWith(w)) || /^\p{Script=Han}{1,6}[：:]/u.test(t);
}

export const copyListExtractor: FieldExtractor = {
  id: 'document.copyTo',
  version: '1.3.0',
  kind: 'field',
  scope: 'document',
  extract(_segment, ctx): FieldCandidate[] {
    const lists = copyLines(ctx.doc);
    if (lists.length === 0) return [];
    const value = lists.flatMap((l) => splitBodies(l.text));
    return value.length ? [{ field: 'copyTo', value, start: lists[0].start, end: lists[lists.length - 1].end }] : [];
  },
};
