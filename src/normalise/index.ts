// Normalise: the text the extractors see. Undoes what PDF/OCR extraction does to Chinese text
// (broken lines, stray spaces, page debris, full-width digits) and keeps a map to the raw text.
import type { IngestedDocument, NormalisedText } from '../core/types.js';
import { CJK_PUNCT, HAN } from './chars.js';
import { identity, rewrite, type MappedText } from './mapped.js';
import { dropPageFurniture } from './furniture.js';
import { joinBrokenLines } from './lines.js';
import { tabulateSpacedTables } from './spaced-tables.js';

const CJK_OR_PUNCT = `[${HAN}${CJK_PUNCT}]`;

export function normalise(input: Pick<IngestedDocument, 'raw' | 'format' | 'pageStarts'>): NormalisedText {
  let t = identity(input.raw);
  t = rewrite(t, /\r\n?|\f/g, () => '\n');
  t = tabulateSpacedTables(t);
  // ideographic and no-break spaces are layout, not meaning
  t = rewrite(t, /[\u00A0\u3000\u2002-\u200A\u202F\u205F]/g, () => ' ');
  t = rewrite(t, /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B-\u200D\uFEFF]/g, () => '');
  t = foldFullWidth(t);
  t = stripMarkdown(t);
  t = dropPageFurniture(t);
  t = removeStraySpaces(t);
  t = joinBrokenLines(t, { markup: input.format === 'html' });
  t = rewrite(t, /^ +| +$/gm, () => '');
  t = rewrite(t, /\n{2,}/g, () => '\n');
  t = rewrite(t, /^\n+|\n+$/g, () => '');
  return { text: t.text, rawOffset: t.map };
}

/** Full-width digits, Latin letters and ％ become half-width; Chinese punctuation stays as written. */
function foldFullWidth(t: MappedText): MappedText {
  t = rewrite(t, /[０-９Ａ-Ｚａ-ｚ％]/g, (m) => String.fromCharCode(m[0].charCodeAt(0) - 0xfee0));
  // a full-width full stop between digits is a decimal point (`3．5`); after an outline number it stays
  return rewrite(t, /(?<=\d)．(?=\d)/g, () => '.');
}

function stripMarkdown(t: MappedText): MappedText {
  t = rewrite(t, /^[ \t]*#{1,6}[ \t]+/gm, () => '');
  t = rewrite(t, /\*\*([^*\n]+)\*\*/g, (m) => m[1]);
  return rewrite(t, /^[ \t]*(?:-{3,}|\*{3,}|_{3,})[ \t]*$/gm, () => '');
}

/** Spaces next to Chinese text or between a number and its unit are extraction debris. */
function removeStraySpaces(t: MappedText): MappedText {
  const re = new RegExp(`(?<=${CJK_OR_PUNCT}) +| +(?=${CJK_OR_PUNCT})|(?<=\\d) +(?=%)`, 'gu');
  // keep indentation at the start of a line: the segmenter trims it
  return rewrite(t, re, (m) => (m.index === 0 || t.text[m.index - 1] === '\n' ? null : ''));
}

/** The raw span of a normalised span: from its first character's origin to just past its last one's. */
export function rawSpan(rawOffset: Int32Array, start: number, end: number): [number, number] {
  if (end <= start) return [rawOffset[start], rawOffset[start]];
  return [rawOffset[start], rawOffset[end - 1] + 1];
}
