// The benchmark corpus: documents of realistic size (5–50 KB) made from the seeds and the
// development set, their paragraphs recombined and their figures varied by a seeded PRNG so
// that no two documents are alike. Generated on demand, never committed.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingestFile } from '../ingest/index.js';
import { listInputs } from '../ingest/walk.js';

export interface Corpus {
  dir: string;
  files: string[];
  bytes: number;
  chars: number;
}

interface SourceText {
  head: string[];
  body: string[];
  tail: string[];
}

const MANIFEST = 'manifest.json';
const FILES_PER_DIR = 500;
const MIN_DOC = 5 * 1024;
const MAX_DOC = 50 * 1024;

/** mulberry32: small, fast, and the same sequence on every machine for a seed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Builds (or reuses, when a finished one of the same size and seed is there) a corpus of about
 * `bytes` bytes of UTF-8 text under `root`.
 */
export async function buildCorpus(sources: string[], root: string, bytes: number, seed = 1): Promise<Corpus> {
  const dir = join(root, `${Math.round(bytes / 1024)}KB-seed${seed}`);
  const manifest = join(dir, MANIFEST);
  if (existsSync(manifest)) return { dir, ...(JSON.parse(readFileSync(manifest, 'utf8')) as Omit<Corpus, 'dir'>) };
  rmSync(dir, { recursive: true, force: true });
  const texts = await loadSources(sources);
  const random = prng(seed);
  const seen = new Set<string>();
  const corpus: Corpus = { dir, files: [], bytes: 0, chars: 0 };
  while (corpus.bytes < bytes) {
    const text = composeDocument(texts, random);
    const data = Buffer.from(text, 'utf8');
    const hash = createHash('sha256').update(data).digest('hex');
    if (seen.has(hash)) continue;
    seen.add(hash);
    const n = corpus.files.length;
    const sub = join(dir, String(Math.floor(n / FILES_PER_DIR)).padStart(4, '0'));
    if (n % FILES_PER_DIR === 0) mkdirSync(sub, { recursive: true });
    const file = join(sub, `notice-${String(n).padStart(7, '0')}.txt`);
    writeFileSync(file, data);
    corpus.files.push(file);
    corpus.bytes += data.length;
    corpus.chars += text.length;
  }
  writeFileSync(manifest, JSON.stringify({ files: corpus.files, bytes: corpus.bytes, chars: corpus.chars }));
  return corpus;
}

/** The source documents as text, cut into head (title, number, addressees), body blocks and tail (issuer, date). */
async function loadSources(paths: string[]): Promise<SourceText[]> {
  const { files } = await listInputs(paths);
  const texts: SourceText[] = [];
  for (const file of files) {
    const raw = (await ingestFile(file)).raw;
    const blocks = paragraphs(raw);
    if (blocks.length < 8) continue;
    texts.push({ head: blocks.slice(0, 2), body: blocks.slice(2, -2), tail: blocks.slice(-2) });
  }
  if (texts.length === 0) throw new Error(`no source text for the benchmark corpus in ${paths.join(', ')}`);
  return texts;
}

/**
 * Paragraph blocks: text up to a sentence end at the end of a line. PDF-extracted seeds break
 * lines inside paragraphs, so a bare line break is no boundary; heading lines (no 。) join the
 * block that follows them.
 */
export function paragraphs(text: string): string[] {
  return text
    .split(/(?<=[。；！？])[ \t\u3000]*\r?\n/u)
    .map((b) => b.replace(/^\s*\n/, ''))
    .filter((b) => b.trim() !== '')
    .map((b) => (b.endsWith('\n') ? b : b + '\n'));
}

function composeDocument(texts: SourceText[], random: () => number): string {
  const pick = <T>(xs: T[]): T => xs[Math.floor(random() * xs.length)];
  // log-uniform sizes: many short notices, some long plans, as in an archive
  const target = Math.round(MIN_DOC * Math.exp(random() * Math.log(MAX_DOC / MIN_DOC)));
  const base = pick(texts);
  const parts = [...base.head];
  let size = byteLength(parts);
  const tail = base.tail.join('');
  while (size < target) {
    const from = pick(texts);
    const run = 3 + Math.floor(random() * 10);
    const start = Math.floor(random() * Math.max(1, from.body.length - run));
    for (const block of from.body.slice(start, start + run)) {
      parts.push(block);
      size += Buffer.byteLength(block);
      if (size >= target) break;
    }
  }
  parts.push(tail);
  return varyFigures(parts.join(''), random);
}

const byteLength = (xs: string[]) => xs.reduce((n, x) => n + Buffer.byteLength(x), 0);

/**
 * Replaces each figure by another of as many digits. Dates, document numbers and outline
 * numbers stay as they are, so that the varied text reads (and segments) like the original.
 */
export function varyFigures(text: string, random: () => number): string {
  return text.replace(/(?<![\d.])\d+(?:\.\d+)?(?![\d.])/g, (m, at: number) => {
    const before = text[at - 1] ?? '\n';
    const after = text[at + m.length] ?? '';
    if (/[年月日号时〕\])）]/u.test(after) || /[〔[（(第]/u.test(before)) return m;
    if ((before === '\n' || at === 0) && /[.．、]/u.test(after)) return m;
    return m.replace(/\d/g, (_d, i: number) => String(i === 0 && m.length > 1 && m[1] !== '.' ? 1 + Math.floor(random() * 9) : Math.floor(random() * 10)));
  });
}
