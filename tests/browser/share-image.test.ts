/**
 * What a shared link shows: the article's card image loads from its absolute
 * URL, is large enough for WeChat and Twitter's large card, and names the article.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findCjkFont } from '../../src/io/cjk-font.ts';
import { readArticlesExport } from '../../src/utils/data-export.ts';
import { hasChromium, ROOT } from './serve.ts';
import { siteSession } from './session.ts';

describe.skipIf(!hasChromium() || !findCjkFont())('share image in a browser', () => {
  const site = siteSession();

  it('loads the article’s og:image, at least 300 px, with the title in its alt text', async () => {
    const records = readArticlesExport((path) => readFileSync(`${ROOT}dist${path}`, 'utf8')) as { url: string; title: string | null }[];
    const record = records.find((r) => r.title)!;
    const page = await site.open(new URL(record.url).pathname, { width: 1280 });
    const image = (await page.locator('meta[property="og:image"]').getAttribute('content'))!;
    expect(new URL(image).protocol).toMatch(/^https?:$/);
    await expect(page.locator('meta[property="og:image:alt"]').getAttribute('content')).resolves.toContain(record.title!.replace(/\s+/g, ' ').slice(0, 8));
    // The preview serves the site at another origin than the configured one: load the same path from it.
    const local = `${site.origin}${new URL(image).pathname}`;
    const size = await page.evaluate(async (src) => {
      const img = new Image();
      img.src = src;
      await img.decode();
      return [img.naturalWidth, img.naturalHeight];
    }, local);
    expect(size[0]).toBeGreaterThanOrEqual(300);
    expect(size[1]).toBeGreaterThanOrEqual(157);
    expect(size[0]! / size[1]!).toBeCloseTo(1.9, 1);
  });
});
