// `gongwen show`: a document sentence by sentence, facts marked in place — in colour on a
// terminal, between ⟦ ⟧ in a pipe — and after each sentence one line per fact read from it:
// `120户 → 120 户 · 搬迁户 · 某县 · 2021-06-30 (deadline) · target`.
import type { FactRecord } from '../../schemas/index.js';
import { describeFact } from './describe.js';
import type { DocumentView, FactMark, SentenceView } from './document-view.js';
import { truncate } from './format.js';

export interface RenderOptions {
  color: boolean;
  /** only sentences holding facts (with the headings of their sections) */
  factsOnly?: boolean;
}

const ESC = '\x1b[';
const STYLE: Record<string, string> = { quantity: '1;33', date: '36', assignment: '4', reference: '35', region: '32' };
const RESET = `${ESC}0m`;
const paint = (on: boolean, style: string, s: string) => (on ? `${ESC}${style}m${s}${RESET}` : s);

export function renderDocument(view: DocumentView, opts: RenderOptions): string {
  const out: string[] = [...header(view, opts.color), ''];
  let paragraph = -1;
  for (const s of view.sentences) {
    const listed = s.facts.filter((f) => f.starts);
    if (opts.factsOnly && !s.facts.length && !s.headings.length) continue;
    if (s.paragraph !== paragraph && paragraph !== -1 && !opts.factsOnly) out.push('');
    paragraph = s.paragraph;
    for (const h of s.headings) out.push(paint(opts.color, '1;34', `§ ${h.path}`));
    out.push(markSentence(s, opts.color));
    for (const f of listed) out.push(`    ${factLine(f.record, opts.color)}`);
  }
  return out.join('\n') + '\n';
}

function header(view: DocumentView, color: boolean): string[] {
  const d = view.document;
  const about = [d.docNumber, d.issuer, d.issuedOn ? `${d.issuedOn}${d.issuedOnInferred ? ' (inferred)' : ''}` : null, d.region?.name, d.kind];
  const counts = Object.entries(view.counts).map(([t, n]) => `${n} ${t}`).join(', ');
  return [
    paint(color, '1', d.title ?? '(no title)'),
    [d.doc, d.source, ...about].filter(Boolean).join(' · '),
    `${view.sections.length} sections; ${counts || 'no facts'}`,
  ];
}

/** One line for a fact: its quote, then what was read. */
export function factLine(r: FactRecord, color: boolean): string {
  const quote = truncate(r.quote.replace(/\s*\n\s*/g, ' '), 30);
  const label = r.type === 'quantity' || r.type === 'reference' ? '' : `${r.type} `;
  return `${paint(color, STYLE[r.type] ?? '1', quote)} → ${label}${describeFact(r)}`;
}

/** The sentence with every fact's part in it marked; facts that cross another are left unmarked. */
export function markSentence(s: SentenceView, color: boolean): string {
  const marks = nested(s.facts.filter((f) => f.end > f.start));
  const chars = Array.from(s.text);
  const opens = new Map<number, FactMark[]>();
  const closes = new Map<number, FactMark[]>();
  for (const m of marks) {
    opens.set(m.start, [...(opens.get(m.start) ?? []), m]);
    closes.set(m.end, [m, ...(closes.get(m.end) ?? [])]);
  }
  const open: FactMark[] = [];
  let out = '';
  for (let i = 0; i <= chars.length; i++) {
    const closing = closes.get(i) ?? [];
    const opening = opens.get(i) ?? [];
    for (const m of closing) open.splice(open.indexOf(m), 1);
    open.push(...opening);
    if (color) {
      // styles do not nest in a terminal: reset, then set those still open
      if (closing.length || opening.length) out += RESET + open.map((m) => `${ESC}${STYLE[m.record.type] ?? '1'}m`).join('');
    } else out += '⟧'.repeat(closing.length) + '⟦'.repeat(opening.length);
    if (i < chars.length) out += chars[i];
  }
  return out;
}

/** The marks that nest (by start, longest first), dropping any that cross one already taken. */
function nested(facts: FactMark[]): FactMark[] {
  const sorted = [...facts].sort((a, b) => a.start - b.start || b.end - a.end);
  const taken: FactMark[] = [];
  const stack: FactMark[] = [];
  for (const f of sorted) {
    while (stack.length && stack[stack.length - 1].end <= f.start) stack.pop();
    if (stack.length && stack[stack.length - 1].end < f.end) continue;
    stack.push(f);
    taken.push(f);
  }
  return taken;
}
