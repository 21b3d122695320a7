/**
 * The phrases of a built site, read in a worker thread as a build does, each page as it is
 * written and the rest at the end: the same dictionary as reading every page here at the
 * end, holding the phrases the pages use and no other.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDict } from './opencc-subset.ts';
import { pageFile, startPhraseReading } from './opencc-phrases.ts';
import { sitePhrases } from './site-phrases.ts';

const root = mkdtempSync(join(tmpdir(), 'site-phrases-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('site phrases', () => {
  it('reads the pages it is told of as they are written, then the others, into the dictionary of their phrases', async () => {
    const warnings: string[] = [];
    const reading = startPhraseReading(root, (m) => warnings.push(m));
    mkdirSync(join(root, 'articles', 'a'), { recursive: true });
    writeFileSync(join(root, 'articles', 'a', 'index.html'), '<p>头发和面条</p>');
    reading.written(pageFile(root, '/articles/a/')!);
    // Told of, never written (a path whose file is elsewhere): the listing at the end decides what a page is.
    reading.written(join(root, 'missing', 'index.html'));
    await reading.synced();
    // Read once, when it was written: a hook that rewrote the page afterwards (module-preload.ts adds markup) is not read again.
    writeFileSync(join(root, 'articles', 'a', 'index.html'), '<p>头发和面条</p><link rel="modulepreload" href="/x.js">');
    // Written after the pages it was told of, as a restored page or one no listener saw.
    writeFileSync(join(root, 'index.html'), '<p>新区发展规划</p>');
    writeFileSync(join(root, 'names.json'), '"干杯"');
    const read = await reading.finish();
    expect(warnings).toEqual([]);
    expect(read).toEqual(sitePhrases(root));
    expect(read.pages).toBe(2);
    const keys = parseDict(read.subset).map(([key]) => key);
    expect(keys).toContain('头发');
    expect(keys).toContain('面条');
    expect(keys).toContain('发展');
    // Only in a file that is not a page.
    expect(keys).not.toContain('干杯');
  });

  it('maps a page path to the file Astro writes it to, and no other path', () => {
    expect(pageFile('/out/', '/articles/%E5%A4%A9%E6%B4%A5/')).toBe('/out/articles/天津/index.html');
    expect(pageFile('/out/', '/')).toBe('/out/index.html');
    for (const other of ['/rss.xml', '/404', '/.hidden/x/', '/%E0%A4%A/']) expect(pageFile('/out/', other)).toBeNull();
  });
});
