/**
 * Astro integration: writes the site's data files (integrations/data-file-list.ts: the
 * search's JSON and the JSON export, about 4,200 files at 10,000 articles) straight from
 * the loaded records once the pages are built, instead of rendering each as a route.
 * Astro spent on each of those small files about what it spends on a page (a request, a
 * response and its stream, the write, and a second write into its incremental cache), on
 * the one thread that renders every page; here a file costs its JSON and one write.
 * Nothing is kept between builds: the files are made anew from the records each time, as
 * /search/names.json, which every entry's file points into, always was.
 *
 * `astro dev` serves the same files from the same list, made from the records the dev
 * server has loaded (remade when a paper or the taxonomy is edited).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { site } from '../config/site.ts';
import { siteRecords, type SiteRecords } from '../loaders/site-records.ts';
import { dataFiles, type DataFiles } from './data-file-list.ts';

/** Writes every file under `root` (a site path /a/b.json goes to root/a/b.json); returns how many and their bytes. */
export function writeDataFiles(files: DataFiles, root: string): { files: number; bytes: number } {
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

export function dataFilesIntegration(): AstroIntegration {
  let siteInfo = { name: site.name as string, url: site.url as string };
  // The dev server's list, remade only when the loader hands over new records.
  let served: { records: SiteRecords; files: DataFiles } | null = null;
  const current = (): DataFiles => {
    const records = siteRecords();
    if (served?.records !== records) served = { records, files: dataFiles(records, siteInfo) };
    return served.files;
  };
  return {
    name: 'data-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        // As a route saw it: context.site, the configured site as a URL.
        if (config.site) siteInfo = { name: site.name, url: String(new URL(config.site)) };
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          const path = decodeURI(new URL(request.url ?? '/', 'http://dev').pathname);
          if (!path.endsWith('.json') || !(path.startsWith('/search/') || path.startsWith('/data/'))) return next();
          let body: (() => string) | undefined;
          try {
            body = current().get(path);
          } catch (error) {
            return next(error);
          }
          if (!body) return next();
          response.setHeader('Content-Type', 'application/json; charset=utf-8');
          response.end(body());
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const started = performance.now();
        const written = writeDataFiles(dataFiles(siteRecords(), siteInfo), fileURLToPath(dir));
        logger.info(`${written.files.toLocaleString('en')} files (${(written.bytes / 1e6).toFixed(1)} MB) in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
