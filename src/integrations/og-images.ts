/**
 * Share images (og:image) for article and entity pages, drawn while the pages render.
 *
 * Pages register their card while they render (og/sink.ts); each card is sent at
 * once to the drawing thread (og/draw-pool.ts), which draws it as an 800×420 PNG
 * (og/draw-card.ts, with the machine's CJK font) on the core rendering leaves free,
 * into Astro's cache folder (ASTRO_CACHE_DIR when set), named by the digest of its SVG,
 * the font and the libraries' versions (og/draw-queue.ts). When the build is done the
 * thread finishes what is left and each image is linked into dist/og/ rather than
 * copied, so a rebuild draws only cards whose title, paper or date changed.
 *
 * Without a CJK font (fonts-noto-cjk on Debian) no image is made and pages carry
 * no og:image: a card of empty boxes is worse than none. The build says so.
 */
import { rmSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import sharp from 'sharp';
import { findCjkFont, type CjkFont } from '../io/cjk-font.ts';
import { linkOrCopy } from '../io/link-tree.ts';
import { createDrawPool, type DrawPool } from '../og/draw-pool.ts';
import { closeOgSink, offeredCards, openOgSink } from '../og/sink.ts';

/** Bump when the drawing changes in a way the card's SVG does not show (og/draw-card.ts, og/palette-png.ts). */
const RENDERER = 'og-3';

/** A cached image into dist (linked, see io/link-tree.ts), replacing whatever a stopped build left there. */
function intoDist(cached: string, target: string): void {
  try {
    linkOrCopy(cached, target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    rmSync(target);
    linkOrCopy(cached, target);
  }
}

export interface OgImagesOptions {
  cacheDir?: string;
  /** The font to draw with (tests pass their own; default: what fontconfig finds). */
  findFont?: () => CjkFont | null;
}

export function ogImages(options: OgImagesOptions = {}): AstroIntegration {
  let cacheDir = options.cacheDir ?? '';
  let pool: DrawPool | null = null;
  let started = 0;
  return {
    name: 'og-images',
    hooks: {
      'astro:config:done': ({ config }) => {
        // Beside the content store, so a clean build (a fresh cache folder) draws every image.
        cacheDir ||= join(fileURLToPath(config.cacheDir), 'og-images');
      },
      'astro:build:start': ({ logger }) => {
        const font = (options.findFont ?? findCjkFont)();
        if (!font) {
          closeOgSink();
          logger.warn('no font for Chinese found by fontconfig (install fonts-noto-cjk): pages get no share image');
          return;
        }
        started = performance.now();
        // The bytes depend on the card (its SVG says all of it), the drawing code, librsvg through libvips (the
        // glyph masks), zlib (the deflate) and the font files.
        const key = [RENDERER, sharp.versions.vips, process.versions.zlib, font.fingerprint].join('\u0000');
        // Rendering keeps one core busy; laying out and drawing take another on the pool's worker thread.
        const fonts = { family: font.family, bold: font.bold, regular: font.regular };
        const p = createDrawPool({ cacheDir, key, fonts }, (message) => logger.warn(message));
        pool = p;
        // Each page's card as it registered it last; a card another page registered already is not drawn again.
        openOgSink((path, card) => p.add(path, card));
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!pool || !offeredCards()) return;
        const done = performance.now();
        closeOgSink();
        const p = pool;
        pool = null;
        const { drawn, cached, files: images } = await p.finish().finally(() => p.close());
        const out = fileURLToPath(dir);
        // Each folder once, not once per image.
        for (const folder of new Set([...images.keys()].map((path) => dirname(join(out, path))))) await mkdir(folder, { recursive: true });
        for (const [path, file] of images) intoDist(file, join(out, path));
        const now = performance.now();
        logger.info(
          `/og/: ${images.size} share images of ${drawn + cached} distinct cards (${drawn} drawn, ${cached} from cache); ${Math.round(now - done)} ms after the pages were built, ${Math.round(now - started)} ms since the build started`,
        );
      },
    },
  };
}
