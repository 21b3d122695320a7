/**
 * Astro empties the output folder before it writes pages, one file at a time and
 * blocking the build: at 10,000 articles that is 30,000 files and, on a disk
 * mounted with online discard, two minutes before the first page renders. This
 * integration renames the old folder aside when the build starts (one rename, so
 * Astro then finds nothing to empty) and deletes it in the background while the
 * pages render; the build ends only when it is gone. Where the rename cannot be done
 * (the folder is a mount point, or another file system), Astro empties it as usual.
 */
import { readdirSync, renameSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The name an old output folder is renamed to, beside it; a build that was stopped may have left some. */
const staleName = (outDir: string): RegExp => new RegExp(`^\\.${basename(outDir).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-stale-\\d+$`);

export function clearOutDirInBackground(): AstroIntegration {
  let outDir = '';
  let removing: Promise<unknown> | null = null;
  return {
    name: 'clear-out-dir',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir).replace(/\/$/, '');
      },
      'astro:build:start': ({ logger }) => {
        const parent = dirname(outDir);
        try {
          renameSync(outDir, join(parent, `.${basename(outDir)}-stale-${process.pid}`));
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code;
          if (code !== 'ENOENT') logger.debug(`${outDir} not renamed (${code}): Astro empties it`);
        }
        let stale: string[] = [];
        try {
          stale = readdirSync(parent).filter((name) => staleName(outDir).test(name));
        } catch {
          // no parent folder yet: nothing to remove
        }
        removing = Promise.all(stale.map((name) => rm(join(parent, name), { recursive: true, force: true, maxRetries: 3 })));
      },
      'astro:build:done': async () => {
        await removing;
      },
    },
  };
}
