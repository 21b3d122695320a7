/** Recursive file listing for the loader, the CLIs and the build integrations. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Files under `dir` whose name passes `keep`, dot-files skipped, sorted so every caller is deterministic. */
export function listFiles(dir: string, keep: (name: string) => boolean): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(path, keep));
    else if (entry.isFile() && keep(entry.name)) out.push(path);
  }
  return out.sort();
}

export const isHtml = (name: string): boolean => name.endsWith('.html');
