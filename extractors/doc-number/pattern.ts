// 发文字号: 机关代字 + year in brackets + serial + 号 (`楚贫组发〔2020〕8号`; some agencies put 文 or
// 第 before the serial: `闽政〔1996〕文39号`). One reader for the
// document's own number and for the numbers it cites. Brackets are kept as written; spaces that
// PDF and web extraction put inside the number (`农办机〔2024〕3 号`) are removed.
import { DATE_UNITS, LEAD_WORDS, MAX_AGENCY_LENGTH, YEAR_CLOSERS, YEAR_OPENERS } from './words.js';

export interface DocNumberMatch {
  /** canonical form: as written, white space removed */
  value: string;
  agency: string;
  year: number;
  serial: number;
  /** [start, end) of the number in the searched text (UTF-16) */
  start: number;
  end: number;
}

const esc = (s: string) => s.replace(/[\]\\^-]/g, '\\$&');
const NUMBER = new RegExp(
  `([\\p{Script=Han}]{1,${MAX_AGENCY_LENGTH}})[ \\t]*[${esc(YEAR_OPENERS)}][ \\t]*((?:19|20)\\d{2})[ \\t]*[${esc(YEAR_CLOSERS)}][ \\t]*(?:第|文)?[ \\t]*(\\d{1,5})[ \\t]*号`,
  'gu',
);
const LEAD = [...LEAD_WORDS].sort((a, b) => b.length - a.length);
/** NUMBER from the opening bracket on: cheap to search for, since it starts at one of a few characters. */
const TAIL = new RegExp(
  `[${esc(YEAR_OPENERS)}][ \\t]*(?:19|20)\\d{2}[ \\t]*[${esc(YEAR_CLOSERS)}][ \\t]*(?:第|文)?[ \\t]*\\d{1,5}[ \\t]*号`,
  'gu',
);
const NUMBER_AT = new RegExp(NUMBER.source, 'uy');

/** Every document number in a text, in order. */
export function findDocNumbers(text: string): DocNumberMatch[] {
  const out: DocNumberMatch[] = [];
  for (const m of numberMatches(text)) {
    // `（2018年10月9日国办发〔2018〕91号）`: the date's last character is not part of the code
    const afterDate = m.index > 0 && /\d/.test(text[m.index - 1]) && DATE_UNITS.includes(m[1][0]) ? 1 : 0;
    const cut = Math.max(afterDate, agencyStart(m[1]));
    const agency = m[1].slice(cut);
    if (!agency) continue;
    const start = m.index + cut;
    const end = m.index + m[0].length;
    out.push({ value: canonicalDocNumber(text.slice(start, end)), agency, year: Number(m[2]), serial: Number(m[3]), start, end });
  }
  return out;
}

/**
 * NUMBER's matches, the same as `text.matchAll(NUMBER)` gives, found from their bracketed tails:
 * trying NUMBER at every Han character of a long text is most of the extractors' regex time. A
 * match's Han run ends right before the white space ahead of its tail and holds at most
 * MAX_AGENCY_LENGTH code points (two UTF-16 units each at most), so it is tried from there only.
 */
function* numberMatches(text: string): Generator<RegExpExecArray> {
  for (let from = 0; ; ) {
    TAIL.lastIndex = from;
    const tail = TAIL.exec(text);
    if (!tail) return;
    let runEnd = tail.index;
    while (runEnd > from && (text[runEnd - 1] === ' ' || text[runEnd - 1] === '\t')) runEnd--;
    let found: RegExpExecArray | null = null;
    for (let at = Math.max(from, runEnd - 2 * MAX_AGENCY_LENGTH); at < runEnd && !found; at++) {
      NUMBER_AT.lastIndex = at;
      found = NUMBER_AT.exec(text);
    }
    if (found) yield found;
    from = found ? found.index + found[0].length : tail.index + 1;
  }
}

/** A document number written with stray spaces, in the form it is exported and queried in. */
export function canonicalDocNumber(s: string): string {
  return s.replace(/\s+/g, '');
}

/**
 * A key that finds a number whatever brackets a copy used (`云开组[2020]4号` = `云开组〔2020〕4号`),
 * for queries such as "which documents cite 云开组〔2020〕4号?". Not an export form.
 */
export function docNumberKey(s: string): string {
  const m = findDocNumbers(s)[0];
  return m ? `${m.agency}〔${m.year}〕${m.serial}号` : canonicalDocNumber(s);
}

/** Where the 机关代字 starts in the Han run before the year: after the last lead-in word. */
function agencyStart(run: string): number {
  let cut = 0;
  for (let i = 0; i < run.length; i++) {
    for (const w of LEAD) {
      // a lead word may not be the whole code, nor take its last character (`…发`, `…办`)
      if (run.startsWith(w, i) && i + w.length < run.length - 1) {
        cut = Math.max(cut, i + w.length);
        break;
      }
    }
  }
  return cut;
}
