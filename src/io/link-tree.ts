/**
 * Files from a build cache into dist/: hard links where the file system allows them
 * (no bytes written: a rebuild that reuses thousands of cached files writes none of
 * them again), copies where it does not. Each build empties dist/ first, which only
 * drops the links, so the cache keeps its files. A linked file shares its bytes with
 * the cache: nothing may write into it in place (write a new file under that name instead).
 */
import { copyFileSync, linkSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** `from` (a file) at `to`, which must not exist yet. */
export function linkOrCopy(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EEXIST') throw error;
    copyFileSync(from, to);
  }
}

/** The folder `from` at `to` (created as needed), every file linked or copied; `keep` picks the top-level entries. */
export function linkTree(from: string, to: string, keep: (name: string) => boolean = () => true): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    if (!keep(entry.name)) continue;
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (entry.isDirectory()) linkTree(source, target);
    else linkOrCopy(source, target);
  }
}
