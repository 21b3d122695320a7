/**
 * Takes phone (390×844) and desktop (1366×900) screenshots, light and dark, of the main pages into
 * tests/browser/screenshots/ for a person to look at. Not a test.
 *
 *   npm run build && ./node_modules/.bin/node tests/browser/screenshot.ts
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { readArticlesExport } from '../../src/utils/data-export.ts';
import { CHROMIUM, CHROMIUM_ARGS, ROOT, startPreview } from './serve.ts';

const OUT = `${ROOT}tests/browser/screenshots`;
mkdirSync(OUT, { recursive: true });

const articles = readArticlesExport((path) => readFileSync(`${ROOT}dist${path}`, 'utf8'));
const article = articles.find((a) => a.tags.projects.length > 0) ?? articles[0]!;
const articlePath = new URL(article.url).pathname;
const firstProject = /href="(\/projects\/[^"]+\/)"/.exec(readFileSync(`${ROOT}dist${articlePath}index.html`, 'utf8'))?.[1] ?? '/projects/';

const pages: [string, string][] = [
  ['home', '/'],
  ['article', articlePath],
  ['project', firstProject],
  ['projects', '/projects/'],
  ['districts', '/districts/'],
  ['district', /href="(\/districts\/[^"]+\/)"/.exec(readFileSync(`${ROOT}dist/districts/index.html`, 'utf8'))?.[1] ?? '/districts/'],
  ['papers', '/papers/'],
  ['paper-day', /href="(\/papers\/\d{4}-\d{2}-\d{2}\/)"/.exec(readFileSync(`${ROOT}dist/papers/index.html`, 'utf8'))?.[1] ?? '/papers/'],
  ['timeline', '/timeline/'],
  ['about', '/about/'],
  // A query that names a project: the entity card, the tagged articles with excerpts, passing mentions.
  ['search', `/search/?q=${encodeURIComponent(article.tags.projects[0]?.name ?? '117')}`],
  ['404', '/no-such-page/'],
];
const viewports = { phone: { width: 390, height: 844 }, desktop: { width: 1366, height: 900 } };

const preview = await startPreview(Number(process.env.PORT ?? 4400));
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
try {
  for (const [device, viewport] of Object.entries(viewports)) {
    for (const scheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ viewport, colorScheme: scheme, deviceScaleFactor: 1, isMobile: device === 'phone', hasTouch: device === 'phone' });
      const page = await context.newPage();
      for (const [name, path] of pages) {
        if (scheme === 'dark' && !['home', 'article', 'project', 'district', 'papers', 'paper-day', 'search'].includes(name)) continue;
        await page.goto(`${preview.origin}${path}`, { waitUntil: 'networkidle' });
        if (name === 'search') await page.waitForSelector('[data-search-page][data-search-state="done"]');
        const file = `${OUT}/${name}-${device}${scheme === 'dark' ? '-dark' : ''}`;
        await page.screenshot({ path: `${file}.png`, fullPage: true });
        // A full phone page is too tall to judge when scaled down; the first screen is what readers see.
        if (device === 'phone') await page.screenshot({ path: `${file}-top.png` });
      }
      if (scheme === 'light') {
        await page.goto(`${preview.origin}${articlePath}`, { waitUntil: 'networkidle' });
        const mark = page.locator('details.inferred summary').first();
        if (await mark.count()) {
          await mark.click();
          await page.screenshot({ path: `${OUT}/article-inferred-open-${device}.png` });
        }
        await page.getByRole('button', { name: '繁體' }).click();
        await page.waitForFunction(() => document.documentElement.lang === 'zh-Hant');
        await page.screenshot({ path: `${OUT}/article-traditional-${device}.png`, fullPage: true });
        // Search results drawn in 繁 (the choice is remembered): people's names as printed.
        await page.goto(`${preview.origin}${pages.find(([n]) => n === 'search')![1]}`, { waitUntil: 'networkidle' });
        await page.waitForSelector('[data-search-page][data-search-state="done"]');
        await page.screenshot({ path: `${OUT}/search-traditional-${device}.png`, fullPage: device === 'desktop' });
        await page.goto(`${preview.origin}${articlePath}`, { waitUntil: 'networkidle' });
        await page.getByRole('button', { name: '简体' }).click();
        await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
        if (device === 'desktop') {
          await page.emulateMedia({ media: 'print' });
          await page.screenshot({ path: `${OUT}/article-print.png`, fullPage: true });
          await page.emulateMedia({ media: 'screen' });
        }
      }
      await context.close();
    }
  }
  console.log(`screenshots in ${OUT}`);
} finally {
  await browser.close();
  await preview.stop();
}
