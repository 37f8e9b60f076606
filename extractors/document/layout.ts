// Where the parts of a document are (GENRE.md, "The parts of a document"): the 版头 (masthead,
// document number), the title, the 主送 line, the signature and date of issue, and the title of
// an enclosed document. Read once per document; the field extractors take their values from it.
import type { Doc } from '../../src/core/types.js';
import { matchMarker } from '../../src/segment/markers.js';
import { readDate, type DateReading } from '../date/core.js';
import { findDocNumbers, type DocNumberMatch } from '../doc-number/pattern.js';
import { CITING_WORDS } from '../reference/words.js';
import { balanced, joinLines, sourceLines, type Line } from './lines.js';
import { isMetadataLine, labelRow, readMetadata, type Metadata } from './metadata.js';
import {
  ADDRESSEE_ENDINGS, BODY_ENDINGS, CHROME_LINE, CONTINUATION_OPENERS, DATE_LINE_NOTES, HEADER_MARKS, HEADLINE_ENDINGS, KINDS_BY_LENGTH,
  MASTHEAD_SUFFIX, MAX_TITLE_LENGTH, SPEAKER_LINE, MIN_TITLE_LENGTH, NOT_RECIPIENTS, PRINTED_WORDS, RECIPIENT_LABEL,
  TITLE_DECORATION, TITLE_LINKS, TITLE_TRAILERS,
} from './words.js';

export interface Span {
  text: string;
  start: number;
  end: number;
}

export interface DateLine extends Span {
  date: DateReading;
  /** a body named on the date's own line before it (`昆明市…领导小组2018年9月13日`) */
  signature: Span | null;
  line: number;
}

export interface Layout {
  lines: Line[];
  masthead: Line[];
  docNumber: DocNumberMatch | null;
  title: (Span & { firstLine: number; lastLine: number }) | null;
  /** index of the first line of running text after the 版头 (the header zone ends there) */
  bodyLine: number;
  recipients: (Span & { line: number }) | null;
  dateLine: DateLine | null;
  /** the lines of the signature before the date, in order */
  signature: Line[];
  enclosedTitle: Span | null;
  /** the site's metadata table above the text (名称, 文号, 发文机关, 成文日期 …) */
  metadata: Metadata;
  /** a body's name alone on the line under the title, as a cover prints the issuer */
  cover: Span | null;
}

/** A metadata table after the text is looked for in this many last lines, its values in this many rows under its labels. */
const TRAILING_TABLE_LINES = 12;
const TABLE_VALUE_ROWS = 3;
/** A title run spans at most this many source lines. */
const MAX_TITLE_LINES = 4;
/** A header's title, number and addressees wrapped by a column span at most this many source lines. */
const MAX_WRAPPED_HEADER_LINES = 4;
/** How many lines after the title the 主送 line may come (document number, date subtitle, speaker). */
const RECIPIENT_WINDOW = 5;
/** The signature takes at most this many lines above the date. */
const MAX_SIGNATURE_LINES = 3;
const MAX_MASTHEAD_LINES = 3;
/** Shorter paragraphs with a full stop are captions or notes, not the start of the body. */
const MIN_PARAGRAPH = 30;
/** What opens a date under the title of a web copy or a speech. */
const SUBTITLE_OPENER = /^(?:[（(]|[—－-]{1,2})/u;

const cache = new WeakMap<Doc, Layout>();

export function layoutOf(doc: Doc): Layout {
  let layout = cache.get(doc);
  if (!layout) {
    layout = readLayout(doc);
    cache.set(doc, layout);
  }
  return layout;
}

function readLayout(doc: Doc): Layout {
  const lines = splitAtNumbers(doc, sourceLines(doc));
  const bodyLine = firstBodyLine(lines);
  const metadata = readMetadata(lines, bodyLine);
  const cellRunOn = extendTitleCell(doc, lines, metadata);
  const title = findTitle(lines, bodyLine, cellRunOn);
  const masthead = findMasthead(lines, title?.firstLine ?? bodyLine);
  const docNumber = findOwnNumber(lines, Math.max(bodyLine, title ? title.lastLine + 2 : 0)) ?? metadataNumber(metadata)
    ?? trailingTableNumber(lines, bodyLine);
  const recipients = title ? findRecipients(doc, lines, title.lastLine + 1) : findRecipients(doc, lines, 0, bodyLine);
  const dateLine = findDateLine(lines, title?.firstLine ?? 0) ?? closingDate(lines) ?? dateBeforeAttachment(lines, bodyLine);
  const signature = dateLine ? findSignature(lines, dateLine.line) : [];
  const enclosedTitle = dateLine ? findEnclosedTitle(lines, dateLine.line + 1) : null;
  // the table's 名称 stands in for a title the page left out (before the enclosed document's)
  const ownTitle = title ?? metadataTitle(lines, metadata);
  const cover = title ? coverName(lines[coverLine(title.lastLine + 1, dateLine)]) : null;
  return { lines, masthead, docNumber, title: ownTitle, bodyLine, recipients, dateLine, signature, enclosedTitle, metadata, cover };
}

/**
 * `庐江县人民政府` on its own line under a plan's title (a cover), not running text; under a
 * report read at a meeting, the speaker's line after the subtitle (`——2024年7月25日在…会议上` /
 * `省审计厅厅长 X`): the speaker's body delivers it.
 */
function coverName(line: Line | undefined): Span | null {
  if (!line || line.inProse) return null;
  const name = bodyName(line.text) ? line.text : speakerBody(line.text);
  return name ? { text: name, start: line.start, end: line.start + name.length } : null;
}

/** The line under the title, past a subtitle giving the meeting's date. */
function coverLine(next: number, dateLine: DateLine | null): number {
  return dateLine?.line === next ? next + 1 : next;
}

/** `福建省审计厅厅长　陈立新` → `福建省审计厅`: a body, the speaker's post in it, a person's name. */
function speakerBody(t: string): string | null {
  const m = SPEAKER_LINE.exec(t);
  return m && bodyName(m[1]) ? m[1] : null;
}

// ---------------------------------------------------------------------------------------------
// Titles

/** The text ends with a kind (文种), a trailing `（试行）` aside. */
export function endsWithKind(text: string): string | null {
  const bare = text.replace(TITLE_TRAILERS, '');
  return KINDS_BY_LENGTH.find((k) => bare.endsWith(k)) ?? null;
}

/** Long enough, ends with a kind, and closes every bracket it opens (`现将《…方案` is a piece of a sentence). */
function isComplete(text: string): boolean {
  return [...text].length >= MIN_TITLE_LENGTH && endsWithKind(text) !== null && balanced(text);
}

/** A line that can be (part of) a title. */
function titleLike(line: Line): boolean {
  const t = line.text;
  if (t.length > MAX_TITLE_LENGTH || !/\p{Script=Han}/u.test(t)) return false;
  if (/[。！？；!?;|]|[：:]$|\t/u.test(t) || CHROME_LINE.test(t) || matchMarker(t) || t.startsWith('附件')) return false;
  if (isMetadataLine(t)) return false;
  if (t.endsWith(MASTHEAD_SUFFIX) || numberLine(t) || dateAt(t) !== null) return false;
  return !line.inProse || isComplete(t);
}

/**
 * Running text: a sentence, or a piece of a paragraph the normaliser joined — in a paragraph
 * long enough not to be a caption or note above the title (`…记者李森摄`).
 */
function isBody(line: Line): boolean {
  if (line.paragraphLength < MIN_PARAGRAPH || isMetadataLine(line.text)) return false;
  if (/[。！？!?]/u.test(line.text)) return true;
  // a number cut off a flattened header (`…的批复 国函〔2015〕141号 X：…`) is no sentence
  return line.inProse && !isComplete(line.text) && !/[：:]$/.test(line.text) && !numberLine(line.text);
}

function firstBodyLine(lines: Line[]): number {
  const i = lines.findIndex(isBody);
  return i < 0 ? lines.length : i;
}

/**
 * The first complete title above the body: consecutive title lines joined, the longest run
 * that ends with a kind. Without one, the first line when it stands alone (a bulletin's headline)
 * or reads as a headline though the copy ran it into the body (`…目标任务完成情况`).
 */
function findTitle(lines: Line[], to: number, skip: number): Layout['title'] {
  for (let i = 0; i < to; i++) {
    if (i === skip || !titleLike(lines[i])) continue;
    const run = titleRun(lines, i, to);
    if (run) return run;
  }
  // the page's metadata rows (`-索引号…`, `-文号`) may stand above the headline
  const first = lines.findIndex((l, i) => i !== skip && !isMetadataLine(l.text));
  if (first < 0 || first > to || !(titleLike(lines[first]) || headline(lines[first].text))) return null;
  return isComplete(lines[first].text) || standsAlone(lines, first) ? spanOf(lines, first, first) : null;
}

/** A table line that ends with a label and no value (`主题分类:`): its value is on the next line. */
function emptyLabel(line: Line | undefined): boolean {
  return !!line && isMetadataLine(line.text) && /[：:]$/u.test(line.text);
}

/**
 * A first line without a kind is a headline only if it is no piece of a paragraph a column
 * wrapped: not run on from the line before (a table cell's value, a sentence's second line), not
 * running on into the next (joined to it without a headline's ending, or the next opens with a
 * word that binds to the one before: `…奋斗目标` / `之后，…`), not the value of a table's label
 * left empty on the line above, and without the comma no title has.
 */
function standsAlone(lines: Line[], i: number): boolean {
  const { text, joined } = lines[i];
  const next = lines[i + 1];
  if (joined || /[，,]/u.test(text) || emptyLabel(lines[i - 1])) return false;
  if (next?.joined && !HEADLINE_ENDINGS.some((e) => text.replace(TITLE_TRAILERS, '').endsWith(e))) return false;
  return !(next && CONTINUATION_OPENERS.some((w) => next.text.startsWith(w)));
}

function headline(t: string): boolean {
  const bare = t.replace(TITLE_TRAILERS, '');
  // a clause of a sentence (`1-9月份，各地…推进情况`) is no headline
  if (!HEADLINE_ENDINGS.some((e) => bare.endsWith(e)) || [...t].length < MIN_TITLE_LENGTH || /[，,]/u.test(t)) return false;
  return titleLike({ text: t, start: 0, end: t.length, inProse: false, paragraphLength: t.length, joined: false });
}

function titleRun(lines: Line[], first: number, to: number): Layout['title'] {
  let best: Layout['title'] = null;
  let text = '';
  for (let j = first; j < Math.min(to, first + MAX_TITLE_LINES); j++) {
    const line = lines[j];
    if (!titleLike(line)) break;
    // inside a bracket the title goes on, however short the piece (`…（2021—` / `2025年）》的通知`)
    const open = !balanced(text);
    // a second copy of the title (web pages print it twice), or a title with its own issuer
    // under a masthead line, starts a run of its own
    if (j > first && !open && (repeatsStart(text, line.text) || (!hasLink(text) && issuerPrefix(line.text) !== null))) break;
    // dashes open a subtitle or a title of its own (`———关于…的函` under a headline)
    if (j > first && !open && TITLE_DECORATION.test(line.text)) break;
    if ([...line.text].length < 4 && !open && !isComplete(text + line.text)) break;
    text += line.text;
    if (text.length > MAX_TITLE_LENGTH) break;
    if (isComplete(text)) best = spanOf(lines, first, j);
  }
  return best;
}

function hasLink(text: string): boolean {
  return TITLE_LINKS.some((w) => text.includes(w));
}

/** The body a title names before its first `关于`/`印发`…, or null. */
export function issuerPrefix(title: string): string | null {
  const at = Math.min(...TITLE_LINKS.map((w) => title.indexOf(w)).filter((i) => i > 0));
  return Number.isFinite(at) && bodyName(title.slice(0, at)) ? title.slice(0, at) : null;
}

function repeatsStart(run: string, next: string): boolean {
  const n = Math.min(6, run.length, next.length);
  return n >= 4 && run.slice(0, n) === next.slice(0, n);
}

/** The lines as one title, without the dashes or bullet a page sets before it (`———关于…的函`). */
function spanOf(lines: Line[], first: number, last: number): NonNullable<Layout['title']> {
  const joined = lines.slice(first, last + 1).map((l) => l.text).join('');
  const lead = TITLE_DECORATION.exec(joined)?.[0].length ?? 0;
  return { text: joined.slice(lead), start: lines[first].start + lead, end: lines[last].end, firstLine: first, lastLine: last };
}

/** The enclosed document's title: the first title after the notice's date (and an `附件` line). */
function findEnclosedTitle(lines: Line[], from: number): Span | null {
  let i = from;
  while (i < lines.length && i < from + 2 && (DATE_LINE_NOTES.test(lines[i].text) || /^附件\d*$/.test(lines[i].text))) i++;
  const run = i < lines.length && titleLike(lines[i]) ? titleRun(lines, i, lines.length) : null;
  return run ? { text: run.text, start: run.start, end: run.end } : null;
}

// ---------------------------------------------------------------------------------------------
// 版头: masthead and document number

/** The 发文机关标志: the lines above the title down to one ending with 文件. */
function findMasthead(lines: Line[], before: number): Line[] {
  let last = -1;
  for (let i = Math.min(before, lines.length) - 1; i >= 0 && last < 0; i--) {
    const name = lines[i].text.replaceAll(MASTHEAD_SUFFIX, '');
    if (lines[i].text.endsWith(MASTHEAD_SUFFIX) && (name === '' || mastheadLine(name))) last = i;
  }
  if (last < 0) return [];
  // a name set over several lines: `南宁市人民政府` / `办公厅文件`, or joint names above one 文件
  let first = last;
  while (first > 0 && last - first < MAX_MASTHEAD_LINES - 1 && mastheadLine(lines[first - 1].text)) first--;
  const masthead = lines.slice(first, last + 1);
  return bodyName(mastheadName(masthead) ?? '') ? masthead : [];
}

function mastheadLine(t: string): boolean {
  return plainName(t) && !/\d/.test(t) && !HEADER_MARKS.includes(t);
}

/** The masthead names, without 文件: `楚雄彝族自治州文件 扶贫开发领导小组文件` → one name. */
export function mastheadName(masthead: Line[]): string | null {
  const name = masthead.map((l) => l.text).join('').split(MASTHEAD_SUFFIX).join('');
  return name || null;
}

/** A line that is only a document number (in brackets, after a label, or before 签发人). */
function numberLine(t: string): DocNumberMatch | null {
  const m = findDocNumbers(t)[0];
  if (!m) return null;
  const before = t.slice(0, m.start);
  if (before === '' || /^[（(]$/.test(before) || /^[\p{Script=Han} ]{0,6}[：:]$/u.test(before)) return m;
  // `（2018年10月9日 国办发〔2018〕91号）`, as gazettes print it under the title
  const date = /^[（(]/.test(before) ? dateAt(before) : null;
  return date && date.length === before.trimEnd().length ? m : null;
}

/**
 * A document number that shares its line with the title (`…的复函国办函〔2004〕80号`,
 * `…的通知（国办发〔2018〕129号）`, `国发〔2018〕39号国务院关于…`) is given a line of its own.
 * In the header, a line that reads as nothing alone is read again run on with the lines the
 * normaliser joined it to, as a column may wrap title, number and addressees anywhere.
 */
function splitAtNumbers(doc: Doc, lines: Line[]): Line[] {
  const out: Line[] = [];
  let header = true; // no sentence read yet: a flattened header may come
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (header) {
      const flatten = (l: Line) => flatHeader(l) ?? (out.length === 0 ? flatTitle(l) : null);
      const flat = readAcross(doc, lines, i, flatten);
      if (flat) {
        out.push(...flat.pieces);
        i = flat.last;
        header = false;
        continue;
      }
    }
    if (SENTENCE_END.test(line.text)) header = false;
    // only a line with a number runs on into its signature (`…国函〔1996〕38号中华人` / `民共和国国务院…`)
    const split = header && findDocNumbers(line.text).length > 0 ? readAcross(doc, lines, i, (l) => numberSplit(l)) : null;
    out.push(...(split?.pieces ?? numberSplit(line) ?? [line]));
    if (split) i = split.last;
  }
  return out;
}

/**
 * `read` on line i alone, else on it run on with the next lines of its normalised line (up to a
 * few): the pieces of the first reading that splits, and the last line it took. A line that is a
 * whole title does not run on (a page prints the title twice), nor into a line read alone.
 */
function readAcross(doc: Doc, lines: Line[], i: number, read: (line: Line) => Line[] | null): { pieces: Line[]; last: number } | null {
  const alone = read(lines[i]);
  if (alone) return { pieces: alone, last: i };
  if (isComplete(lines[i].text)) return null;
  for (let k = i + 1; k < lines.length && k < i + MAX_WRAPPED_HEADER_LINES && lines[k].joined; k++) {
    if (read(lines[k])) return null;
    const pieces = read(joinLines(doc, lines[i], lines[k]));
    if (pieces) return { pieces, last: k };
  }
  return null;
}

/** A line cut at the document numbers that open or end it (see splitAtNumbers), or null if none does. */
function numberSplit(line: Line): Line[] | null {
  const out: Line[] = [];
  let rest = line;
  const numbers = findDocNumbers(rest.text);
  const first = numbers[0];
  if (first && first.start === 0 && first.end < rest.text.length && !/^[（(]/.test(rest.text.slice(first.end))) {
    out.push(part(rest, 0, first.end));
    rest = part(rest, first.end, rest.text.length);
  }
  const last = (rest === line ? numbers : findDocNumbers(rest.text)).at(-1); // the line's numbers, unless cut
  const tail = last ? rest.text.slice(last.end) : '';
  const open = last && /[（(]$/.test(rest.text.slice(0, last.start)) && /^[）)]$/.test(tail) ? last.start - 1 : last?.start;
  if (last && open !== undefined && open > 0 && (tail === '' || /^[）)]$/.test(tail)) && !/[。；]/.test(rest.text)) {
    out.push(part(rest, 0, open), part(rest, open, rest.text.length));
  } else if (last && open !== undefined && open > 0 && !/[。；]/.test(rest.text) && signedTail(rest, last.end)) {
    // `…的批复 国函〔1997〕46号 中华人民共和国国务院 1997年6月10日`: title, number, signature and date
    out.push(part(rest, 0, open), part(rest, open, last.end), part(rest, last.end, rest.text.length));
  } else out.push(rest);
  return out.length > 1 ? out : null;
}

/** What follows a header's number on its line is the signing body, the date of issue, or both. */
function signedTail(line: Line, from: number): boolean {
  const tail = part(line, from, line.text.length);
  return bodyName(tail.text) || readDateLine(tail, -1) !== null;
}

/**
 * A web copy that ran title, number and addressees into the first line of the text:
 * `X关于…的批复 国函〔2015〕141号 云南省人民政府：你省…` → title, number, addressees, body.
 * The title must be complete and open as titles do (`X关于`, `关于`, `X印发`), not as a sentence
 * citing a document (`根据X关于…的意见 X〔2022〕14号要求`), and the addressees must be a list of bodies.
 */
function flatHeader(line: Line): Line[] | null {
  const t = line.text;
  const colon = t.search(/[：:]/u);
  const n = findDocNumbers(t)[0];
  if (colon < 0 || !n || n.end >= colon || /[。；;！？!?]/u.test(t.slice(0, colon))) return null;
  const split = titleEnd(t, n);
  if (split < 0 || !addressee(t.slice(n.end, colon))) return null;
  return [part(line, 0, split), part(line, split, n.end), part(line, n.end, colon + 1), part(line, colon + 1, t.length)]
    .filter((l) => l.text !== '');
}

/**
 * A whole notice on one line with no number (`X办公厅转发…的通知 各县、区人民政府，…： 2005年…`):
 * the longest complete title that opens as a title and runs straight into a list of addressees
 * ending with the first colon → title, addressees, body. Only for the text's first line.
 */
function flatTitle(line: Line): Line[] | null {
  const t = line.text;
  const colon = t.search(/[：:]/u);
  if (colon < 0 || /[。；;！？!?]/u.test(t.slice(0, colon))) return null;
  for (let at = Math.min(colon, MAX_TITLE_LENGTH); at >= MIN_TITLE_LENGTH; at--) {
    const title = t.slice(0, at).trimEnd();
    if (!isComplete(title) || /[，,]/u.test(title) || !opensTitle(title)) continue;
    if (!addressee(t.slice(at, colon)) || !/^\s*各/u.test(t.slice(at))) return null;
    return [part(line, 0, title.length), part(line, at, colon + 1), part(line, colon + 1, t.length)].map(trimmed).filter((l) => l.text !== '');
  }
  return null;
}

function trimmed(line: Line): Line {
  const lead = line.text.length - line.text.trimStart().length;
  return part(line, lead, lead + line.text.trim().length);
}

/**
 * Where the title before a number ends: at the number, or inside the code the reader took for
 * it when the title's kind ran into it (`…的函国办函〔2004〕80号` reads as code `函国办函`).
 */
function titleEnd(t: string, n: DocNumberMatch): number {
  for (let at = n.start; at <= n.start + n.agency.length - 2; at++) {
    const title = t.slice(0, at);
    if (isComplete(title) && !/[，,：:]/u.test(title) && [...title].length <= MAX_TITLE_LENGTH && opensTitle(title)) return at;
  }
  return -1;
}

function opensTitle(title: string): boolean {
  return (title.startsWith('关于') || issuerPrefix(title) !== null) && !CITING_WORDS.some((w) => title.startsWith(w));
}

function part(line: Line, from: number, to: number): Line {
  return { ...line, text: line.text.slice(from, to), start: line.start + from, end: line.start + to, joined: line.joined || from > 0 };
}

/** The table's 文号, when it is a document number and nothing else. */
function metadataNumber(metadata: Metadata): DocNumberMatch | null {
  for (const v of metadata.docNumber) {
    const m = findDocNumbers(v.text)[0];
    if (m && m.start === 0 && m.end === v.text.length) return { ...m, start: v.start, end: v.end };
  }
  return null;
}

/**
 * The table's 名称 wrapped by a column (`名称: | X关于做好防汛` / `工作的通知 |`): an incomplete
 * value that the joined next line completes takes that line's first cell in. Returns the index of
 * the line taken (no title of its own), or -1.
 */
function extendTitleCell(doc: Doc, lines: Line[], metadata: Metadata): number {
  for (const [k, v] of metadata.title.entries()) {
    const at = lines.findIndex((l) => l.end === v.end);
    const next = lines[at + 1];
    if (at < 0 || !next?.joined || isMetadataLine(next.text) || isComplete(v.text)) continue;
    const piece = /^[^|\t]*/u.exec(next.text)![0].trimEnd();
    const text = doc.text.slice(v.start, next.start + piece.length);
    if (text !== v.text + piece || !isComplete(text)) continue;
    metadata.title[k] = { ...v, text, end: next.start + piece.length };
    return at + 1;
  }
  return -1;
}

/** The table's 名称/标题 when it is a complete title (it ends with a kind). */
function metadataTitle(lines: Line[], metadata: Metadata): Layout['title'] {
  const v = metadata.title.find((t) => isComplete(t.text));
  if (!v) return null;
  const first = lines.findIndex((l) => l.start <= v.start && v.start < l.end);
  const last = lines.findIndex((l) => l.start < v.end && v.end <= l.end); // a cell run on (extendTitleCell)
  return { ...v, firstLine: first, lastLine: last };
}

/**
 * The 文号 of a metadata table the page prints after the text, its labels in one row and the
 * values under them (`索引号 文号 发布机构 …` / `N001-2011-000627 宛政〔2011〕7号`): the first
 * number in the rows right under a label row that has a 文号 column.
 */
function trailingTableNumber(lines: Line[], bodyLine: number): DocNumberMatch | null {
  for (let i = Math.max(bodyLine, lines.length - TRAILING_TABLE_LINES); i < lines.length; i++) {
    if (!labelRow(lines[i].text)) continue;
    for (const line of lines.slice(i + 1, i + 1 + TABLE_VALUE_ROWS)) {
      const m = findDocNumbers(line.text)[0];
      if (m) return { ...m, start: m.start + line.start, end: m.end + line.start };
    }
  }
  return null;
}

function findOwnNumber(lines: Line[], to: number): DocNumberMatch | null {
  for (let i = 0; i < Math.min(to, lines.length); i++) {
    const m = numberLine(lines[i].text);
    if (m) return { ...m, start: m.start + lines[i].start, end: m.end + lines[i].start };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// 主送

function findRecipients(doc: Doc, lines: Line[], from: number, to = from + RECIPIENT_WINDOW): Layout['recipients'] {
  for (let i = from; i < Math.min(to, lines.length); i++) {
    const t = lines[i].text;
    if (t.startsWith(RECIPIENT_LABEL) && /^.{2}[：:]/.test(t)) {
      const text = t.slice(3).replace(/[：:。]$/, '');
      return { text, start: lines[i].start + 3, end: lines[i].start + 3 + text.length, line: i };
    }
    if (/[：:]$/.test(t) && !/[。；]/.test(t) && !NOT_RECIPIENTS.some((w) => t.startsWith(w)) && !isMetadataLine(t) && addressee(t.slice(0, -1))) {
      // a long list broken over lines: its first lines end without the colon
      let first = i;
      while (first > from && continuesList(doc, lines[first - 1], lines[first])) first--;
      const start = lines[first].start;
      const text = lines.slice(first, i + 1).map((l) => l.text).join('').slice(0, -1);
      return { text, start, end: lines[i].end - 1, line: i };
    }
    if (isBody(lines[i])) break;
  }
  return null;
}

/** The last entry of a 主送 list names a body or a person (`各直属机构`, `张三代表`), not a page label. */
function addressee(list: string): boolean {
  const last = list.split(/[，,、]/u).at(-1)!.trim();
  return last.length >= 2 && (bodyName(last) || ADDRESSEE_ENDINGS.some((e) => last.endsWith(e)));
}

/** `prev` is an earlier piece of the list that `line` ends: the same paragraph, or a list left open. */
function continuesList(doc: Doc, prev: Line, line: Line): boolean {
  if (numberLine(prev.text) || /[：:。|\t]/.test(prev.text) || CHROME_LINE.test(prev.text) || dateAt(prev.text) || isMetadataLine(prev.text)) return false;
  return !doc.text.slice(prev.end, line.start).includes('\n') || /[，、,]$/.test(prev.text);
}

// ---------------------------------------------------------------------------------------------
// Signature and date of issue

/** A full date (year, month, day) at the start of a string, or null. */
function dateAt(t: string): DateReading | null {
  const s = t.replace(SUBTITLE_OPENER, '');
  if (!/^[0-9〇○零一二]/.test(s)) return null;
  const d = readDate(s, { referenceYear: null, documentDate: null });
  return d && d.granularity === 'day' && d.start && !d.yearInferred ? { ...d, length: d.length + (t.length - s.length) } : null;
}

const DATE_DIGIT = /[0-9〇○零一二]/;
const SENTENCE_ENDS = '。！？!?';
/** `附件：`/`附：` inside a line, where a text run into one line goes on to its attachment. */
const ATTACHMENT_LABEL = /附件?\d*[：:]/gu;
const SENTENCE_END = new RegExp(`[${SENTENCE_ENDS}]`, 'u');

/**
 * A line that gives the date of issue: the date alone, or after the signing body, or as a
 * subtitle (`（2026年1月27日在…会议上）`); a note may follow (`（此件公开发布）`). The 版记's
 * `…印发` date is the printing date, never the date of issue.
 */
function readDateLine(line: Line, index: number): DateLine | null {
  const t = line.text;
  if (!DATE_DIGIT.test(t)) return null; // a date starts with one of these: most lines have none
  let named = 0; // characters of the prefix but spaces: past a name's longest, no signature can come
  for (let at = 0; at < t.length; at++) {
    if (at > 0 && !/\s/.test(t[at - 1]) && ++named > MAX_NAME) break;
    if (at > 0 && !DATE_DIGIT.test(t[at])) continue;
    const prefix = t.slice(0, at);
    if (at > 0 && !bodyName(prefix)) continue;
    const d = dateAt(t.slice(at));
    if (!d) continue;
    const rest = t.slice(at + d.length);
    if (PRINTED_WORDS.some((w) => rest.startsWith(w))) return null;
    const opener = SUBTITLE_OPENER.exec(t.slice(at))?.[0] ?? '';
    const ok = rest === '' || DATE_LINE_NOTES.test(rest) || (at === 0 && opener !== '' && subtitleRest(opener, rest));
    if (!ok) return null;
    const start = line.start + at + opener.length;
    const end = line.start + at + d.length;
    const signature = at > 0 ? { text: prefix, start: line.start, end: line.start + at } : null;
    return { text: t.slice(start - line.start, end - line.start), start, end, date: d, signature, line: index };
  }
  return null;
}

/** What follows the date of a subtitle: `（2026年1月27日在…会议上）`, `——2024年1月23日在…会议上`. */
function subtitleRest(opener: string, rest: string): boolean {
  return /^[（(]$/.test(opener) ? /[）)]$/.test(rest) : /^在/.test(rest);
}

/**
 * The first date line after the title that closes something: signed, or followed by no running
 * text (the end, a note, the enclosed title, the 版记) — not a date standing alone in a timeline.
 */
function findDateLine(lines: Line[], from: number): DateLine | null {
  for (let i = from; i < lines.length; i++) {
    const d = readDateLine(lines[i], i);
    if (!d) continue;
    const next = lines[i + 1];
    if (d.signature || findSignature(lines, i).length > 0 || !next || !isBody(next)) return d;
  }
  return null;
}

/**
 * A date run on to the last sentence of the body (`…作出更大贡献。二○○五年二月七日`): the
 * date of issue when it ends that line, a signing body allowed before it, and no running text
 * follows (only the 版记 or the page's table).
 */
function closingDate(lines: Line[]): DateLine | null {
  let last = lines.length - 1;
  while (last >= 0 && !isBody(lines[last])) last--;
  if (last < 0) return null;
  const line = lines[last];
  const end = Math.max(...[...SENTENCE_ENDS].map((c) => line.text.lastIndexOf(c)));
  if (end < 0 || end === line.text.length - 1) return null;
  let at = end + 1;
  while (line.text[at] === ' ') at++;
  return readDateLine(part(line, at, line.text.length), last);
}

/**
 * A text run into one line: the date between the body's last sentence and the attachment
 * (`…见到实效。 二○○五年十一月二十一日 附：关于…`).
 */
function dateBeforeAttachment(lines: Line[], from: number): DateLine | null {
  for (let i = from; i < lines.length; i++) {
    const t = lines[i].text;
    for (const m of t.matchAll(ATTACHMENT_LABEL)) {
      const before = t.slice(0, m.index).trimEnd();
      const end = Math.max(...[...SENTENCE_ENDS].map((c) => before.lastIndexOf(c)));
      if (end < 0) continue;
      const piece = trimmed(part(lines[i], end + 1, before.length));
      const d = piece.text ? readDateLine(piece, i) : null;
      if (d) return d;
    }
  }
  return null;
}

function findSignature(lines: Line[], dateLine: number): Line[] {
  const out: Line[] = [];
  for (let i = dateLine - 1; i >= 0 && out.length < MAX_SIGNATURE_LINES; i--) {
    if (!plainName(lines[i].text) || !bodyName(lines[i].text)) break;
    out.unshift(lines[i]);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Names of bodies

const MAX_NAME = 80;

/** Text with no punctuation of a sentence or list: a name, or names side by side. */
function plainName(t: string): boolean {
  return t.length >= 2 && t.length <= MAX_NAME && /^[\p{Script=Han}（）()“”0-9 ]+$/u.test(t) && !matchMarker(t) && !t.startsWith('附件');
}

/** A plain name that ends like the name of a body (`…领导小组`, `…局`, `…等4部门`). */
export function bodyName(t: string): boolean {
  const s = t.replace(/\s+/g, '');
  return plainName(s) && BODY_ENDINGS.some((e) => s.endsWith(e));
}
