// The name index: every form of every place (names.ts) and the irregular aliases, keyed by the
// form, with a character trie for scanning text in one pass (longest match, no per-name regex).
import { allPlaces, placeOf, townshipsUnder, type Place } from './gazetteer.js';
import { IRREGULAR_ALIASES } from './aliases.js';
import { nameForms, type FormKind } from './names.js';
import { RELATIVE_LEVELS, RELATIVE_PREFIXES } from './words.js';

export interface NameEntry {
  place: Place;
  kind: FormKind;
}

const NONE: readonly string[] = [];

interface TrieNode {
  /** children by UTF-16 code unit: formsAt runs at every position of the text, and a code needs no one-character string */
  next: Map<number, TrieNode>;
  /** the form ending at this node, if any */
  key: string | null;
}

const PAIR_HASHES = 1 << 16;
const pairHash = (a: number, b: number) => (a * 31 + b) & (PAIR_HASHES - 1); // NaN (past the end) gives 0: a harmless false hit at worst
const setBit = (bits: Uint32Array, i: number) => {
  bits[i >> 5] |= 1 << (i & 31);
};
const hasBit = (bits: Uint32Array, i: number) => (bits[i >> 5] & (1 << (i & 31))) !== 0;

export class NameIndex {
  readonly entries = new Map<string, NameEntry[]>();
  private readonly root: TrieNode = { next: new Map(), key: null };
  /** one bit per UTF-16 code unit that begins a form: most positions of a text are turned away by it */
  private readonly firstUnits = new Uint32Array(0x10000 >> 5);
  /**
   * one bit per hash of the first two units of a form: a third of the positions of a text pass
   * the first test, a hundredth this one (a collision only costs the trie's lookups)
   */
  private readonly firstPairs = new Uint32Array(PAIR_HASHES >> 5);
  /** a form of one unit, which the pair test would miss */
  private hasSingles = false;

  add(form: string, entry: NameEntry): void {
    const list = this.entries.get(form);
    if (list) {
      if (!list.some((e) => e.place.code === entry.place.code)) list.push(entry);
      return;
    }
    this.entries.set(form, [entry]);
    const first = form.charCodeAt(0);
    setBit(this.firstUnits, first);
    if (form.length === 1) this.hasSingles = true;
    else setBit(this.firstPairs, pairHash(first, form.charCodeAt(1)));
    let node = this.root;
    for (let i = 0; i < form.length; i++) {
      const ch = form.charCodeAt(i); // UTF-16 units, as formsAt reads the text
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { next: new Map(), key: null }));
      node = child;
    }
    node.key = form;
  }

  lookup(form: string): NameEntry[] {
    return this.entries.get(form) ?? [];
  }

  /** Forms of the index that start at `at` in `text`, longest first. */
  formsAt(text: string, at: number): readonly string[] {
    const first = text.charCodeAt(at);
    if (!hasBit(this.firstUnits, first)) return NONE; // most positions: no name starts here
    if (!this.hasSingles && !hasBit(this.firstPairs, pairHash(first, text.charCodeAt(at + 1)))) return NONE;
    let node: TrieNode | undefined = this.root.next.get(first);
    if (!node) return NONE;
    const found: string[] = node.key ? [node.key] : [];
    for (let i = at + 1; i < text.length; i++) {
      node = node.next.get(text.charCodeAt(i));
      if (!node) break;
      if (node.key) found.push(node.key);
    }
    return found.reverse();
  }
}

/** `全州`, `本市`… are relative words, not the bare stem of a county (`全州县`). */
const RELATIVE_WORD = new RegExp(`^(${RELATIVE_PREFIXES.join('|')})(${RELATIVE_LEVELS.join('|')})$`);

function indexPlaces(places: readonly Place[], index: NameIndex): NameIndex {
  for (const place of places) {
    for (const { form, kind } of nameForms(place)) {
      if (kind === 'stem' && RELATIVE_WORD.test(form)) continue;
      index.add(form, { place, kind });
    }
  }
  return index;
}

let main: NameIndex | null = null;

/** Index of province, prefecture and county names (built on first use, a few tens of ms). */
export function nameIndex(): NameIndex {
  if (main) return main;
  main = indexPlaces(allPlaces(), new NameIndex());
  for (const [form, code] of Object.entries(IRREGULAR_ALIASES)) {
    const place = placeOf(code);
    if (place) main.add(form, { place, kind: 'short' });
  }
  return main;
}

const townIndexes = new Map<string, NameIndex>();

/** Index of the township names under a place (built per place on first use). */
export function townshipIndex(code: string): NameIndex {
  let index = townIndexes.get(code);
  if (!index) townIndexes.set(code, (index = indexPlaces(townshipsUnder(code), new NameIndex())));
  return index;
}
