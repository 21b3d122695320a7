/**
 * The public surface of src/: every name a module exports is imported somewhere
 * else (by another module, a script, a test or the Astro config), so an export
 * nothing uses cannot linger — it is either used, made local, or deleted. The
 * way rehype-slug and remark-gfm pin down what they export, without a snapshot:
 * the importers are the list.
 *
 * Route modules (src/pages/) and Astro's collection file export what Astro reads
 * (getStaticPaths, GET, collections), so they are not checked.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const SRC = join(ROOT, 'src');

function files(dir: string, keep: (name: string) => boolean): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' || e.name.startsWith('.') ? [] : files(path, keep);
    return keep(e.name) ? [path] : [];
  });
}

/** Exports reached without an import statement. */
const CALLED_BY_NAME = new Set([
  // integrations/pagefind.ts injects a script that imports and calls it on every page.
  'src/client/search/header.ts: enhanceHeaderSearch',
  // integrations/page-cache.ts registers it as Astro middleware, which Astro calls on every render.
  'src/integrations/page-cache-middleware.ts: onRequest',
]);


const isCode = (name: string): boolean => /\.(ts|mts|mjs|astro)$/.test(name) && !name.endsWith('.d.ts');

interface Exported {
  name: string;
  /** A type or interface: erased at run time, it may serve only the module's own signatures. */
  type: boolean;
}

/** Names a module exports (`default` for a default export). */
function exportedNames(source: string): Exported[] {
  const names = new Map<string, boolean>();
  for (const m of source.matchAll(/^export\s+(?:declare\s+)?(?:async\s+)?(function\*?|const|let|var|class|abstract\s+class|interface|type|enum)\s+([A-Za-z_$][\w$]*)/gm)) {
    names.set(m[2]!, m[1] === 'interface' || m[1] === 'type');
  }
  for (const m of source.matchAll(/^export\s+(type\s+)?\{([^}]*)\}/gm)) {
    for (const part of m[2]!.split(',')) {
      const name = part.trim().replace(/^type\s+/, '').split(/\s+as\s+/).at(-1)!.trim();
      if (name) names.set(name, Boolean(m[1]) || /^\s*type\s/.test(part));
    }
  }
  if (/^export\s+default\b/m.test(source)) names.set('default', false);
  return [...names].map(([name, type]) => ({ name, type }));
}

/** Whether a name occurs in the module apart from where it is declared. */
const usedWithin = (source: string, name: string): boolean => (source.match(new RegExp(`(?<![\\w$])${name.replace(/\$/g, '\\$')}(?![\\w$])`, 'g')) ?? []).length > 1;

/** What a module takes from each module it imports: names, or '*' for all of them. */
function importedNames(source: string): { spec: string; names: string[] }[] {
  const out: { spec: string; names: string[] }[] = [];
  const listed = (list: string): string[] =>
    list
      .split(',')
      .map((part) => part.trim().replace(/^type\s+/, '').split(/\s+as\s+/)[0]!.trim())
      .filter(Boolean);
  // import X, { a, type b as c } from '…' · import type { … } from '…' · export { a } from '…' · export * from '…'
  for (const m of source.matchAll(/^\s*(import|export)\s+(type\s+)?([^'";]*?)\s+from\s+['"]([^'"]+)['"]/gm)) {
    const clause = m[3]!.trim();
    const names: string[] = [];
    if (clause.startsWith('*')) names.push('*');
    const braces = /\{([^}]*)\}/.exec(clause);
    if (braces) names.push(...listed(braces[1]!));
    const head = clause.replace(/\{[^}]*\}/, '').replace(/,/g, ' ').trim();
    if (m[1] === 'import' && head && !head.startsWith('*')) names.push('default');
    out.push({ spec: m[4]!, names });
  }
  // Dynamic imports take what they like from the module.
  for (const m of source.matchAll(/\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g)) out.push({ spec: m[1]!, names: ['*'] });
  return out;
}

function resolveSpec(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const path = resolve(dirname(from), spec.replace(/\?.*$/, ''));
  return existsSync(path) ? path : existsSync(`${path}.ts`) ? `${path}.ts` : null;
}

describe('public surface of src/', () => {
  it('reads the export and import forms the code uses', () => {
    expect(exportedNames('export const A = 1;\nexport async function b() {}\nexport interface C {}\nexport type D = 1;\nexport { e, f as g };\nexport type { H } from "./h.ts";\nexport default x;')).toEqual([
      { name: 'A', type: false },
      { name: 'b', type: false },
      { name: 'C', type: true },
      { name: 'D', type: true },
      { name: 'e', type: false },
      { name: 'g', type: false },
      { name: 'H', type: true },
      { name: 'default', type: false },
    ]);
    expect(importedNames("import X, { a, type b as c } from './m.ts';\nimport * as ns from './n.ts';\nexport { d } from './d.ts';\nconst m = await import('./lazy.ts');")).toEqual([
      { spec: './m.ts', names: ['a', 'b', 'default'] },
      { spec: './n.ts', names: ['*'] },
      { spec: './d.ts', names: ['d'] },
      { spec: './lazy.ts', names: ['*'] },
    ]);
  });

  it('every name a module of src/ exports is imported by another module, a script, a test or the config', () => {
    const importers = [...files(SRC, isCode), ...files(join(ROOT, 'scripts'), isCode), ...files(join(ROOT, 'tests'), isCode), join(ROOT, 'astro.config.mjs')];
    const used = new Map<string, Set<string>>();
    for (const file of importers) {
      for (const { spec, names } of importedNames(readFileSync(file, 'utf8'))) {
        const target = resolveSpec(file, spec);
        if (!target || target === file) continue;
        const set = used.get(target) ?? new Set<string>();
        for (const n of names) set.add(n);
        used.set(target, set);
      }
    }
    const checked = files(SRC, (name) => name.endsWith('.ts') && !name.endsWith('.test.ts') && !name.endsWith('.d.ts')).filter(
      (file) => !relative(SRC, file).startsWith('pages/') && relative(SRC, file) !== 'content.config.ts',
    );
    expect(checked.length).toBeGreaterThan(50);
    const unused: string[] = [];
    const excused = new Set<string>();
    for (const file of checked) {
      const taken = used.get(file) ?? new Set<string>();
      if (taken.has('*')) continue;
      const source = readFileSync(file, 'utf8');
      for (const { name, type } of exportedNames(source)) {
        const where = `${relative(ROOT, file)}: ${name}`;
        if (taken.has(name) || (type && usedWithin(source, name))) continue;
        if (CALLED_BY_NAME.has(where)) excused.add(where);
        else unused.push(where);
      }
    }
    expect(unused).toEqual([]);
    // The exceptions stay true: each is still an export that no import reaches.
    expect([...CALLED_BY_NAME].filter((where) => !excused.has(where))).toEqual([]);
  });
});
