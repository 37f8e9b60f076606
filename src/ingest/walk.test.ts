import { chmod, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listInputs } from './walk.js';

let root: string;
const at = (...parts: string[]) => join(root, ...parts);

async function file(path: string, text = '正文'): Promise<void> {
  await writeFile(path, text);
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'gongwen-walk-'));
  await mkdir(at('corpus', 'sub'), { recursive: true });
  await mkdir(at('corpus', '.git'));
  for (const name of ['b.txt', 'a.md', 'C.TXT', '中.txt', 'é.txt', 'notes.json', '.hidden.txt']) await file(at('corpus', name));
  await file(at('corpus', 'sub', 'z.html'));
  await file(at('corpus', 'sub', 'y.pdf'));
  await file(at('corpus', '.git', 'x.txt'));
  await mkdir(at('empty'));
  await mkdir(at('loop'));
  await file(at('loop', 'doc.txt'));
  await symlink(at('loop'), at('loop', 'again'));
  await symlink('self.txt', at('loop', 'self.txt'));
  await symlink(at('loop', 'doc.txt'), at('loop', 'link.txt'));
  await symlink(at('nowhere.txt'), at('loop', 'dangling.txt'));
  await symlink(at('nowhere.so'), at('loop', 'dangling.so')); // not a document: no line
});

afterAll(async () => {
  await chmod(at('locked'), 0o755).catch(() => undefined);
  await rm(root, { recursive: true, force: true });
});

describe('listInputs', () => {
  it('lists supported files depth-first in code-point order, skipping hidden entries and other types', async () => {
    const dir = at('corpus');
    expect(await listInputs([dir])).toEqual({
      files: ['C.TXT', 'a.md', 'b.txt', 'sub/y.pdf', 'sub/z.html', 'é.txt', '中.txt'].map((f) => join(dir, f)),
      errors: [],
    });
  });

  it('keeps the path as given: relative stays relative, a trailing slash is not doubled', async () => {
    const rel = relative(process.cwd(), at('corpus'));
    const { files } = await listInputs([`${rel}/sub/`]);
    expect(files).toEqual([`${rel}/sub/y.pdf`, `${rel}/sub/z.html`]);
  });

  it('reports a missing path and goes on', async () => {
    expect(await listInputs([at('missing'), at('corpus', 'a.md')])).toEqual({
      files: [at('corpus', 'a.md')],
      errors: [{ path: at('missing'), reason: 'no such file or directory' }],
    });
  });

  it('reports a directory with nothing readable', async () => {
    expect(await listInputs([at('empty')])).toEqual({
      files: [],
      errors: [{ path: at('empty'), reason: 'no readable files (supported: .txt .md .pdf .html .htm .docx)' }],
    });
  });

  it('takes a hidden file given explicitly, refuses an unsupported one', async () => {
    expect(await listInputs([at('corpus', '.hidden.txt'), at('corpus', 'notes.json')])).toEqual({
      files: [at('corpus', '.hidden.txt')],
      errors: [{ path: at('corpus', 'notes.json'), reason: 'unsupported file type .json' }],
    });
  });

  it('terminates on symlink loops, lists a linked file once and reports broken links to documents', async () => {
    expect(await listInputs([at('loop')])).toEqual({
      files: [at('loop', 'doc.txt')],
      errors: [
        { path: at('loop', 'again'), reason: 'symbolic link loop' },
        { path: at('loop', 'dangling.txt'), reason: 'broken symbolic link' },
        { path: at('loop', 'self.txt'), reason: 'symbolic link loop' },
      ],
    });
  });

  it('lists a file once when given twice', async () => {
    const { files } = await listInputs([at('corpus', 'sub'), at('corpus', 'sub', 'y.pdf')]);
    expect(files).toEqual([at('corpus', 'sub', 'y.pdf'), at('corpus', 'sub', 'z.html')]);
  });

  it('walks a deeply nested folder', async () => {
    const parts = Array.from({ length: 120 }, (_, i) => `d${i}`);
    await mkdir(at('deep', ...parts), { recursive: true });
    await file(at('deep', ...parts, 'last.txt'));
    expect(await listInputs([at('deep')])).toEqual({ files: [at('deep', ...parts, 'last.txt')], errors: [] });
  });

  // root reads any directory, so the refusal can only be seen as an ordinary user
  it.skipIf(process.getuid?.() === 0)('reports an unreadable directory and goes on', async () => {
    await mkdir(at('locked'));
    await file(at('locked', 'secret.txt'));
    await chmod(at('locked'), 0o000);
    const { files, errors } = await listInputs([at('locked'), at('corpus', 'a.md')]);
    expect(files).toEqual([at('corpus', 'a.md')]);
    expect(errors).toEqual([{ path: at('locked'), reason: 'permission denied' }]);
  });
});
