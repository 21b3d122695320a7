import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_BYTES } from '../pipeline/decode.ts';
import { parsePaper } from '../pipeline/index.ts';
import { readPaperPaths, readPapers } from './read-papers.ts';

const root = mkdtempSync(join(tmpdir(), 'papers-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function folder(name: string, files: Record<string, string>): string {
  const dir = join(root, name);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  return dir;
}

const summary = (dir: string) => readPapers(dir).map((p) => ({ file: p.file, notRead: p.notRead ?? null, size: p.bytes.length }));

describe('readPapers', () => {
  it('reads papers whose names start with dots, and says why every other file is not read', () => {
    const dir = folder('mixed', {
      'ok.txt': '正文',
      '..x.txt': '点开头的稿件',
      '..txt': '只有扩展名',
      'page.html': '<p>网页</p>',
      'scan.jpg': 'JPEG',
      '.gitkeep': '',
      '.git/config': '[core]',
    });
    const got = summary(dir);
    expect(got.filter((p) => p.notRead === null).map((p) => p.file)).toEqual(['..txt', '..x.txt', 'ok.txt']);
    const skipped = Object.fromEntries(got.filter((p) => p.notRead !== null).map((p) => [p.file, p.notRead]));
    expect(Object.keys(skipped).sort()).toEqual(['.git', 'page.html', 'scan.jpg']);
    expect(skipped['page.html']).toMatch(/HTML file is not read/);
    expect(skipped['scan.jpg']).toMatch(/not read.*\.jpg/);
    expect(skipped['.git']).toMatch(/hidden folder/);
  });

  it('checks the size before reading, so a sparse 3 GiB file is refused by name without being read', () => {
    const dir = folder('big', { 'small.txt': '小' });
    writeFileSync(join(dir, 'huge.txt'), '');
    truncateSync(join(dir, 'huge.txt'), 3 * 1024 ** 3);
    const got = summary(dir);
    expect(got).toEqual([
      { file: 'huge.txt', notRead: expect.stringMatching(/^file too large \(3221225472 bytes; the limit is \d+\)/), size: 0 },
      { file: 'small.txt', notRead: null, size: 3 },
    ]);
  });
});

describe('a file over the size limit', () => {
  it('gets one warning, code not-read, whether the reader refuses it or the decoder is handed its bytes', () => {
    const dir = folder('limit', { 'small.txt': '小' });
    writeFileSync(join(dir, 'huge.txt'), '');
    truncateSync(join(dir, 'huge.txt'), MAX_BYTES + 1);
    const warn = (input: Parameters<typeof parsePaper>[0]) => parsePaper(input, { homePaper: '河畔日报' }).warnings;
    const refusedByReader = warn(readPapers(dir).find((p) => p.file === 'huge.txt')!);
    const refusedByDecoder = warn({ file: 'huge.txt', bytes: new Uint8Array(MAX_BYTES + 1) });
    expect(refusedByReader).toEqual([{ file: 'huge.txt', line: 0, code: 'not-read', message: `file too large (${MAX_BYTES + 1} bytes; the limit is ${MAX_BYTES}): not read` }]);
    expect(refusedByDecoder).toEqual(refusedByReader);
  });
});

describe('readPaperPaths', () => {
  it('names a file inside the papers folder as the site does, given as a file or as its folder', () => {
    const dir = folder('site', { '2026/004.txt': '稿件', 'top.txt': '顶层' });
    const site = readPapers(dir).map((p) => p.file);
    expect(site).toEqual(['2026/004.txt', 'top.txt']);
    expect(readPaperPaths([join(dir, '2026/004.txt')], dir).map((p) => p.file)).toEqual(['2026/004.txt']);
    expect(readPaperPaths([join(dir, '2026')], dir).map((p) => p.file)).toEqual(['2026/004.txt']);
    expect(readPaperPaths([dir], dir).map((p) => p.file)).toEqual(site);
  });

  it('names a file outside the papers folder by its base name', () => {
    const dir = folder('elsewhere', { 'note.txt': '别处' });
    expect(readPaperPaths([join(dir, 'note.txt')], join(root, 'site')).map((p) => p.file)).toEqual(['note.txt']);
  });
});
