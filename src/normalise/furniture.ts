// Page furniture: the page numbers a PDF text layer leaves on lines of their own. A decorated
// number (`- 3 -`, `·3·`, `第3页 共9页`, `3/9`) is always one; a bare `5` may also be a table cell
// or a list number, so it is one only where it fits the document's run of page numbers.
import { applyEdits, type Edit, type MappedText } from './mapped.js';

const DECORATED = /^(?:[-—–－]\s*(\d{1,4})\s*[-—–－]|[·•]\s*(\d{1,4})\s*[·•]|第\s*(\d{1,4})\s*页(?:\s*[，,]?\s*共\s*\d{1,4}\s*页)?|(\d{1,4})\s*\/\s*\d{1,4})$/;
const BARE = /^(\d{1,3})$/;
/** Text between two page numbers: at least a short page's worth. */
const MIN_PAGE_CHARS = 300;
/** How many page-number lines around one to look at for its neighbour in the run. */
const LOOK = 4;

interface PageLine {
  start: number;
  end: number;
  page: number;
  decorated: boolean;
}

function pageLines(text: string): PageLine[] {
  const found: PageLine[] = [];
  const re = /^[ \t]*(\S(?:.*\S)?)[ \t]*$/gm;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[1].length > 16) continue;
    const d = DECORATED.exec(m[1]);
    const b = d ? null : BARE.exec(m[1]);
    if (!d && !b) continue;
    const page = Number(d ? d.slice(1).find((g) => g !== undefined) : b![1]);
    found.push({ start: m.index, end: m.index + m[0].length, page, decorated: d !== null });
  }
  return found;
}

/** Page `a` comes a page or two before page `b`, a page's worth of text earlier. */
function precedes(a: PageLine, b: PageLine): boolean {
  return b.page - a.page >= 1 && b.page - a.page <= 2 && b.start - a.end >= MIN_PAGE_CHARS;
}

/** The first page is seldom numbered: the text's start stands for it, before the first page-number line. */
const FIRST_PAGE: PageLine = { start: 0, end: 0, page: 1, decorated: true };

function inRun(lines: PageLine[], i: number): boolean {
  if (i === 0 && lines[0].page === 2 && precedes(FIRST_PAGE, lines[0])) return true;
  for (let k = 1; k <= LOOK; k++) {
    if (i - k >= 0 && precedes(lines[i - k], lines[i])) return true;
    if (i + k < lines.length && precedes(lines[i], lines[i + k])) return true;
  }
  return false;
}

export function dropPageFurniture(t: MappedText): MappedText {
  const lines = pageLines(t.text);
  const edits: Edit[] = [];
  lines.forEach((l, i) => {
    if (l.decorated || inRun(lines, i)) edits.push({ start: l.start, end: l.end, replacement: '' });
  });
  return applyEdits(t, edits);
}
