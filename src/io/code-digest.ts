/**
 * What the records depend on besides the papers, for the loader's cache key: every source file the
 * loader's module reaches through relative imports (whatever folder it is in), the installed
 * dependencies (the lock file) and the Node version. Following the imports rather than listing folders
 * means a new module or a moved setting is covered without anyone remembering to add it.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/** import … from './x', export … from './x', import './x', import('./x'), new URL('./x', import.meta.url) (workers). */
const SPECIFIERS = [
  /\b(?:import|export)\s[^;'"]*?\bfrom\s*['"](\.{1,2}\/[^'"]+)['"]/g,
  /\bimport\s*['"](\.{1,2}\/[^'"]+)['"]/g,
  /\bimport\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g,
  /\bnew\s+URL\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*,\s*import\.meta\.url\s*\)/g,
];

const SOURCE = /\.(?:[cm]?[jt]s|json)$/;

/** Project-relative paths (forward slashes) of `entries` and every file they import, sorted. */
export function importClosure(entries: readonly string[], root: string = process.cwd()): string[] {
  const seen = new Set<string>();
  const queue = entries.map((e) => resolve(root, e));
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const pattern of SPECIFIERS) {
      for (const m of text.matchAll(pattern)) {
        const target = resolveModule(resolve(dirname(file), m[1]!));
        if (target && !seen.has(target)) queue.push(target);
      }
    }
  }
  return [...seen].map((f) => relative(root, f).split(sep).join('/')).sort();
}

function resolveModule(path: string): string | null {
  for (const candidate of [path, `${path}.ts`, join(path, 'index.ts')]) {
    if (SOURCE.test(candidate) && existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** One digest of the files' names and contents. */
function filesDigest(files: readonly string[], root: string = process.cwd()): string {
  const hash = createHash('sha256');
  for (const file of files) hash.update(`${file}\u0000`).update(readFileSync(resolve(root, file))).update('\u0001');
  return hash.digest('hex');
}

/** Code, dependencies and runtime that shape the records made by the module `entry` (the content config). */
export function codeInputs(entry: string, root: string = process.cwd()): { code: string; dependencies: string | null; node: string } {
  const lock = resolve(root, 'package-lock.json');
  return {
    code: filesDigest(importClosure([entry], root), root),
    dependencies: existsSync(lock) ? filesDigest(['package-lock.json'], root) : null,
    node: process.version,
  };
}
