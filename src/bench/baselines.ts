// What the pipeline is compared with on the same files: reading and hashing them (the floor
// any incremental run pays) and nodejieba's `cut` alone (the cost of just finding the words).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import nodejieba from 'nodejieba';
import { decodeText } from '../ingest/decode.js';
import { DOMAIN_WORDS } from '../segment/domain-words.js';

export interface Timing {
  chars: number;
  ms: number;
}

export function readAndHash(files: string[]): Timing {
  const t = performance.now();
  for (const file of files) createHash('sha256').update(readFileSync(file)).digest('hex');
  return { chars: 0, ms: performance.now() - t };
}

/** The decoded text of each file, read before the clock starts. */
export function decodedTexts(files: string[]): string[] {
  return files.map((file) => decodeText(readFileSync(file)).text);
}

/** `cut` with the HMM, as the pipeline calls it, after the dictionary is loaded. */
export function jiebaCut(texts: string[]): Timing {
  nodejieba.cut('预热词典'); // loads nodejieba's dictionary outside the timing
  for (const w of DOMAIN_WORDS) nodejieba.insertWord(w); // as gongwen cuts
  let chars = 0;
  const t = performance.now();
  for (const text of texts) {
    nodejieba.cut(text, true);
    chars += text.length;
  }
  return { chars, ms: performance.now() - t };
}
