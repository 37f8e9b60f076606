// Character classes for scanners that test every position of a text. `text[i]` makes a new
// one-character string for each Chinese character, and a regex or a Set lookup then hashes it;
// a table indexed by the UTF-16 code unit answers without either.

export class CharClass {
  private readonly table = new Uint8Array(0x10000);

  /** `chars`: the members, each one UTF-16 code unit (a longer one could never equal `text[i]`). */
  constructor(chars: Iterable<string>) {
    for (const c of chars) {
      if (c.length !== 1) throw new Error(`CharClass: '${c}' is not one UTF-16 code unit`);
      this.table[c.charCodeAt(0)] = 1;
    }
  }

  /** Whether the code unit at `i` is a member (false past either end of the text). */
  at(text: string, i: number): boolean {
    const code = text.charCodeAt(i);
    return code === code && this.table[code] === 1; // NaN past the end
  }

  /** Whether `c` (a one-character string, or undefined) is a member. */
  has(c: string | undefined): boolean {
    return c !== undefined && c.length === 1 && this.table[c.charCodeAt(0)] === 1;
  }
}

/** The ASCII digits 0-9. */
export function isAsciiDigitAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return code >= 0x30 && code <= 0x39;
}

/**
 * The words of a table grouped by their first code unit, each group in the table's order: a
 * scanner asks only the few words that can start at a position, not the whole table.
 */
export class WordTable {
  private readonly byFirst = new Map<number, string[]>();

  constructor(words: Iterable<string>) {
    for (const w of words) {
      if (w.length === 0) throw new Error('WordTable: empty word');
      const group = this.byFirst.get(w.charCodeAt(0));
      if (group) group.push(w);
      else this.byFirst.set(w.charCodeAt(0), [w]);
    }
  }

  /** The words whose first unit is the one at `at` (`at` ≥ 0), in the table's order; not yet checked further. */
  candidatesAt(text: string, at: number): readonly string[] {
    return this.byFirst.get(text.charCodeAt(at)) ?? NO_WORDS;
  }

  /** The first word of the table, in its order, that the text has at `at` (`at` ≥ 0). */
  matchAt(text: string, at: number): string | undefined {
    for (const w of this.candidatesAt(text, at)) if (text.startsWith(w, at)) return w;
    return undefined;
  }
}

const NO_WORDS: readonly string[] = [];
