/**
 * The share-image integration as a build drives it: cards registered while pages
 * render come out as images in dist/og/, drawn once and then linked from the cache;
 * without a CJK font pages are told there is no image.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { findCjkFont } from '../io/cjk-font.ts';
import { ogImageFor } from '../og/sink.ts';
import { ogImages } from './og-images.ts';

const root = mkdtempSync(join(tmpdir(), 'og-images-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const card = { kicker: '津城发展观察', title: '测试园区一期竣工', footer: '某某日报 · 2026年1月2日 · 第3版' };
const font = findCjkFont();

function logger() {
  return { info: vi.fn<(m: string) => void>(), warn: vi.fn<(m: string) => void>() };
}

/** One build: start, pages register `cards` (by page path), done. */
async function build(integration: ReturnType<typeof ogImages>, dist: string, cards: Record<string, typeof card>) {
  const log = logger();
  const hooks = integration.hooks as Record<string, (options: unknown) => unknown>;
  hooks['astro:config:done']!({ config: { cacheDir: pathToFileURL(`${root}/astro-cache/`) } });
  await hooks['astro:build:start']!({ logger: log });
  const paths = Object.fromEntries(Object.entries(cards).map(([page, c]) => [page, ogImageFor(page, c)]));
  await hooks['astro:build:done']!({ dir: pathToFileURL(`${dist}/`), logger: log });
  return { log, paths };
}

describe('og-images integration', () => {
  it('without a CJK font warns once, and pages get no image path', async () => {
    const dist = join(root, 'no-font');
    const { log, paths } = await build(ogImages({ cacheDir: join(root, 'cache-none'), findFont: () => null }), dist, { '/articles/a/': card });
    expect(log.warn).toHaveBeenCalledWith(expect.stringContaining('no font for Chinese found by fontconfig'));
    expect(paths['/articles/a/']).toBeNull();
    expect(existsSync(join(dist, 'og'))).toBe(false);
  });

  it.skipIf(!font)('draws each registered card once into dist/og/, then links it from the cache on a rebuild', async () => {
    const cacheDir = join(root, 'cache');
    const cards = { '/articles/a/': card, '/articles/b/': card, '/projects/p/': { ...card, title: '另一个项目' } };
    const first = await build(ogImages({ cacheDir }), join(root, 'dist1'), cards);
    expect(first.paths).toEqual({ '/articles/a/': '/og/articles/a.png', '/articles/b/': '/og/articles/b.png', '/projects/p/': '/og/projects/p.png' });
    // Drawn on the worker thread: nothing said it had to fall back to this one.
    expect(first.log.warn).not.toHaveBeenCalled();
    expect(first.log.info).toHaveBeenCalledWith(expect.stringMatching(/3 share images of 2 distinct cards \(2 drawn, 0 from cache\)/));
    const a = readFileSync(join(root, 'dist1/og/articles/a.png'));
    expect(a.subarray(1, 4).toString()).toBe('PNG');
    expect(readFileSync(join(root, 'dist1/og/articles/b.png')).equals(a)).toBe(true);
    expect(readFileSync(join(root, 'dist1/og/projects/p.png')).equals(a)).toBe(false);

    const again = await build(ogImages({ cacheDir }), join(root, 'dist2'), cards);
    expect(again.log.info).toHaveBeenCalledWith(expect.stringMatching(/\(0 drawn, 2 from cache\)/));
    expect(readFileSync(join(root, 'dist2/og/articles/a.png')).equals(a)).toBe(true);
    // Linked, not copied: the cache's file and the two pages' images are one file.
    expect(statSync(join(root, 'dist2/og/articles/a.png')).nlink).toBeGreaterThanOrEqual(3);
    expect(ogImageFor('/articles/late/', card)).toBeNull();
  });
});
