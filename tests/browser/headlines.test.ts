/**
 * Headlines the text does not print, in a browser: a photo item without a headline reads
 * 图片新闻 with its caption as body and its credit once. Needs `npm run build` first.
 */
import { readFileSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readArticlesExport } from '../../src/utils/data-export.ts';
import { CHROMIUM, CHROMIUM_ARGS, hasBuild, hasChromium, ROOT, startPreview, type Preview } from './serve.ts';

interface Record {
  url: string;
  title: string | null;
  headline: { text: string; from: string };
  credit: string | null;
  photographers: string[];
  paragraphs: { kind: string; text: string }[];
}

describe.skipIf(!hasChromium())('headlines a text does not print', () => {
  let preview: Preview;
  let browser: Browser;
  let photo: Record;

  beforeAll(async () => {
    if (!hasBuild()) throw new Error('dist/ is missing: run `npm run build` before the browser tests');
    const records = readArticlesExport((path) => readFileSync(`${ROOT}dist${path}`, 'utf8')) as Record[];
    photo = records.find((r) => r.headline.from === 'photo')!;
    preview = await startPreview();
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  });

  afterAll(async () => {
    await browser?.close();
    await preview?.stop();
  });

  it('shows a headless photo item as 图片新闻, its caption as body and its credit once', async () => {
    expect(photo, 'the samples hold a headless photo caption').toBeDefined();
    expect(photo.title).toBeNull();
    const page = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
    await page.goto(`${preview.origin}${new URL(photo.url).pathname}`, { waitUntil: 'networkidle' });
    expect((await page.locator('h1').innerText()).trim()).toBe('图片新闻');
    const article = await page.locator('article').innerText();
    const caption = photo.paragraphs[0]!.text;
    expect(article).toContain(caption);
    expect(article.split(photo.credit!).length - 1, 'the credit line').toBe(1);
    for (const name of photo.photographers) expect(article.split(name).length - 1, `the photographer ${name}`).toBe(1);
    expect(article).not.toContain('原文无标题');
    // Lists name it the same way.
    const title = await page.title();
    expect(title.startsWith('图片新闻')).toBe(true);
  });
});
