/**
 * `<link rel="modulepreload">` for the modules a page's scripts import. Astro writes a
 * page's processed scripts as `<script type="module" src>`, which the browser finds at
 * once; the chunks those import (code shared with other pages' scripts) it finds only
 * once the first file has arrived and been parsed, one level after another. The client
 * build knows every chunk's static imports; after the build, the given pages get a
 * preload link for each module their scripts import, before the first script, so that
 * every module of the page is asked for at once.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const MODULE_SCRIPT = /<script type="module" src="\/([^"]+)"><\/script>/g;

/** Every chunk reachable from `entries` by static imports, not counting the entries, in the order first met. */
export function staticImportsOf(entries: readonly string[], imports: ReadonlyMap<string, readonly string[]>): string[] {
  const seen = new Set(entries);
  const found: string[] = [];
  const visit = (file: string): void => {
    for (const next of imports.get(file) ?? []) {
      if (seen.has(next)) continue;
      seen.add(next);
      found.push(next);
      visit(next);
    }
  };
  for (const entry of entries) visit(entry);
  return found;
}

/** The page with a preload link for each module its scripts import that it does not load already; unchanged when there is none. */
export function withModulePreloads(html: string, imports: ReadonlyMap<string, readonly string[]>): string {
  const scripts = [...html.matchAll(MODULE_SCRIPT)];
  const first = scripts[0];
  if (!first) return html;
  const wanted = staticImportsOf(scripts.map((m) => m[1]!), imports).filter((file) => !html.includes(`<link rel="modulepreload" href="/${file}">`));
  if (wanted.length === 0) return html;
  const links = wanted.map((file) => `<link rel="modulepreload" href="/${file}">`).join('');
  return html.slice(0, first.index) + links + html.slice(first.index);
}

/** `pages`: the built pages (paths in the output folder) whose scripts' imports are preloaded. */
export function modulePreloads(pages: readonly string[]): AstroIntegration {
  const imports = new Map<string, string[]>();
  return {
    name: 'module-preload',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'tianjin-news:module-preload',
                applyToEnvironment: (environment) => environment.name === 'client',
                generateBundle(_options, bundle) {
                  for (const output of Object.values(bundle)) if (output.type === 'chunk') imports.set(output.fileName, output.imports);
                },
              },
            ],
          },
        });
      },
      'astro:build:done': ({ dir }) => {
        for (const page of pages) {
          const file = join(fileURLToPath(dir), page);
          const html = readFileSync(file, 'utf8');
          const preloaded = withModulePreloads(html, imports);
          if (preloaded !== html) writeFileSync(file, preloaded);
        }
      },
    },
  };
}
