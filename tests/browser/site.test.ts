/**
 * The built site in headless Chromium: reading an article, following its tags,
 * 简/繁, share metadata and QR, no-JS reading, and page weight.
 * Needs `npm run build` first; skips only when /usr/bin/chromium is missing.
 */
import { readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readArticlesExport } from '../../src/utils/data-export.ts';
import { qrSvg } from '../../src/utils/qr.ts';
import { CHROMIUM, CHROMIUM_ARGS, hasBuild, hasChromium, ROOT, startPreview, type Preview } from './serve.ts';

if (!hasChromium()) console.warn(`[browser tests skipped] ${CHROMIUM} not found: install it with \`apt-get install -y chromium fonts-noto-cjk\` (CI does).`);

interface Record {
  id: string;
  url: string;
  title: string | null;
  published: string | null;
  dateInferred: boolean;
  tags: { projects: { name: string }[]; districts: { name: string }[] };
}

/** What a reader sees of a text: runs of white space as one, none at the ends (as innerText reports). */
const seen = (text: string | null): string => (text ?? '').replace(/\s+/g, ' ').trim();

describe.skipIf(!hasChromium())('site in a browser', () => {
  let preview: Preview;
  let browser: Browser;
  let records: Record[];
  let article: Record;
  let articlePath: string;

  beforeAll(async () => {
    if (!hasBuild()) throw new Error('dist/ is missing: run `npm run build` before the browser tests');
    records = readArticlesExport((path) => readFileSync(`${ROOT}dist${path}`, 'utf8')) as Record[];
    // A titled, dated article with a project tag: it exercises every part of the page.
    article = records.find((r) => r.title && r.published && r.tags.projects.length > 0) ?? records[0]!;
    articlePath = new URL(article.url).pathname;
    preview = await startPreview();
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  });

  afterAll(async () => {
    await browser?.close();
    await preview?.stop();
  });

  async function open(path: string, options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: options.javaScriptEnabled ?? true });
    const page = await context.newPage();
    await page.goto(`${preview.origin}${path}`, { waitUntil: 'networkidle' });
    return page;
  }

  it('opens an article, follows a project tag to its page and to the month on its timeline', async () => {
    expect(article.tags.projects.length, 'no article has a project tag: is the tagger wired into the pipeline?').toBeGreaterThan(0);
    const page = await open(articlePath);
    expect(seen(await page.locator('h1').innerText())).toBe(seen(article.title));
    const project = article.tags.projects[0]!.name;

    await page.locator('.article-tags a', { hasText: project }).first().click();
    await page.waitForURL(/\/projects\/[a-z0-9-]+\/$/);
    await expect(page.locator('h1').innerText()).resolves.toBe(project);
    expect(await page.locator(`section:has(#h-articles) a[href="${articlePath}"]`).count()).toBe(1);

    const month = article.published!.slice(0, 7);
    await page.locator(`.year-nav a[href="#m${month}"]`).click();
    await page.waitForURL(new RegExp(`#m${month}$`));
    await expect(page.locator(`#m${month} a[href="${articlePath}"]`).isVisible()).resolves.toBe(true);

    // The body links the project's first mention to the same page.
    const back = await open(articlePath);
    const bodyLinks = await back.locator('.body a.entity-link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(bodyLinks).toContain(new URL(page.url()).pathname);
    expect(new Set(bodyLinks).size).toBe(bodyLinks.length);
  });

  it('lists the article on the site timeline under its month, with the month count', async () => {
    const page = await open('/timeline/');
    const month = article.published!.slice(0, 7);
    const expected = records.filter((r) => r.published?.startsWith(month)).length;
    await expect(page.locator(`#m${month} h3 .count`).innerText()).resolves.toBe(`${expected} 篇`);
    expect(await page.locator(`#m${month} a[href="${articlePath}"]`).count()).toBe(1);
  });

  it('switches the page to Traditional and back, loading the converter only on demand, remembered across pages', async () => {
    const page = await open(articlePath);
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    const simplified = await page.locator('main').innerText();
    const title = await page.title();

    await page.getByRole('button', { name: '繁體' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'zh-Hant');
    expect(requested.some((u) => u.includes('/opencc/s2t-phrases.txt'))).toBe(true);
    const traditional = await page.locator('main').innerText();
    expect(traditional).not.toBe(simplified);
    await expect(page.locator('.site-header nav').innerText()).resolves.toContain('區域');
    expect(await page.title()).not.toBe(title);

    await page.goto(`${preview.origin}/about/`, { waitUntil: 'networkidle' });
    await page.waitForFunction(() => document.documentElement.lang === 'zh-Hant');
    await expect(page.locator('h1').innerText()).resolves.toBe('關於本站');

    await page.goto(`${preview.origin}${articlePath}`, { waitUntil: 'networkidle' });
    await page.waitForFunction(() => document.documentElement.lang === 'zh-Hant');
    await page.getByRole('button', { name: '简体' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
    await expect(page.locator('main').innerText()).resolves.toBe(simplified);
    expect(await page.evaluate(() => localStorage.getItem('script'))).toBe('hans');
  });

  it('does not load the converter for a reader who never asks', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto(`${preview.origin}${articlePath}`, { waitUntil: 'networkidle' });
    expect(requested.filter((u) => /opencc|STCharacters|traditional/i.test(u))).toEqual([]);
  });

  it('carries share metadata: canonical, Open Graph, Twitter, JSON-LD NewsArticle, and a QR code of the URL', async () => {
    const page = await open(articlePath);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(canonical).toBe(article.url);
    expect(seen(await page.locator('meta[property="og:title"]').getAttribute('content'))).toBe(seen(article.title));
    await expect(page.locator('meta[property="og:url"]').getAttribute('content')).resolves.toBe(article.url);
    await expect(page.locator('meta[property="og:type"]').getAttribute('content')).resolves.toBe('article');
    await expect(page.locator('meta[name="twitter:card"]').getAttribute('content')).resolves.toBe('summary_large_image');

    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '') as { [k: string]: unknown };
    expect(ld['@type']).toBe('NewsArticle');
    expect(seen(ld.headline as string)).toBe(seen(article.title));
    expect(ld.url).toBe(article.url);
    if (article.published) expect(ld.datePublished).toBe(article.published);

    const qr = page.locator('.share svg.qr');
    await expect(qr.getAttribute('role')).resolves.toBe('img');
    // The served QR is exactly the code of the article's permanent URL.
    const served = await qr.evaluate((svg) => svg.outerHTML);
    const expected = await qrSvg(article.url, `本文链接的二维码：${article.url}`);
    const normalise = (s: string): string => s.replace(/\s+/g, ' ').replace(/ ?\/>/g, '>').replace(/<\/path>/g, '');
    expect(normalise(served)).toBe(normalise(expected));

    await expect(page.getByRole('button', { name: '复制链接' }).isVisible()).resolves.toBe(true);
  });

  it('reads fully without JavaScript, with the inferred-date evidence opening on tap', async () => {
    const page = await open(articlePath, { javaScriptEnabled: false });
    expect(seen(await page.locator('h1').innerText())).toBe(seen(article.title));
    expect(await page.locator('.body p').count()).toBeGreaterThan(0);
    await expect(page.locator('[data-script-toggle]').isVisible()).resolves.toBe(false);
    await expect(page.locator('#share-url').inputValue()).resolves.toBe(article.url);

    const inferred = records.find((r) => r.dateInferred && r.published);
    if (inferred) {
      const p = await open(new URL(inferred.url).pathname, { javaScriptEnabled: false });
      const summary = p.locator('details.inferred summary');
      expect(await summary.getAttribute('title')).toMatch(/^日期为推断：/);
      await expect(p.locator('details.inferred li').first().isVisible()).resolves.toBe(false);
      await summary.click();
      await expect(p.locator('details.inferred li').first().isVisible()).resolves.toBe(true);
    }
  });

  it('keeps the heaviest article page under 50 KB gzip with everything it loads', async () => {
    const size = (r: Record): number => statSync(`${ROOT}dist${new URL(r.url).pathname}index.html`).size;
    const heaviest = [...records].sort((a, b) => size(b) - size(a) || (a.id < b.id ? -1 : 1))[0]!;
    const heaviestPath = new URL(heaviest.url).pathname;
    const context = await browser.newContext();
    const page = await context.newPage();
    const bodies: { url: string; type: string; raw: number; gzip: number }[] = [];
    page.on('response', async (response) => {
      const type = response.request().resourceType();
      if (!['document', 'stylesheet', 'script', 'fetch', 'font', 'image'].includes(type)) return;
      const body = await response.body().catch(() => null);
      if (body) bodies.push({ url: new URL(response.url()).pathname, type, raw: body.length, gzip: gzipSync(body, { level: 9 }).length });
    });
    await page.goto(`${preview.origin}${heaviestPath}`, { waitUntil: 'networkidle' });
    await page.waitForTimeout(200);
    const total = bodies.reduce((n, b) => n + b.gzip, 0);
    console.log(`article page weight (${heaviestPath}):\n${bodies.map((b) => `  ${b.type.padEnd(10)} ${String(b.raw).padStart(7)} B raw ${String(b.gzip).padStart(6)} B gzip  ${b.url}`).join('\n')}\n  total ${total} B gzip`);
    expect(bodies.some((b) => b.type === 'document')).toBe(true);
    expect(total).toBeLessThan(50 * 1024);
  });

  it('serves the feeds, the data export, robots.txt and the sitemap', async () => {
    const get = async (path: string): Promise<string> => {
      const response = await fetch(`${preview.origin}${path}`);
      expect(response.status, path).toBe(200);
      return response.text();
    };
    expect(await get('/rss.xml')).toContain(`<link>${article.url}</link>`);
    const page = await open(articlePath);
    const projectLinks = page.locator('.article-tags a[href^="/projects/"]');
    expect(await projectLinks.count(), 'the article links no project: is the tagger wired into the pipeline?').toBeGreaterThan(0);
    const projectPath = await projectLinks.first().getAttribute('href');
    expect(await get(`${projectPath}rss.xml`)).toContain(`<link>${article.url}</link>`);
    expect(records.every((r) => r.url.endsWith(`/articles/${r.id}/`))).toBe(true);
    expect(await get('/robots.txt')).toMatch(/^Sitemap: .*sitemap-index\.xml$/m);
    expect(await get('/sitemap-0.xml')).toContain(article.url);
  });
});
