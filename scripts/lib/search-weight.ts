/**
 * What a reader pays for search and for an article page on a built site: each query
 * in a fresh (cold) headless Chromium context against a local gzip-serving server,
 * counting the bytes sent for that page load and the time until the first result
 * is on screen.
 *
 * "First result" is what a reader waits for after following a link to /search/?q=…:
 * from the start of that navigation (performance.timeOrigin, so the HTML, scripts and
 * data fetches all count) to the frame that first draws a result row. The page itself
 * records it (a mutation observer, then the next animation frame, which is just before
 * that frame is painted), so neither the test driver's polling nor its round trips to
 * the page add to it.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serveStatic } from '../../tests/fixtures/static-server.ts';

/** CHROMIUM names another build or a wrapper (for instance one that raises its scheduling priority on a busy machine). */
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** The benchmark's queries: a project name, a Traditional name, and free text (one word, then two). */
export const BENCH_QUERIES = ['117项目', '天開高教科創園', '新质生产力', '招商 入驻'];

export interface QueryCost {
  query: string;
  /** Every byte sent for the page load, gzip as served. */
  totalBytes: number;
  /** Of which the search itself: name index and Pagefind's files. */
  searchBytes: number;
  /** ms from navigation start to the frame that draws the first result; null when none came within 20 s. */
  firstResultMs: number | null;
  /** CPU ms the page's main thread spent until then (the part of the wait a busy machine stretches). */
  firstResultCpuMs: number | null;
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

const FIRST_RESULT_STAMP = 'first-search-result';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { data?: { message?: string } };
}

/**
 * CPU time of the page's main thread up to the first result, from a browser trace: the
 * top-level tasks of the thread that stamped the first result, before the stamp. Unlike
 * the wall time it hardly changes with what else the machine runs.
 */
function mainThreadCpuMs(trace: Buffer): number | null {
  const parsed = JSON.parse(trace.toString('utf8')) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
  const stamp = events.find((e) => e.name === 'TimeStamp' && e.args?.data?.message === FIRST_RESULT_STAMP);
  if (!stamp) return null;
  let cpu = 0;
  let end = 0;
  const tasks = events.filter((e) => e.pid === stamp.pid && e.tid === stamp.tid && e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && e.ts <= stamp.ts).sort((a, b) => a.ts - b.ts);
  for (const task of tasks) {
    if (task.ts < end) continue; // nested in the one before
    end = task.ts + (task.dur ?? 0);
    cpu += task.tdur ?? 0;
  }
  return Math.round(cpu / 1000);
}

/** Runs in the page before its own scripts: notes the frame in which the first result row is drawn. */
function recordFirstResult(stamp: string): void {
  const w = window as unknown as { firstResultAt?: number };
  const seen = new MutationObserver(() => {
    if (!document.querySelector('.search-hit')) return;
    seen.disconnect();
    requestAnimationFrame(() => {
      w.firstResultAt = performance.now();
      // The same moment in the browser's trace, where the main thread's CPU time is summed up to it.
      console.timeStamp(stamp);
    });
  });
  seen.observe(document, { subtree: true, childList: true });
}

export async function measureSite(dist: string, queries: string[]): Promise<SiteCosts> {
  const server = await serveStatic(dist);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const load = async (path: string, settle: (page: import('playwright-core').Page) => Promise<void>, trace = false) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.addInitScript(recordFirstResult, FIRST_RESULT_STAMP);
      const start = server.requests.length;
      if (trace) await browser.startTracing(page, { categories: ['toplevel', 'devtools.timeline'] });
      await page.goto(`${server.origin}${path}`);
      await settle(page);
      const traced = trace ? await browser.stopTracing() : null;
      const fetched = server.requests.slice(start);
      const result = { page, context, fetched, totalBytes: fetched.reduce((n, r) => n + r.bytes, 0), cpuMs: traced ? mainThreadCpuMs(traced) : null };
      return result;
    };
    const costs: QueryCost[] = [];
    for (const query of queries) {
      let firstResultMs: number | null = null;
      let results = 0;
      const { context, fetched, totalBytes, cpuMs } = await load(`/search/?q=${encodeURIComponent(query)}`, async (page) => {
        try {
          await page.waitForFunction(() => (window as unknown as { firstResultAt?: number }).firstResultAt !== undefined, null, { timeout: 20_000 });
          firstResultMs = Math.round(await page.evaluate(() => (window as unknown as { firstResultAt: number }).firstResultAt));
          await page.waitForSelector('[data-search-page][data-search-state="done"]', { timeout: 20_000 });
          results = await page.locator('.search-hit').count();
        } catch {
          // no result in time: reported as null
        }
        await page.waitForLoadState('networkidle');
      }, true);
      costs.push({ query, totalBytes, searchBytes: fetched.filter((r) => isSearchFile(r.path)).reduce((n, r) => n + r.bytes, 0), firstResultMs, firstResultCpuMs: firstResultMs === null ? null : cpuMs, results });
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
