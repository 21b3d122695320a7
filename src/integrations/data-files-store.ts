/**
 * The data files on disk (integrations/data-files.ts): written under a folder, kept in the
 * build cache under a key of everything they are made of, and linked from there into dist.
 * Plain file-system work, so the data-files thread (data-files-worker.ts) and the main
 * thread, when no thread can start, do it the same way.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { linkTree } from '../io/link-tree.ts';
import type { DataFiles } from './data-file-list.ts';

/** Beside the kept files: how many and their bytes, for the log of a build that links them. */
const TALLY = '.tally.json';

export interface Tally {
  files: number;
  bytes: number;
}

/** Writes every file under `root` (a site path /a/b.json goes to root/a/b.json); returns how many and their bytes. */
function writeDataFiles(files: DataFiles, root: string): Tally {
  const made = new Set<string>();
  let bytes = 0;
  for (const [path, body] of files) {
    const target = join(root, path);
    const folder = dirname(target);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    const text = body();
    bytes += Buffer.byteLength(text);
    writeFileSync(target, text);
  }
  return { files: files.size, bytes };
}

/**
 * The folder of the files for `key` in `cacheDir`: kept from a build that made them, else
 * made there now (and every other key's removed). Folders are renamed into place whole, so
 * a build that stops half-way leaves no folder that looks complete.
 */
export function keepDataFiles(make: () => DataFiles, key: string, cacheDir: string): Tally & { folder: string; cached: boolean } {
  const kept = join(cacheDir, key);
  const cached = existsSync(join(kept, TALLY));
  if (!cached) {
    mkdirSync(cacheDir, { recursive: true });
    for (const old of readdirSync(cacheDir)) {
      if (old.startsWith('.')) continue;
      const aside = join(cacheDir, `.old-${process.pid}-${old}`);
      renameSync(join(cacheDir, old), aside);
      rmSync(aside, { recursive: true, force: true });
    }
    const staging = mkdtempSync(join(cacheDir, '.staging-'));
    try {
      writeFileSync(join(staging, TALLY), JSON.stringify(writeDataFiles(make(), staging)));
      renameSync(staging, kept);
    } finally {
      rmSync(staging, { recursive: true, force: true });
    }
  }
  return { ...(JSON.parse(readFileSync(join(kept, TALLY), 'utf8')) as Tally), folder: kept, cached };
}

/** The kept files (keepDataFiles) linked into `out`. */
export function linkDataFiles(folder: string, out: string): void {
  linkTree(folder, out, (name) => name !== TALLY);
}
