// Text with a map back to the raw text: every normalisation pass is a list of edits, and the
// map is carried through each pass so that any normalised offset finds its raw offset.

export interface MappedText {
  text: string;
  /** map[i] = raw offset of text offset i; length text.length + 1 */
  map: Int32Array;
}

export interface Edit {
  start: number;
  end: number;
  replacement: string;
}

export function identity(raw: string): MappedText {
  const map = new Int32Array(raw.length + 1);
  for (let i = 0; i <= raw.length; i++) map[i] = i;
  return { text: raw, map };
}

/** Applies sorted, non-overlapping edits; inserted characters map to the raw offset of what they replace. */
export function applyEdits(input: MappedText, edits: Edit[]): MappedText {
  if (edits.length === 0) return input;
  const parts: string[] = [];
  let outLength = input.text.length;
  for (const e of edits) outLength += e.replacement.length - (e.end - e.start);
  const map = new Int32Array(outLength + 1);
  let out = 0;
  let pos = 0;
  for (const e of edits) {
    if (e.start < pos) throw new Error(`overlapping edits at ${e.start}`);
    parts.push(input.text.slice(pos, e.start));
    for (let i = pos; i < e.start; i++) map[out++] = input.map[i];
    parts.push(e.replacement);
    for (let i = 0; i < e.replacement.length; i++) {
      // a one-for-one replacement keeps each character's own origin
      const src = e.replacement.length === e.end - e.start ? e.start + i : e.start;
      map[out++] = input.map[src];
    }
    pos = e.end;
  }
  parts.push(input.text.slice(pos));
  for (let i = pos; i < input.text.length; i++) map[out++] = input.map[i];
  map[out] = input.map[input.text.length];
  return { text: parts.join(''), map };
}

/** Edits from every match of a global regex; `replace` returns the replacement or null to keep the match. */
export function editsFor(text: string, re: RegExp, replace: (m: RegExpExecArray) => string | null): Edit[] {
  const edits: Edit[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const r = replace(m);
    if (r !== null && r !== m[0]) edits.push({ start: m.index, end: m.index + m[0].length, replacement: r });
  }
  return edits;
}

export function rewrite(input: MappedText, re: RegExp, replace: (m: RegExpExecArray) => string | null): MappedText {
  return applyEdits(input, editsFor(input.text, re, replace));
}
