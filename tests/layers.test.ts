/**
 * README's layout promises that data flows one way: a folder of src/ imports only
 * from the folders listed above it. This reads every module's relative imports and
 * names each one that points the other way.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../src');
/** README's order; one entry may hold several folders that form one layer. */
const LAYERS = [
  ['lib'],
  ['config'],
  ['schema'],
  ['pipeline'],
  ['io'],
  ['loaders'],
  ['utils'],
  ['search'],
  ['markdown'],
  ['og'],
  ['routes'],
  ['integrations'],
  ['components', 'layouts', 'pages'],
];
const rank = new Map(LAYERS.flatMap((folders, i) => folders.map((f) => [f, i] as const)));
const IMPORT = /(?:from\s+|import\s*\(\s*|^\s*import\s+)['"](\.{1,2}\/[^'"?]+)/gm;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return /\.(ts|astro)$/.test(e.name) && !e.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** Browser code is bundled from the components' <script> tags and may only be imported by them. */
function isClientScriptImport(from: string, target: string): boolean {
  return target === 'client' && ['components', 'pages'].includes(from);
}

describe('source layers', () => {
  it('every folder of src/ is placed in a layer', () => {
    const folders = readdirSync(SRC, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    expect(folders.filter((f) => !rank.has(f) && f !== 'client' && f !== 'styles')).toEqual([]);
  });

  it('imports only point to the same layer or the layers above', () => {
    const wrong: string[] = [];
    for (const file of sources(SRC)) {
      const path = relative(SRC, file).split('/');
      // content.config.ts is Astro's composition root: it wires every layer together.
      if (path.length === 1) continue;
      const from = path[0]!;
      const source = readFileSync(file, 'utf8');
      for (const match of source.matchAll(IMPORT)) {
        const target = relative(SRC, resolve(dirname(file), match[1]!)).split('/')[0]!;
        if (target.startsWith('..') || target === from || target === 'styles' || isClientScriptImport(from, target)) continue;
        const ok = from === 'client' ? target !== 'client' && (rank.get(target) ?? 99) <= rank.get('search')! : (rank.get(target) ?? 99) <= (rank.get(from) ?? -1);
        if (!ok) wrong.push(`${relative(SRC, file)} → ${match[1]}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
