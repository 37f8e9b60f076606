// A page's text from its positioned text runs, in reading order. Word processors and PDF
// printers often write a line as several runs (a number in another font, a change of spacing)
// and do not always write them in the order they are read: a run of the line's end before its
// start, a text box (the signature, the date) after the body, the page number first. Reading
// the runs in stream order then cuts lines into tab-separated pieces and sentences in two, so
// the runs are put on lines by their baseline, the lines read top to bottom and each line left
// to right. Government documents are set in one column, so this is their reading order. A page
// whose text runs down or up (a landscape table set on a portrait page) is read in its own frame.

/** A run of text where pdf.js placed it: `x`, `y` from the page's top left, in points. */
export interface Run {
  text: string;
  x: number;
  y: number;
  /** the direction the text runs in, a unit vector in the same frame (`[1, 0]`: left to right) */
  dir: [number, number];
  /** advance width of the run */
  width: number;
  /** font size (the height of its line) */
  size: number;
}

/** Runs whose baselines differ by less than this share of the larger font size are one line (sub/superscripts included). */
const SAME_LINE = 0.5;
/** A gap wider than this between two runs of a line separates cells, as pdf-parse's `cellThreshold` did. */
const CELL_GAP = 7;
/** A run drawn again within this share of its size of where it was drawn (a fake bold, a shadow) is one run. */
const SAME_PLACE = 0.2;

/** The page's text: its lines top to bottom joined by `\n`, the runs of a line by nothing or, across a wide gap, a tab. */
export function pageText(runs: Run[]): string {
  const kept = runs.filter((r) => r.text !== '');
  const main = mainDirection(kept);
  const [body, aside] = partition(kept, (r) => directionKey(r.dir) === directionKey(main));
  // text at another angle (a diagonal watermark, a stamp's ring, a turned margin note) would land
  // between the body's lines by position: it follows them, in the order it was written
  const lines = linesOf(inFrame(body, main)).map(lineText);
  if (aside.length) lines.push(aside.map((r) => r.text).join(''));
  return lines.join('\n');
}

const directionKey = (dir: [number, number]) => `${Math.round(dir[0])},${Math.round(dir[1])}`;

function partition<T>(items: T[], test: (item: T) => boolean): [T[], T[]] {
  const yes: T[] = [];
  const no: T[] = [];
  for (const item of items) (test(item) ? yes : no).push(item);
  return [yes, no];
}

/** The direction most of the page's characters run in, to the nearest quarter turn. */
function mainDirection(runs: Run[]): [number, number] {
  const count = new Map<string, number>();
  for (const r of runs) {
    const key = directionKey(r.dir);
    count.set(key, (count.get(key) ?? 0) + r.text.length);
  }
  const [best] = [...count].sort((a, b) => b[1] - a[1])[0] ?? ['1,0'];
  const [dx, dy] = best.split(',').map(Number) as [number, number];
  return dx === 0 && dy === 0 ? [1, 0] : [dx, dy];
}

/** The runs' positions turned so that `dir` runs left to right (lines then go down the page as `y` grows). */
function inFrame(runs: Run[], [dx, dy]: [number, number]): Run[] {
  if (dx === 1 && dy === 0) return runs;
  return runs.map((r) => ({ ...r, x: r.x * dx + r.y * dy, y: r.y * dx - r.x * dy }));
}

/** Runs grouped by baseline, top to bottom; each line's runs left to right. */
function linesOf(runs: Run[]): Run[][] {
  const byY = [...runs].sort((a, b) => a.y - b.y);
  const lines: { y: number; size: number; runs: Run[] }[] = [];
  for (const run of byY) {
    const line = lines.at(-1);
    if (line && Math.abs(run.y - line.y) < SAME_LINE * Math.max(line.size, run.size)) line.runs.push(run);
    else lines.push({ y: run.y, size: run.size || 1, runs: [run] });
  }
  return lines.map((l) => dropRedrawn(l.runs.sort((a, b) => a.x - b.x)));
}

function dropRedrawn(runs: Run[]): Run[] {
  return runs.filter((r, i) => (i === 0 || !redraws(r, runs[i - 1]!)) && !(isBlank(r) && overlapsText(r, runs)));
}

const isBlank = (r: Run) => r.text.trim() === '';

/**
 * pdf.js bridges a jump forward in the stream with a space run as wide as the jump; when runs
 * written later fill that room, the space lies over them and is no gap.
 */
function overlapsText(space: Run, runs: Run[]): boolean {
  const end = space.x + space.width;
  return runs.some((r) => !isBlank(r) && r.x < end - 1 && r.x + r.width > space.x + 1);
}

function redraws(run: Run, before: Run): boolean {
  return run.text === before.text && Math.abs(run.x - before.x) < SAME_PLACE * run.size;
}

function lineText(runs: Run[]): string {
  let text = '';
  runs.forEach((run, i) => {
    const prev = runs[i - 1];
    if (prev && run.x - (prev.x + prev.width) > CELL_GAP) text += '\t';
    text += run.text;
  });
  return text;
}
