/**
 * What a reader pays for search and for an article page on a built site: each query
 * in a fresh (cold) headless Chromium context against a local gzip-serving server,
 * counting the bytes sent for that page load and the time until the first result
 * is on screen (from the start of navigation).
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serveStatic } from '../../tests/fixtures/static-server.ts';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export interface QueryCost {
  query: string;
  /** Every byte sent for the page load, gzip as served. */
  totalBytes: number;
  /** Of which the search itself: name index and Pagefind's files. */
  searchBytes: number;
  /** ms from navigation start to the first result on screen; null when none came within 20 s. */
  firstResultMs: number | null;
  results: number;
}

export interface SiteCosts {
  queries: QueryCost[];
  article: { path: string; totalBytes: number };
}

const isSearchFile = (path: string): boolean => path.startsWith('/search/') && path.endsWith('.json') || path.startsWith('/pagefind/');

/** The article page with the largest HTML file, the one most likely to break the budget. */
function heaviestArticle(dist: string): string {
  let best = { path: '', size: -1 };
  for (const id of readdirSync(join(dist, 'articles'))) {
    const size = statSync(join(dist, 'articles', id, 'index.html'), { throwIfNoEntry: false })?.size ?? -1;
    if (size > best.size || (size === best.size && id < best.path)) best = { path: id, size };
  }
  return `/articles/${best.path}/`;
}

export async function measureSite(dist: string, queries: string[]): Promise<SiteCosts> {
  const server = await serveStatic(dist);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const load = async (path: string, settle: (page: import('playwright-core').Page) => Promise<void>) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const start = server.requests.length;
      await page.goto(`${server.origin}${path}`);
      await settle(page);
      const fetched = server.requests.slice(start);
      const result = { page, context, fetched, totalBytes: fetched.reduce((n, r) => n + r.bytes, 0) };
      return result;
    };
    const costs: QueryCost[] = [];
    for (const query of queries) {
      let firstResultMs: number | null = null;
      let results = 0;
      const { context, fetched, totalBytes } = await load(`/search/?q=${encodeURIComponent(query)}`, async (page) => {
        try {
          await page.waitForSelector('.search-hit', { timeout: 20_000 });
          firstResultMs = Math.round(await page.evaluate(() => performance.now()));
          await page.waitForSelector('[data-search-page][data-search-state="done"]', { timeout: 20_000 });
          results = await page.locator('.search-hit').count();
        } catch {
          // no result in time: reported as null
        }
        await page.waitForLoadState('networkidle');
      });
      costs.push({ query, totalBytes, searchBytes: fetched.filter((r) => isSearchFile(r.path)).reduce((n, r) => n + r.bytes, 0), firstResultMs, results });
      await context.close();
    }
    const path = heaviestArticle(dist);
    const article = await load(path, (page) => page.waitForLoadState('networkidle'));
    await article.context.close();
    return { queries: costs, article: { path, totalBytes: article.totalBytes } };
  } finally {
    await browser.close();
    await server.stop();
  }
}
