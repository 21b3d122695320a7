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
import { CHROMIUM, CHROMIUM_ARGS } from '../../tests/fixtures/chromium.ts';
import { serveStatic } from '../../tests/fixtures/static-server.ts';

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
  args?: { data?: { message?: string; url?: string; type?: string } };
}

/**
 * The tasks of the thread that stamped `stamp`, up to it, outermost first where they
 * nest: the scheduler's tasks, and the microtask checkpoints it runs as tasks of their
 * own ("RunTask" without a ThreadControllerImpl inside), where promise callbacks run, so
 * where Pagefind's searches spend their time.
 */
function topLevelTasks(events: TraceEvent[], stamp: TraceEvent): TraceEvent[] {
  return events
    .filter((e) => e.pid === stamp.pid && e.tid === stamp.tid && e.ph === 'X' && (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask') && e.ts <= stamp.ts)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
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
  for (const task of topLevelTasks(events, stamp)) {
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
      // Tells the driver, which waits for this message instead of polling the page: polling
      // would run Playwright's injected script on the page's main thread while it searches.
      console.debug(stamp);
    });
  });
  seen.observe(document, { subtree: true, childList: true });
}

/**
 * A reader's browser is running before they follow a link to the search: one page load
 * in a context of its own, closed before anything is measured, so the first query does not
 * carry the browser's own start-up (its network service, its first renderer). Every
 * measured query still starts in a fresh context, with nothing cached.
 */
async function warmBrowser(browser: import('playwright-core').Browser, origin: string): Promise<void> {
  const context = await browser.newContext();
  await (await context.newPage()).goto(`${origin}/robots.txt`);
  await context.close();
}

/** A reader's network as Chromium emulates it (Network.emulateNetworkConditions): added round-trip time and download rate. */
export interface EmulatedNetwork {
  latencyMs: number;
  downloadBytesPerSecond: number;
}

export async function measureSite(dist: string, queries: string[], network?: EmulatedNetwork): Promise<SiteCosts> {
  const server = await serveStatic(dist);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    await warmBrowser(browser, server.origin);
    const load = async (path: string, settle: (page: import('playwright-core').Page, stamped: Promise<unknown>) => Promise<void>, trace = false) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      if (network) {
        const cdp = await context.newCDPSession(page);
        await cdp.send('Network.enable');
        await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: network.latencyMs, downloadThroughput: network.downloadBytesPerSecond, uploadThroughput: network.downloadBytesPerSecond / 2 });
      }
      await page.addInitScript(recordFirstResult, FIRST_RESULT_STAMP);
      const start = server.requests.length;
      if (trace) await browser.startTracing(page, { categories: ['toplevel', 'devtools.timeline'] });
      const stamped = page.waitForEvent('console', { predicate: (m) => m.text() === FIRST_RESULT_STAMP, timeout: 20_000 });
      stamped.catch(() => undefined);
      await page.goto(`${server.origin}${path}`);
      await settle(page, stamped);
      const traced = trace ? await browser.stopTracing() : null;
      const fetched = server.requests.slice(start);
      const result = { page, context, fetched, totalBytes: fetched.reduce((n, r) => n + r.bytes, 0), cpuMs: traced ? mainThreadCpuMs(traced) : null };
      return result;
    };
    const costs: QueryCost[] = [];
    for (const query of queries) {
      let firstResultMs: number | null = null;
      let results = 0;
      const { context, fetched, totalBytes, cpuMs } = await load(`/search/?q=${encodeURIComponent(query)}`, async (page, stamped) => {
        try {
          await stamped;
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

interface PageTimings {
  firstResultAt: number | null;
  nav: { responseStart: number; responseEnd: number; domInteractive: number; domContentLoaded: number; loadEnd: number };
  resources: { name: string; initiator: string; start: number; firstByte: number; end: number; bytes: number }[];
  paints: { name: string; at: number }[];
}

/** What the page itself knows of its load, in ms since navigation start. */
function readTimings(): PageTimings {
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
  return {
    firstResultAt: (window as unknown as { firstResultAt?: number }).firstResultAt ?? null,
    nav: { responseStart: nav.responseStart, responseEnd: nav.responseEnd, domInteractive: nav.domInteractive, domContentLoaded: nav.domContentLoadedEventEnd, loadEnd: nav.loadEventEnd },
    resources: (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((r) => ({
      name: new URL(r.name).pathname + new URL(r.name).search,
      initiator: r.initiatorType,
      start: r.startTime,
      firstByte: r.responseStart,
      end: r.responseEnd,
      bytes: r.encodedBodySize,
    })),
    paints: performance.getEntriesByType('paint').map((p) => ({ name: p.name, at: p.startTime })),
  };
}

/** The names of what ran inside a main-thread task, longest first: "EvaluateScript 12, v8.compile 3". */
function taskContents(events: TraceEvent[], task: TraceEvent): string {
  const end = task.ts + (task.dur ?? 0);
  const inside = new Map<string, number>();
  for (const e of events) {
    if (e === task || e.ph !== 'X' || e.ts < task.ts || e.ts >= end || e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask') continue;
    const detail = (e.args?.data as { url?: string; functionName?: string; type?: string } | undefined);
    const what = detail?.url ? `${e.name}(${new URL(detail.url).pathname.split('/').pop()})` : detail?.type ? `${e.name}(${detail.type})` : e.name;
    inside.set(what, Math.max(inside.get(what) ?? 0, (e.dur ?? 0) / 1000));
  }
  return [...inside].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([name, ms]) => `${name} ${ms.toFixed(0)}`).join(', ');
}

/**
 * CPU time of a task's outermost inner events by name (what the task was spent on), the
 * rest as "other". `thread`: the events of the task's thread that can be inside a task, by start.
 */
function childCpu(thread: TraceEvent[], task: TraceEvent): Map<string, number> {
  const end = task.ts + (task.dur ?? 0);
  let lo = 0;
  let hi = thread.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (thread[mid]!.ts < task.ts) lo = mid + 1;
    else hi = mid;
  }
  const out = new Map<string, number>();
  let covered = 0;
  let upTo = 0;
  for (let i = lo; i < thread.length && thread[i]!.ts < end; i += 1) {
    const e = thread[i]!;
    if (e.ts < upTo) continue;
    upTo = e.ts + (e.dur ?? 0);
    out.set(e.name, (out.get(e.name) ?? 0) + e.tdur!);
    covered += e.tdur!;
  }
  out.set('other', (out.get('other') ?? 0) + Math.max(0, (task.tdur ?? 0) - covered));
  return out;
}

/**
 * For each query, a cold page load's timeline up to the first result, as text lines
 * sorted by time (ms since navigation start): requests, long main-thread tasks, paints.
 */
export async function traceSearch(dist: string, queries: string[]): Promise<string[]> {
  const server = await serveStatic(dist);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const lines: string[] = [];
  try {
    await warmBrowser(browser, server.origin);
    for (const query of queries) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.addInitScript(recordFirstResult, FIRST_RESULT_STAMP);
      await browser.startTracing(page, { categories: ['toplevel', 'devtools.timeline', 'v8', 'disabled-by-default-devtools.timeline'] });
      const stamped = page.waitForEvent('console', { predicate: (m) => m.text() === FIRST_RESULT_STAMP, timeout: 20_000 });
      await page.goto(`${server.origin}/search/?q=${encodeURIComponent(query)}`);
      await stamped.catch(() => undefined);
      await page.waitForLoadState('networkidle');
      const trace = await browser.stopTracing();
      const timings = await page.evaluate(readTimings);
      await context.close();

      const parsed = JSON.parse(trace.toString('utf8')) as { traceEvents?: TraceEvent[] } | TraceEvent[];
      const events = Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
      const stamp = events.find((e) => e.name === 'TimeStamp' && e.args?.data?.message === FIRST_RESULT_STAMP);
      const rows: [number, string][] = [];
      const ms = (n: number): string => n.toFixed(0).padStart(5);
      rows.push([0, `${ms(0)}  navigation start`]);
      rows.push([timings.nav.responseStart, `${ms(timings.nav.responseStart)}  HTML first byte (end ${timings.nav.responseEnd.toFixed(0)})`]);
      rows.push([timings.nav.domInteractive, `${ms(timings.nav.domInteractive)}  DOM interactive`]);
      rows.push([timings.nav.domContentLoaded, `${ms(timings.nav.domContentLoaded)}  DOMContentLoaded done`]);
      for (const p of timings.paints) rows.push([p.at, `${ms(p.at)}  ${p.name}`]);
      for (const r of timings.resources) rows.push([r.start, `${ms(r.start)}  fetch ${r.name} [${r.initiator}] first byte ${r.firstByte.toFixed(0)}, end ${r.end.toFixed(0)} (${(r.bytes / 1024).toFixed(1)} KB)`]);
      if (stamp && timings.firstResultAt !== null) {
        const offset = stamp.ts / 1000 - timings.firstResultAt;
        const thread = events
          .filter((e) => e.pid === stamp.pid && e.tid === stamp.tid && e.ph === 'X' && e.tdur !== undefined && e.name !== 'RunTask' && e.name !== 'ThreadControllerImpl::RunTask')
          .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
        let end = 0;
        const byKind = new Map<string, number>();
        let total = 0;
        for (const t of topLevelTasks(events, stamp)) {
          if (t.ts < end) continue;
          end = t.ts + (t.dur ?? 0);
          total += t.tdur ?? 0;
          for (const [kind, cpu] of childCpu(thread, t)) byKind.set(kind, (byKind.get(kind) ?? 0) + cpu);
          if ((t.dur ?? 0) < 2000) continue;
          const at = t.ts / 1000 - offset;
          rows.push([at, `${ms(at)}  task ${((t.dur ?? 0) / 1000).toFixed(0)} ms (cpu ${((t.tdur ?? 0) / 1000).toFixed(0)}): ${taskContents(events, t)}`]);
        }
        rows.push([timings.firstResultAt, `${ms(timings.firstResultAt)}  FIRST RESULT frame; main-thread CPU ${(total / 1000).toFixed(0)} ms: ${[...byKind].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([k, v]) => `${k} ${(v / 1000).toFixed(0)}`).join(', ')}`]);
      } else rows.push([Infinity, '    —  no first result']);
      rows.sort((a, b) => a[0] - b[0]);
      lines.push(`== ${query}`, ...rows.filter(([at]) => timings.firstResultAt === null || at <= timings.firstResultAt + 1).map(([, line]) => line));
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  return lines;
}
