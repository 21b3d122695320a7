/**
 * A rebuild renders only the pages whose output can have changed; Astro's incremental
 * build (experimental.incrementalBuild) copies the others from its cache folder. The pages
 * give Astro the keys (routes/cached-paths.ts); this integration supplies what those keys
 * need from the build, and puts back what a restored page did besides writing its file:
 *
 * - Share images: a page registers its card while it renders (og/sink.ts), so a restored
 *   page would point at an image nobody draws. The cards every page registered are kept
 *   beside Astro's cache record; a restored page's card is registered again from there
 *   before the images are drawn (this integration's build:done runs before og-images').
 * - The two records must describe the same build: when the card store is missing or was
 *   written for another cache record (a build stopped in between), Astro's record is removed
 *   and every page is rendered.
 *
 * The sitemap and the after-build passes over dist (OpenCC phrases) see restored pages as
 * rendered ones: Astro lists them among the built pages and copies them into dist first.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { OgCard } from '../og/card.ts';
import { offeredCards, ogImageFor, ogImagePath } from '../og/sink.ts';
import { openPageCache, renderedPath, type PageCacheBuild } from '../routes/page-cache-build.ts';

/** Astro's own record of the last build's pages and keys (astro/dist/core/build/incremental.js). */
const ASTRO_RECORD = 'incremental-build.json';

interface CardStore {
  /** SHA-256 of Astro's record as this store was written with it. */
  record: string;
  /** Each page's card (null: the page has none), by renderedPath ("/articles/x"). */
  cards: Record<string, OgCard | null>;
}

const fileDigest = (path: string): string | null => (existsSync(path) ? createHash('sha256').update(readFileSync(path)).digest('hex') : null);

function readStore(path: string): CardStore | null {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as CardStore;
  } catch {
    return null;
  }
}

/** Names of the built client files (content-hashed, so they stand for their contents); pages link them. */
function assetNames(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
}

/**
 * The card of every page of this build: a rendered page's from what it registered now
 * (`offered`; null when the build draws no images), a restored page's from the record of the
 * build it was rendered in (`previous`). `restore` lists the restored pages' cards to register
 * again; `missing` the restored pages the record does not know.
 */
export function carryCards(
  pages: readonly string[],
  rendered: ReadonlySet<string>,
  previous: Readonly<Record<string, OgCard | null>>,
  offered: ReadonlyMap<string, OgCard> | null,
): { cards: Record<string, OgCard | null>; restore: [string, OgCard][]; missing: string[]; renderedPages: number } {
  const cards: Record<string, OgCard | null> = {};
  const restore: [string, OgCard][] = [];
  const missing: string[] = [];
  let renderedPages = 0;
  for (const path of pages) {
    if (rendered.has(path)) {
      renderedPages += 1;
      cards[path] = offered?.get(ogImagePath(path)) ?? null;
      continue;
    }
    const card = Object.hasOwn(previous, path) ? previous[path]! : undefined;
    if (card === undefined) {
      missing.push(path);
      continue;
    }
    cards[path] = card;
    if (card) restore.push([path, card]);
  }
  return { cards, restore, missing, renderedPages };
}

export function pageCache(): AstroIntegration {
  let cacheDir = '';
  let outDir = '';
  let assetsDir = '';
  let build: PageCacheBuild | null = null;
  let store: CardStore | null = null;
  const storePath = (): string => join(cacheDir, 'page-cache', 'cards.json');
  return {
    name: 'page-cache',
    hooks: {
      'astro:config:setup': ({ addMiddleware }) => {
        addMiddleware({ entrypoint: new URL('./page-cache-middleware.ts', import.meta.url), order: 'pre' });
      },
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
        outDir = fileURLToPath(config.outDir);
        assetsDir = join(outDir, config.build.assets);
      },
      'astro:build:start': ({ logger }) => {
        const record = join(cacheDir, ASTRO_RECORD);
        store = readStore(storePath());
        const recorded = fileDigest(record);
        if (recorded !== null && store?.record !== recorded) {
          rmSync(record, { force: true });
          logger.info('no share-image record for the cached pages: every page is rendered');
          store = null;
        }
        let inputs: string | null = null;
        build = {
          // Asked for when the pages' paths are listed, after the client files are written.
          inputs: () =>
            (inputs ??= createHash('sha256')
              .update(`${process.version}\u0000`)
              .update(assetNames(assetsDir).join('\n'))
              .digest('hex')),
          rendered: new Set(),
        };
        openPageCache(build);
      },
      'astro:build:done': ({ pages, assets, logger }) => {
        if (!build) return;
        const cards = offeredCards();
        const carried = carryCards(pages.map((p) => renderedPath(p.pathname)), build.rendered, store?.cards ?? {}, cards);
        if (carried.missing.length > 0) {
          throw new Error(`page-cache: ${carried.missing.length} pages (${carried.missing.slice(0, 3).join(', ')} …) were restored from ${cacheDir} without their share image record; delete that folder and build again`);
        }
        if (cards) for (const [path, card] of carried.restore) ogImageFor(path, card);
        const restoredPages = pages.length - carried.renderedPages;
        const files = [...assets.values()].reduce((n, urls) => n + urls.length, 0);
        const rendered = Math.min(build.rendered.size, files);
        logger.info(
          `${files.toLocaleString('en')} files: ${rendered.toLocaleString('en')} rendered, ${(files - rendered).toLocaleString('en')} restored (${restoredPages.toLocaleString('en')} pages)`,
        );
        const target = storePath();
        mkdirSync(join(target, '..'), { recursive: true });
        const written: CardStore = { record: fileDigest(join(cacheDir, ASTRO_RECORD)) ?? '', cards: carried.cards };
        writeFileSync(`${target}.${process.pid}.tmp`, JSON.stringify(written));
        renameSync(`${target}.${process.pid}.tmp`, target);
        build = null;
      },
    },
  };
}
