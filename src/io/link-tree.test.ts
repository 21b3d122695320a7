import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { linkTree } from './link-tree.ts';

describe('linkTree', () => {
  const root = mkdtempSync(join(tmpdir(), 'link-tree-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('gives the same files at the target, nested folders too, only the entries asked for, and the cache keeps its files when dist is emptied', () => {
    const cache = join(root, 'cache');
    mkdirSync(join(cache, 'fragment'), { recursive: true });
    writeFileSync(join(cache, 'pagefind.js'), 'script');
    writeFileSync(join(cache, 'fragment/a.pf_fragment'), 'fragment a');
    writeFileSync(join(cache, 'skip.css'), 'style');

    const dist = join(root, 'dist/pagefind/part/2016');
    linkTree(cache, dist, (name) => name !== 'skip.css');
    expect(readdirSync(dist).sort()).toEqual(['fragment', 'pagefind.js']);
    expect(readFileSync(join(dist, 'fragment/a.pf_fragment'), 'utf8')).toBe('fragment a');
    // A link, not a copy: no bytes written again.
    expect(statSync(join(dist, 'pagefind.js')).ino).toBe(statSync(join(cache, 'pagefind.js')).ino);

    rmSync(join(root, 'dist'), { recursive: true });
    expect(readFileSync(join(cache, 'fragment/a.pf_fragment'), 'utf8')).toBe('fragment a');
  });
});
