/** Recursive file listing for the loader, the CLIs and the build integrations. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { compareStrings } from '../lib/compare.ts';

/** Files under `dir` whose name passes `keep`, hidden folders skipped, sorted so every caller is deterministic. */
export function listFiles(dir: string, keep: (name: string) => boolean): string[] {
  return walk(dir).files.filter((path) => keep(path.slice(path.lastIndexOf('/') + 1)));
}

export interface Listing {
  /** Every regular file, by path (dir joined with forward slashes), sorted. */
  files: string[];
  /** Hidden folders (`.git`, `.obsidian`) that were not entered. */
  hiddenDirs: string[];
}

/** Walks `dir`; hidden folders are not entered but reported, so a caller can say what it skipped. */
export function walk(dir: string): Listing {
  const out: Listing = { files: [], hiddenDirs: [] };
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name).split('\\').join('/');
    if (entry.isDirectory()) {
      if (entry.name.startsWith('.')) out.hiddenDirs.push(path);
      else {
        const inner = walk(path);
        out.files.push(...inner.files);
        out.hiddenDirs.push(...inner.hiddenDirs);
      }
    } else if (entry.isFile()) out.files.push(path);
  }
  out.files.sort(compareStrings);
  out.hiddenDirs.sort(compareStrings);
  return out;
}

export const isHtml = (name: string): boolean => name.endsWith('.html');
