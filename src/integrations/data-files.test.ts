/**
 * The data files as a reader gets them: a build writes every search and export file
 * into dist, readable back into every entry and every record; `astro dev` serves the
 * same bytes at the same paths, and leaves other paths to Astro.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { articles, taxonomy } from '../../tests/fixtures/search.ts';
import { publishSiteRecords } from '../loaders/site-records.ts';
import { readSearchData } from '../search/search-parts.ts';
import { readArticlesExport } from '../utils/data-export.ts';
import { articlePath } from '../utils/urls.ts';
import { dataFiles } from './data-file-list.ts';
import { dataFilesIntegration } from './data-files.ts';
import { keepDataFiles, linkDataFiles } from './data-files-store.ts';
import { openPageCache, siteDataDigest, type PageCacheBuild } from '../routes/page-cache-build.ts';
import { sortChronological } from '../utils/articles.ts';

const root = mkdtempSync(join(tmpdir(), 'data-files-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const site = { name: '津城发展观察', url: 'https://example.org/' };
type Hook = (options: unknown) => unknown;
const hooksOf = (integration: ReturnType<typeof dataFilesIntegration>) => integration.hooks as Record<string, Hook>;

describe('data files', () => {
  it('a build writes every search and export file into dist', async () => {
    // Reversed: the files list the articles oldest first whatever order the loader gave.
    publishSiteRecords({ articles: [...articles].reverse(), taxonomy });
    const hooks = hooksOf(dataFilesIntegration());
    hooks['astro:config:done']!({ config: { site: 'https://example.org', cacheDir: pathToFileURL(`${root}/astro-cache/`), root: pathToFileURL(`${process.cwd()}/`) } });
    const info = vi.fn<(m: string) => void>();
    const dist = join(root, 'dist');
    await hooks['astro:build:done']!({ dir: pathToFileURL(`${dist}/`), logger: { info, warn: info } });
    const read = (path: string): string => readFileSync(join(dist, path), 'utf8');

    const search = readSearchData(read);
    expect(search.articles.map((a) => a.url).sort()).toEqual(articles.map((a) => articlePath(a.id)).sort());
    expect(search.entries.find((e) => e.name === '117项目')?.hits.length).toBeGreaterThan(0);
    expect(read('/search/rows/0-0.json')).toMatch(/^\[\{"url":"\/articles\//);
    expect(readArticlesExport(read).map((a) => a.id).sort()).toEqual(articles.map((a) => a.id).sort());
    expect(JSON.parse(read('/data/articles.json')).site.url).toBe('https://example.org/');
    const inOrder = dataFiles({ articles, taxonomy }, site);
    for (const [path, body] of inOrder) expect(read(path), path).toBe(body());
    expect(info.mock.calls).toEqual([[expect.stringMatching(/^\d+ files \([\d.]+ MB\) made beside the pages in \d+ ms( \(the build waited \d+ ms for them\))?, linked from the cache in \d+ ms$/)]]);
  });

  it('a build makes them in a thread from build:start, and hands the pages the digest of the records', async () => {
    const records = { articles: [...articles].reverse(), taxonomy };
    publishSiteRecords(records);
    const build: PageCacheBuild = { inputs: () => 'inputs', rendered: new Set() };
    openPageCache(build);
    const hooks = hooksOf(dataFilesIntegration());
    hooks['astro:config:done']!({ config: { site: 'https://example.org', cacheDir: pathToFileURL(`${root}/thread-cache/`), root: pathToFileURL(`${process.cwd()}/`) } });
    const warn = vi.fn<(m: string) => void>();
    hooks['astro:build:start']!({ logger: { info: warn, warn } });
    // The digest the pages' keys would compute themselves, as they see the records (oldest first).
    expect(await build.siteDigest).toBe(siteDataDigest(sortChronological(articles), taxonomy));
    const info = vi.fn<(m: string) => void>();
    const dist = join(root, 'thread-dist');
    await hooks['astro:build:done']!({ dir: pathToFileURL(`${dist}/`), logger: { info, warn } });
    expect(warn).not.toHaveBeenCalled();
    for (const [path, body] of dataFiles(records, site)) expect(readFileSync(join(dist, path), 'utf8'), path).toBe(body());
    expect(info).toHaveBeenCalledWith(expect.stringMatching(/ made beside the pages in \d+ ms/));
  });

  it('the dev server serves the same bytes, and passes on other paths', async () => {
    const records = { articles, taxonomy };
    publishSiteRecords(records);
    let middleware: (req: { url: string }, res: unknown, next: (error?: unknown) => void) => void = () => {};
    hooksOf(dataFilesIntegration())['astro:server:setup']!({ server: { middlewares: { use: (m: typeof middleware) => (middleware = m) } } });
    // Answered when the middleware ends the response or passes the request on.
    const get = (url: string) =>
      new Promise<{ headers: Record<string, string>; body: string | undefined; passed: boolean }>((resolve) => {
        const headers: Record<string, string> = {};
        const res = { setHeader: (k: string, v: string) => (headers[k] = v), end: (body: string) => resolve({ headers, body, passed: false }) };
        middleware({ url }, res, () => resolve({ headers, body: undefined, passed: true }));
      });
    const expected = dataFiles(records, { name: site.name, url: 'http://127.0.0.1:4321' });
    const hits = await get('/search/hits/0.json?v=1');
    expect(hits.body).toBe(expected.get('/search/hits/0.json')!());
    expect(hits.headers['Content-Type']).toBe('application/json; charset=utf-8');
    expect((await get('/data/articles.json')).body).toBe(expected.get('/data/articles.json')!());
    for (const other of ['/search/hits/9999.json', '/data/projects.json', '/articles/a117-may/']) expect((await get(other)).passed).toBe(true);
  });

  it('a build with the same key links the kept files; another key makes them again and drops the old', () => {
    const cache = join(root, 'cache');
    let made = 0;
    const make = (records: { articles: typeof articles; taxonomy: typeof taxonomy }) => () => {
      made += 1;
      return dataFiles(records, site);
    };
    const keepAndLink = (files: () => ReturnType<typeof dataFiles>, key: string, out: string) => {
      const kept = keepDataFiles(files, key, cache);
      linkDataFiles(kept.folder, out);
      return kept;
    };
    const first = keepAndLink(make({ articles, taxonomy }), 'key-1', join(root, 'one'));
    const again = keepAndLink(make({ articles, taxonomy }), 'key-1', join(root, 'two'));
    expect([first.cached, again.cached, made]).toEqual([false, true, 1]);
    expect(again.files).toBe(first.files);
    const names = readFileSync(join(root, 'two', 'search', 'names.json'), 'utf8');
    expect(names).toBe(readFileSync(join(root, 'one', 'search', 'names.json'), 'utf8'));
    // Linked, not copied, and the cache's own tally stays out of dist.
    expect(statSync(join(root, 'two', 'search', 'names.json')).ino).toBe(statSync(join(cache, 'key-1', 'search', 'names.json')).ino);
    expect(existsSync(join(root, 'two', '.tally.json'))).toBe(false);

    const fewer = keepAndLink(make({ articles: articles.slice(1), taxonomy }), 'key-2', join(root, 'three'));
    expect([fewer.cached, made]).toEqual([false, 2]);
    expect(readdirSync(cache)).toEqual(['key-2']);
    expect(readFileSync(join(root, 'three', 'search', 'names.json'), 'utf8')).not.toBe(names);
  });
});
