/**
 * Search must stay light: the scripts every page (header box) and the search page (its
 * module and its inlined head script) load may not pull OpenCC's dictionaries or the
 * build-time index code into the bundle. Follows static imports from the entry points.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const BUILD_ONLY = [/^opencc-js/, /\/search\/traditional\.ts$/, /\/search\/name-index\.ts$/, /\/search\/search-data\.ts$/, /^pagefind$/, /^node:/];

/** Every module reachable by static (non-type) imports, as resolved paths or bare specifiers. */
function staticImports(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const source = readFileSync(entry, 'utf8');
  for (const m of source.matchAll(/^\s*import\s+(?!type\b)(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]/gm)) {
    const spec = m[1]!;
    if (spec.startsWith('.')) {
      const path = resolve(dirname(entry), spec.replace(/\?raw$/, ''));
      if (path.endsWith('.ts')) staticImports(path, seen);
      else seen.add(path);
    } else seen.add(spec);
  }
  return seen;
}

describe('client bundles', () => {
  for (const entry of ['header.ts', 'search-page.ts', 'head-script.ts']) {
    it(`${entry} reaches no build-only module`, () => {
      const reached = [...staticImports(resolve(import.meta.dirname, entry))];
      expect(reached.length).toBeGreaterThan(3);
      expect(reached.filter((m) => BUILD_ONLY.some((re) => re.test(m)))).toEqual([]);
    });
  }
});
