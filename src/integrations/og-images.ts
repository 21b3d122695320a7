/**
 * Share images (og:image) for article and entity pages, drawn after the build.
 *
 * Pages register their card while they render (og/sink.ts); when the build is
 * done every card is drawn as an 800×420 PNG by sharp (SVG text through
 * fontconfig, with the machine's CJK font) into dist/og/. Images are cached in
 * Astro's cache folder (ASTRO_CACHE_DIR when set) by the digest of their SVG, the
 * font and sharp's version, so a rebuild draws only cards whose title, paper or date
 * changed, and a cached image is linked into dist/ rather than copied; drawing runs
 * on every core.
 *
 * Without a CJK font (fonts-noto-cjk on Debian) no image is made and pages carry
 * no og:image: a card of empty boxes is worse than none. The build says so.
 */
import { createHash } from 'node:crypto';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import sharp from 'sharp';
import { findCjkFont, type CjkFont } from '../io/cjk-font.ts';
import { linkOrCopy } from '../io/link-tree.ts';
import { cardSvg } from '../og/card.ts';
import { drawCard } from '../og/draw.ts';
import { offeredCards, openOgSink } from '../og/sink.ts';

/** Bump when the drawing changes in a way the SVG text does not show. */
const RENDERER = 'og-1';

/** A cached image into dist (linked, see io/link-tree.ts); false when it is not cached. */
function fromCache(cached: string, target: string): boolean {
  try {
    linkOrCopy(cached, target);
    return true;
  } catch {
    return false;
  }
}

export function ogImages(options: { cacheDir?: string } = {}): AstroIntegration {
  let font: CjkFont | null = null;
  let cacheDir = options.cacheDir ?? '';
  return {
    name: 'og-images',
    hooks: {
      'astro:config:done': ({ config }) => {
        // Beside the content store, so a clean build (a fresh cache folder) draws every image.
        cacheDir ||= join(fileURLToPath(config.cacheDir), 'og-images');
      },
      'astro:build:start': ({ logger }) => {
        font = findCjkFont();
        if (font) openOgSink();
        else logger.warn('no font for Chinese found by fontconfig (install fonts-noto-cjk): pages get no share image');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const cards = offeredCards();
        if (!font || !cards) return;
        const started = performance.now();
        const out = fileURLToPath(dir);
        const key = `${RENDERER}\u0000${sharp.versions.vips}\u0000${font.fingerprint}`;
        await mkdir(cacheDir, { recursive: true });
        let drawn = 0;
        const jobs = [...cards.entries()];
        // Each folder once, not once per image.
        for (const folder of new Set(jobs.map(([path]) => dirname(join(out, path))))) await mkdir(folder, { recursive: true });
        let next = 0;
        const work = async (): Promise<void> => {
          while (next < jobs.length) {
            const [path, card] = jobs[next++]!;
            const svg = cardSvg(card, font!.family);
            const cached = join(cacheDir, `${createHash('sha256').update(key).update('\u0000').update(svg).digest('hex')}.png`);
            const target = join(out, path);
            if (fromCache(cached, target)) continue;
            const png = await drawCard(svg);
            // Written whole and then renamed, so an interrupted build never leaves half an image in the cache.
            await writeFile(`${cached}.${process.pid}.tmp`, png);
            await rename(`${cached}.${process.pid}.tmp`, cached);
            if (!fromCache(cached, target)) await writeFile(target, png);
            drawn += 1;
          }
        };
        await Promise.all(Array.from({ length: Math.max(1, availableParallelism()) }, work));
        logger.info(`/og/: ${cards.size} share images (${drawn} drawn, ${cards.size - drawn} from cache) in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
