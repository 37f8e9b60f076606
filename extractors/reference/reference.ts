// The `reference` record: a document this one cites — one per cited document number (not the
// document's own), with its title when the text gives it just before (`《…》（云开组〔2020〕4号）`,
// `…关于印发《…》的通知（…）`), and one per policy title in 《》 cited without a number.
import type { Candidate, ExtractContext, FactExtractor, Segment } from '../../src/core/types.js';
import { docNumberKey, findDocNumbers, type DocNumberMatch } from '../doc-number/pattern.js';
import { layoutOf } from '../document/layout.js';
import { TITLE_TRAILERS } from '../document/words.js';
import { CITING_WORDS, POLICY_ENDINGS } from './words.js';

export const referenceExtractor: FactExtractor<'reference'> = {
  id: 'reference',
  version: '1.3.1',
  kind: 'fact',
  type: 'reference',
  scope: 'document',
  extract(segment: Segment, ctx: ExtractContext): Candidate<'reference'>[] {
    const own = layoutOf(ctx.doc).docNumber;
    const numbered = numberedReferences(segment.text, own);
    const titled = new Set(numbered.map((r) => bare(r.fields.title ?? '')));
    const ownTitles = [ctx.meta.title, ctx.meta.enclosedTitle].filter((t): t is string => !!t).map(bare);
    const plain = quotedTitles(segment.text).filter((r) => {
      const t = bare(r.fields.title!);
      return !titled.has(t) && !ownTitles.some((o) => o.includes(t));
    });
    return [...numbered, ...plain].sort((a, b) => a.start - b.start);
  },
};

/** A title compared without its brackets, quotation marks of titles and spaces. */
function bare(t: string): string {
  return t.replace(/[《》〈〉\s]/gu, '');
}

/**
 * One reference per cited number, the occurrence with a title preferred; the own number skipped
 * wherever it stands and however bracketed (a site table's 文号 `〔〕`, the header's `[]`).
 */
function numberedReferences(text: string, own: DocNumberMatch | null): Candidate<'reference'>[] {
  const best = new Map<string, Candidate<'reference'>>();
  const ownKey = own ? docNumberKey(own.value) : null;
  for (const n of findDocNumbers(text)) {
    if (own && (docNumberKey(n.value) === ownKey || (n.start < own.end && own.start < n.end))) continue;
    const title = titleBefore(text, n.start);
    const start = title ? title.start : n.start;
    // `《T》（N）`: the quote closes the bracket it opened
    const end = title && /[）)]/.test(text[n.end] ?? '') ? n.end + 1 : n.end;
    const c: Candidate<'reference'> = { type: 'reference', start, end, fields: { docNumber: n.value, title: title?.text ?? null } };
    const seen = best.get(n.value);
    if (!seen || (!seen.fields.title && c.fields.title)) best.set(n.value, c);
  }
  return [...best.values()];
}

/** The title written right before a number in brackets: `《T》（N）`, or `…的通知（N）` after a lead-in. */
function titleBefore(text: string, at: number): { text: string; start: number } | null {
  const open = text[at - 1];
  if (open !== '（' && open !== '(') return null;
  const close = at - 1;
  if (text[close - 1] === '》') {
    const start = openingOf(text, close - 1);
    return start < 0 ? null : { text: text.slice(start + 1, close - 1), start };
  }
  return unquotedTitle(text, close);
}

/** Index of the 《 that opens the title closed by the 》 at `end`, nested 《》 allowed. */
function openingOf(text: string, end: number): number {
  let depth = 0;
  for (let i = end; i >= 0 && end - i < 200; i--) {
    if (text[i] === '》') depth++;
    else if (text[i] === '《' && --depth === 0) return i;
    else if (text[i] === '\n') return -1;
  }
  return -1;
}

function unquotedTitle(text: string, close: number): { text: string; start: number } | null {
  let start = close;
  while (start > 0 && close - start < 120 && !/[，,。；;：:、“”（）()\n]/u.test(text[start - 1])) start--;
  let t = text.slice(start, close);
  const lead = CITING_WORDS.find((w) => t.startsWith(w));
  if (lead) {
    t = t.slice(lead.length);
    start += lead.length;
  }
  return [...t].length >= 6 && isPolicyTitle(t) ? { text: t, start } : null;
}

function isPolicyTitle(t: string): boolean {
  const s = t.replace(/[》〉]+$/u, '').replace(TITLE_TRAILERS, '');
  return POLICY_ENDINGS.some((e) => s.endsWith(e));
}

const NEWLINE = 0x0a;
const OPEN_TITLE = '《'.charCodeAt(0);
const CLOSE_TITLE = '》'.charCodeAt(0);

/** Policy titles in 《》 (outermost only), one per distinct title, not followed by a number. */
function quotedTitles(text: string): Candidate<'reference'>[] {
  const out: Candidate<'reference'>[] = [];
  const seen = new Set<string>();
  let depth = 0;
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i); // a code, not text[i]: the whole document is walked
    if (c === NEWLINE) depth = 0;
    else if (c === OPEN_TITLE && depth++ === 0) open = i;
    else if (c === CLOSE_TITLE && depth > 0 && --depth === 0) {
      const title = text.slice(open + 1, i);
      const numbered = /^[（(]/.test(text.slice(i + 1, i + 2)) && findDocNumbers(text.slice(i + 2, i + 40))[0]?.start === 0;
      if (!numbered && isPolicyTitle(title) && !seen.has(bare(title))) {
        seen.add(bare(title));
        out.push({ type: 'reference', start: open, end: i + 1, fields: { docNumber: null, title } });
      }
    }
  }
  return out;
}
