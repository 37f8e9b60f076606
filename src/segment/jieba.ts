// The word cutter behind words.ts: jieba, through gongwen's own binding (native/jieba) when it is
// built, else through nodejieba. Both run the same cppjieba code on the same dictionaries and cut
// alike. The binding exists for speed: nodejieba builds two copies of the dictionary in every
// thread (about 0.7 s of CPU each time, most of a small run's start), the binding one copy for the
// whole process, on a thread of its own, so extraction starts while it loads.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import nodejieba from 'nodejieba';
import { DOMAIN_WORDS } from './domain-words.js';

interface Binding {
  load(dict: string, hmm: string, userDict: string, words: string[]): boolean;
  cutEnds(text: string): Uint32Array;
  /** word, tag, word, tag, … */
  tag(text: string): string[];
}

export interface Tagged {
  word: string;
  tag: string;
}

const require = createRequire(import.meta.url);

/** native/jieba's build, from src/segment (tsx) or dist/src/segment (compiled). */
function findBinding(): Binding | undefined {
  for (const up of ['../../', '../../../']) {
    const file = fileURLToPath(new URL(`${up}native/jieba/build/Release/gongwen_jieba.node`, import.meta.url));
    if (existsSync(file)) return require(file) as Binding;
  }
  return undefined;
}

const binding = process.env.GONGWEN_JIEBA === 'nodejieba' ? undefined : findBinding();

/** Which cutter this process uses (`gongwen_jieba` or `nodejieba`). */
export const cutterName = binding ? 'gongwen_jieba' : 'nodejieba';

let started = false;

/**
 * Starts loading the dictionary (with gongwen's domain words) if no thread of this process has;
 * with the binding it returns at once, and the first cut waits for what is left of the load.
 */
export function startDictionary(): void {
  if (started) return;
  started = true;
  if (binding) {
    const dict = (name: string) => join(dirname(require.resolve('nodejieba/package.json')), 'submodules/cppjieba/dict', name);
    binding.load(dict('jieba.dict.utf8'), dict('hmm_model.utf8'), dict('user.dict.utf8'), DOMAIN_WORDS);
    return;
  }
  // jieba's keyword tables, which gongwen never uses, as small stand-ins
  nodejieba.load({ idfDict: keywordTable('idf.utf8'), stopWordDict: keywordTable('stop_words.utf8') });
  for (const w of DOMAIN_WORDS) nodejieba.insertWord(w);
}

/** A file of ./jieba beside this module's source (dist/ runs find it under src/). */
function keywordTable(name: string): string {
  const beside = fileURLToPath(new URL(`./jieba/${name}`, import.meta.url));
  return existsSync(beside) ? beside : fileURLToPath(new URL(`../../../src/segment/jieba/${name}`, import.meta.url));
}

/** Where each word of jieba's cut of `text` ends (UTF-16 offsets); the words are consecutive. */
export function cutEnds(text: string): ArrayLike<number> {
  startDictionary();
  return binding ? binding.cutEnds(text) : endsOf(nodejieba.cut(text, true), text);
}

/** jieba's cut of `text` with parts of speech. */
export function tag(text: string): Tagged[] {
  startDictionary();
  if (!binding) return nodejieba.tag(text) as Tagged[];
  const flat = binding.tag(text);
  const tagged: Tagged[] = [];
  for (let i = 0; i < flat.length; i += 2) tagged.push({ word: flat[i]!, tag: flat[i + 1]! });
  return tagged;
}

/**
 * Word ends from nodejieba's pieces, which are consecutive substrings of the text except where
 * jieba altered a character (a lone surrogate comes back as U+FFFD): such a piece is skipped, so
 * that no word is misplaced, and the next one is looked for further on.
 */
function endsOf(pieces: string[], text: string): number[] {
  const ends: number[] = [];
  let cursor = 0;
  for (const piece of pieces) {
    const at = text.startsWith(piece, cursor) ? cursor : text.indexOf(piece, cursor);
    if (at < 0) continue;
    if (at > cursor) ends.push(at); // the skipped stretch, as one piece
    cursor = at + piece.length;
    ends.push(cursor);
  }
  return ends;
}
