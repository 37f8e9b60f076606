// Offsets: the pipeline works in UTF-16 indices; export-v1 counts code points.

/** Maps UTF-16 offsets of `text` to code-point offsets (cheap when the text has no astral characters). */
export function codePointMapper(text: string): (utf16: number) => number {
  if (!/[\uD800-\uDBFF]/.test(text)) return (i) => i;
  const prefix = new Int32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    prefix[i] = cp;
    if (isPairAt(text, i)) {
      prefix[i + 1] = cp; // a low surrogate maps to its pair's start
      i++;
    }
    cp++;
  }
  prefix[text.length] = cp;
  return (i) => prefix[i];
}

/** Maps code-point offsets back to UTF-16 offsets. */
export function utf16Mapper(text: string): (cp: number) => number {
  if (!/[\uD800-\uDBFF]/.test(text)) return (i) => i;
  const starts: number[] = [];
  for (let i = 0; i < text.length; i++) {
    starts.push(i);
    if (isPairAt(text, i)) i++;
  }
  starts.push(text.length);
  return (cp) => starts[Math.min(cp, starts.length - 1)];
}

/** A high surrogate followed by a low one: one code point. A lone surrogate counts alone, as `[...text]` does. */
function isPairAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return false;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff;
}
