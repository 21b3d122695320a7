/**
 * Share images: the card drawn with the machine's CJK font is the size the pages
 * announce and the same bytes every time; the built pages point at images that
 * exist, by absolute URL.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findCjkFont } from '../src/io/cjk-font.ts';
import { IMAGE_HEIGHT, IMAGE_WIDTH } from '../src/og/card.ts';
import { cardDrawer } from '../src/og/draw-card.ts';
import { ogImagePath } from '../src/og/sink.ts';
import { readArticlesExport } from '../src/utils/data-export.ts';

const font = findCjkFont();
if (!font) console.warn('[share image tests skipped] no CJK font: install fonts-noto-cjk (CI does).');

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (png: Buffer): [number, number] => [png.readUInt32BE(16), png.readUInt32BE(20)];

describe('share image paths', () => {
  it('puts a page’s image under /og/ by its path', () => {
    expect(ogImagePath('/articles/000-abc-123456/')).toBe('/og/articles/000-abc-123456.png');
    expect(ogImagePath('/projects/project-117/')).toBe('/og/projects/project-117.png');
  });
});

describe.skipIf(!font)('drawing a card', () => {
  const card = { kicker: '津城发展观察', title: '测试用的标题：某某产业园一期主体封顶，计划年内投产', footer: '某某日报 · 2026年1月2日 · 第3版' };

  it('draws a PNG of the announced size, at least 300 px, the same bytes every time', async () => {
    const a = await cardDrawer(font!)(card);
    const b = await cardDrawer(font!)(card);
    expect(a.subarray(1, 4).toString()).toBe('PNG');
    expect(pngSize(a)).toEqual([IMAGE_WIDTH, IMAGE_HEIGHT]);
    expect(Math.min(IMAGE_WIDTH, IMAGE_HEIGHT)).toBeGreaterThanOrEqual(300);
    expect(a.equals(b)).toBe(true);
  });

  it('draws the title: a different title gives a different picture', async () => {
    const draw = cardDrawer(font!);
    const a = await draw(card);
    const b = await draw({ ...card, title: '另一个标题' });
    expect(a.equals(b)).toBe(false);
  });
});

describe.skipIf(!font || !existsSync('dist/index.html'))('share images in the built site', () => {
  it('gives article and entity pages a large-image card whose image exists, by absolute URL', () => {
    const records = readArticlesExport((path) => readFileSync(`dist${path}`, 'utf8'));
    const entityPages = ['projects', 'districts', 'industries'].map((kind) => {
      const slug = readdirSync(`dist/${kind}`).find((f) => !f.startsWith('by-') && existsSync(`dist/${kind}/${f}/index.html`))!;
      return `dist/${kind}/${slug}/index.html`;
    });
    const files = [...entityPages, ...records.map((a) => `dist${new URL(a.url).pathname}index.html`)];
    for (const file of files) {
      const page = readFileSync(file, 'utf8');
      const image = /<meta property="og:image" content="([^"]+)"/.exec(page)?.[1];
      expect(image, `${file}: og:image`).toMatch(/^https?:\/\/[^/]+\/og\/.+\.png$/);
      expect(page).toContain('<meta name="twitter:card" content="summary_large_image"');
      expect(page).toContain(`<meta name="twitter:image" content="${image}"`);
      expect(page).toContain(`<meta property="og:image:width" content="${IMAGE_WIDTH}"`);
      const png = `dist${new URL(image!).pathname}`;
      expect(existsSync(png), png).toBe(true);
      expect(pngSize(readFileSync(png))).toEqual([IMAGE_WIDTH, IMAGE_HEIGHT]);
    }
  });
});
