/**
 * The phrases of a built site, read in a worker thread as a build does, each page from its
 * bytes as it is rendered and the rest from disk at the end: the same dictionary as reading
 * every page here at the end, holding the phrases the pages use and no other.
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
  it('scans the pages it is handed as they render, then reads the others, into the dictionary of their phrases', async () => {
    const warnings: string[] = [];
    const reading = startPhraseReading(root, (m) => warnings.push(m));
    const page = '<p>头发和面条</p>';
    // Handed as Astro renders it (its own memory, moved to the thread) and as a small Buffer (pooled memory, copied).
    reading.rendered(pageFile(root, '/articles/a/')!, new TextEncoder().encode(page));
    reading.rendered(pageFile(root, '/articles/b/')!, Buffer.from('<p>面条</p>'));
    for (const id of ['a', 'b']) mkdirSync(join(root, 'articles', id), { recursive: true });
    // Scanned as handed: the file is not read again (here it lost a phrase, which the answer still has).
    writeFileSync(join(root, 'articles', 'a', 'index.html'), '<p>和面条</p><link rel="modulepreload" href="/x.js">');
    writeFileSync(join(root, 'articles', 'b', 'index.html'), '<p>面条</p>');
    // Written after the pages it was handed, as a restored page or one no listener saw.
    writeFileSync(join(root, 'index.html'), '<p>新区发展规划</p>');
    writeFileSync(join(root, 'names.json'), '"干杯"');
    const read = await reading.finish();
    expect(warnings).toEqual([]);
    const fromDisk = sitePhrases(root);
    expect(read.pages).toBe(fromDisk.pages);
    expect(read.pages).toBe(3);
    const keys = parseDict(read.subset).map(([key]) => key);
    expect(keys).toContain('头发');
    expect(parseDict(fromDisk.subset).map(([key]) => key)).not.toContain('头发');
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
