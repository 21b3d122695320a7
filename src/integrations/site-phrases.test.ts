/**
 * The phrases of a built site, read in a worker thread as a build does: the same
 * dictionary as reading the pages here, holding the phrases the pages use and no other.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDict } from './opencc-subset.ts';
import { readSitePhrases } from './opencc-phrases.ts';
import { sitePhrases } from './site-phrases.ts';

const root = mkdtempSync(join(tmpdir(), 'site-phrases-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('site phrases', () => {
  it('reads every page, in a worker thread, into the dictionary of their phrases', async () => {
    mkdirSync(join(root, 'articles', 'a'), { recursive: true });
    writeFileSync(join(root, 'index.html'), '<p>新区发展规划</p>');
    writeFileSync(join(root, 'articles', 'a', 'index.html'), '<p>头发和面条</p>');
    writeFileSync(join(root, 'names.json'), '"干杯"');
    const warnings: string[] = [];
    const read = await readSitePhrases(root, (m) => warnings.push(m));
    expect(warnings).toEqual([]);
    expect(read).toEqual(sitePhrases(root));
    expect(read.pages).toBe(2);
    const keys = parseDict(read.subset).map(([key]) => key);
    expect(keys).toContain('头发');
    expect(keys).toContain('面条');
    // Only in a file that is not a page.
    expect(keys).not.toContain('干杯');
  });
});
