// Expands the paths given to `extract` into the list of files to ingest.
import type { Dirent } from 'node:fs';
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import { sep } from 'node:path';
import { fsError, REASONS } from './errors.js';
import { extensionOf, formatOf } from './formats.js';

export interface InputError {
  path: string;
  reason: string;
}

export interface InputList {
  /** files to ingest, each spelled from the path given (relative stays relative) */
  files: string[];
  errors: InputError[];
}

interface WalkState extends InputList {
  /** real paths of files listed so far: a file reached twice (symlinks, repeated args) is listed once */
  seenFiles: Set<string>;
  /** real paths of directories entered so far */
  seenDirs: Set<string>;
}

/**
 * Lists the supported files under `paths`, in the order given; directories are walked depth-first
 * with entries in code-point order of their names. Hidden entries (`.name`) met while walking are
 * skipped, as are unsupported extensions; a path given explicitly is taken as it is. Each problem
 * is one error line and the walk goes on.
 */
export async function listInputs(paths: string[]): Promise<InputList> {
  const state: WalkState = { files: [], errors: [], seenFiles: new Set(), seenDirs: new Set() };
  for (const given of paths) await listGiven(given, state);
  return { files: state.files, errors: state.errors };
}

async function listGiven(given: string, state: WalkState): Promise<void> {
  const info = await statOrError(given, state);
  if (!info) return;
  if (info.isDirectory()) {
    const [filesBefore, errorsBefore] = [state.files.length, state.errors.length];
    const real = await realpath(given);
    if (state.seenDirs.has(real)) return;
    state.seenDirs.add(real);
    await walkDir(given, real, state);
    // one line per problem: a directory already reported unreadable needs no second line
    const reported = state.errors.slice(errorsBefore).some((e) => e.path === given);
    if (state.files.length === filesBefore && !reported) state.errors.push({ path: given, reason: REASONS.noReadableFiles });
  } else if (!info.isFile()) {
    state.errors.push({ path: given, reason: REASONS.notRegular });
  } else if (!formatOf(given)) {
    state.errors.push({ path: given, reason: REASONS.unsupported(extensionOf(given)) });
  } else {
    addFile(given, await realpath(given), state);
  }
}

async function walkDir(dir: string, dirReal: string, state: WalkState): Promise<void> {
  let entries: Dirent<Buffer>[];
  try {
    entries = await readdir(dir, { withFileTypes: true, encoding: 'buffer' });
  } catch (err) {
    state.errors.push({ path: dir, reason: reasonOf(err) });
    return;
  }
  entries.sort((a, b) => Buffer.compare(a.name, b.name)); // UTF-8 byte order = code-point order
  for (const entry of entries) {
    const name = utf8Name(entry.name);
    if (name === null) {
      // e.g. GBK names unzipped as-is: no JS string can name the file, so it cannot be opened
      state.errors.push({ path: joinGiven(dir, entry.name.toString('utf8')), reason: 'file name is not valid UTF-8' });
      continue;
    }
    if (name.startsWith('.')) continue;
    await walkEntry(entry, joinGiven(dir, name), joinGiven(dirReal, name), state);
  }
}

async function walkEntry(entry: Dirent<Buffer>, path: string, real: string, state: WalkState): Promise<void> {
  if (entry.isDirectory()) return enterDir(path, real, state);
  if (entry.isFile()) {
    if (formatOf(path)) addFile(path, real, state);
    return;
  }
  if (!entry.isSymbolicLink() && !isUnknownType(entry)) return; // fifo, socket, device: never read
  // A symlink (or an entry whose type the file system did not report): follow it. A broken
  // one is worth a line only when it could have been a document or a folder.
  const mayMatter = formatOf(path) !== null || extensionOf(path) === '';
  const info = mayMatter ? await statOrError(path, state) : await stat(path).catch(() => null);
  if (!info) return;
  const target = await realpath(path).catch(() => null);
  if (target === null) return;
  if (info.isDirectory()) {
    if (dirHolds(target, real)) {
      state.errors.push({ path, reason: REASONS.symlinkLoop });
      return;
    }
    return enterDir(path, target, state);
  }
  if (info.isFile() && formatOf(path)) addFile(path, target, state);
}

async function enterDir(path: string, real: string, state: WalkState): Promise<void> {
  if (state.seenDirs.has(real)) return; // reached before through another link: listed once
  state.seenDirs.add(real);
  await walkDir(path, real, state);
}

/** True when `ancestor` is `path` itself or one of its parent directories: a link to it loops. */
function dirHolds(ancestor: string, path: string): boolean {
  return path === ancestor || path.startsWith(joinGiven(ancestor, ''));
}

function addFile(path: string, real: string, state: WalkState): void {
  if (state.seenFiles.has(real)) return;
  state.seenFiles.add(real);
  state.files.push(path);
}

async function statOrError(path: string, state: WalkState) {
  try {
    return await stat(path);
  } catch (err) {
    state.errors.push({ path, reason: await statFailure(path, err) });
    return null;
  }
}

/** A dangling symlink gives ENOENT on stat; say it is a broken link rather than missing. */
async function statFailure(path: string, err: unknown): Promise<string> {
  if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
    const link = await lstat(path).catch(() => null);
    if (link?.isSymbolicLink()) return REASONS.brokenLink;
  }
  return reasonOf(err);
}

function reasonOf(err: unknown): string {
  const known = fsError(err);
  if (known) return known.reason;
  const code = (err as NodeJS.ErrnoException | null)?.code;
  return code ? `cannot read (${code})` : String(err);
}

function isUnknownType(entry: Dirent<Buffer>): boolean {
  return !(entry.isFile() || entry.isDirectory() || entry.isSymbolicLink() || entry.isFIFO() ||
    entry.isSocket() || entry.isBlockDevice() || entry.isCharacterDevice());
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function utf8Name(name: Buffer): string | null {
  try {
    return strictUtf8.decode(name);
  } catch {
    return null;
  }
}

/** Joins without normalising, so `./corpus/` stays `./corpus/a.txt` as the user spelled it. */
function joinGiven(dir: string, name: string): string {
  return dir.endsWith(sep) ? dir + name : dir + sep + name;
}
