/**
 * `npm run parse` as an editor runs it, in a scratch project folder: a paper in a year folder gets the id
 * the site gives it, and a file of several GiB (sparse, so the disk is not filled) is refused by name.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ParseResult } from '../src/schema/article.ts';

const script = resolve('scripts/parse.ts');
const project = mkdtempSync(join(tmpdir(), 'parse-cli-'));
mkdirSync(join(project, 'content/papers/2026'), { recursive: true });
symlinkSync(resolve('content/taxonomy'), join(project, 'content/taxonomy'));
writeFileSync(
  join(project, 'content/papers/2026/004.txt'),
  '示例新闻标题在这里\n\n本报讯（记者 王小明）3月2日，示例区举行示例活动，百余名代表参加。\n\n活动现场签约项目十个，涉及示例产业。\n',
);
afterAll(() => rmSync(project, { recursive: true, force: true }));

function parse(...paths: string[]): ParseResult {
  const out = execFileSync(process.execPath, [script, ...paths], { cwd: project, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(out) as ParseResult;
}

describe('npm run parse', () => {
  it('gives a paper named by its path the same id as the whole folder (the site) gives it', () => {
    const site = parse().articles.map((a) => [a.file, a.id]);
    expect(site.length).toBeGreaterThan(0);
    expect(parse('content/papers/2026/004.txt').articles.map((a) => [a.file, a.id])).toEqual(site);
    expect(parse('content/papers/2026').articles.map((a) => [a.file, a.id])).toEqual(site);
    expect(site[0]![0]).toBe('2026/004.txt');
  }, 120_000);

  it('refuses a file over 2 GiB by name, without reading it, and goes on with the others', () => {
    const huge = join(project, 'content/papers/huge.txt');
    writeFileSync(huge, '');
    truncateSync(huge, 3 * 1024 ** 3);
    try {
      const out = parse();
      expect(out.warnings).toContainEqual({ file: 'huge.txt', line: 0, code: 'not-read', message: expect.stringMatching(/^file too large \(3221225472 bytes/) });
      expect(out.articles.map((a) => a.file)).toContain('2026/004.txt');
      expect(parse('content/papers/huge.txt').warnings.map((w) => w.file)).toEqual(['huge.txt']);
    } finally {
      rmSync(huge);
    }
  }, 120_000);
});
