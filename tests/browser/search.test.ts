/**
 * Search in headless Chromium over the built site (dist/, or SEARCH_DIST): a
 * project by name in Simplified and Traditional, filters, date order, opening a
 * result, free text through Pagefind, no results, no JavaScript, the header box,
 * and what a first search downloads. Expectations come from the built data
 * (/search/names.json, /data/articles.json), so they hold for any set of papers.
 * Needs `npm run build` first; skips only when /usr/bin/chromium is missing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/schema/article.ts';
import { readArticlesExport } from '../../src/utils/data-export.ts';
import { facetValues, type Facet, type IndexedArticle, type NameEntry, type SearchData } from '../../src/search/model.ts';
import { compactForm } from '../../src/search/query-fold.ts';
import { readSearchData } from '../../src/search/search-parts.ts';
import { CHROMIUM, CHROMIUM_ARGS, hasChromium } from '../fixtures/chromium.ts';
import { serveStatic, type StaticServer } from '../fixtures/static-server.ts';

const DIST = process.env.SEARCH_DIST ?? join(import.meta.dirname, '../../dist');
if (!hasChromium()) console.warn(`[search browser tests skipped] ${CHROMIUM} not found: install it with \`apt-get install -y chromium fonts-noto-cjk\` (CI does).`);

/** A first search may fetch at most this much for the search itself (names, Pagefind's code, index and fragments), gzip. */
const FIRST_SEARCH_BUDGET = 200_000;

const pathOf = (url: string): string => new URL(url, 'http://x').pathname;
const sorted = (values: Iterable<string>): string[] => [...values].sort();

describe.skipIf(!hasChromium())('search in a browser', () => {
  let server: StaticServer;
  let browser: Browser;
  let data: SearchData;
  /** The export's records: `url` is the article's page. */
  let records: (Article & { url: string })[];
  let project: NameEntry;
  let traditional: string;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    for (const file of ['pagefind/pagefind.js', 'search/names.json', 'data/articles.json']) {
      if (!existsSync(join(DIST, file))) throw new Error(`${join(DIST, file)} is missing: run \`npm run build\` (with the search integration) before the browser tests`);
    }
    data = readSearchData((path) => readFileSync(join(DIST, path), 'utf8'));
    records = readArticlesExport((path) => readFileSync(join(DIST, path), 'utf8'));
    // The most-reported project that is spelt differently in Traditional characters.
    project = data.entries.filter((e) => e.kind === 'projects' && e.count > 0 && e.forms.length > 0).sort((a, b) => b.count - a.count)[0]!;
    expect(project, 'a reported project with a Traditional spelling').toBeDefined();
    traditional = project.forms.find((f) => !f.includes('專案')) ?? project.forms[0]!;
    server = await serveStatic(DIST);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  afterEach(() => {
    expect(pageErrors.splice(0), 'errors thrown by page scripts').toEqual([]);
  });

  async function open(path: string, options: { javaScriptEnabled?: boolean; width?: number } = {}): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: options.width ?? 390, height: 844 }, javaScriptEnabled: options.javaScriptEnabled ?? true });
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${server.origin}${path}`);
    return page;
  }

  /** Waits for the search page to finish the current search. */
  async function settled(page: Page): Promise<void> {
    await page.waitForSelector('[data-search-page][data-search-state="done"]');
  }

  async function resultPaths(page: Page): Promise<string[]> {
    // Load every page of results.
    while (await page.locator('[data-search-more]').isVisible()) {
      const before = await page.locator('.search-hit').count();
      await page.locator('[data-search-more]').click();
      await page.waitForFunction((n) => document.querySelectorAll('.search-hit').length > n, before);
    }
    return (await page.locator('.search-hit a.title').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href))).map(pathOf);
  }

  const articlesOf = (entry: NameEntry): IndexedArticle[] => entry.hits.map(([i]) => data.articles[i]!);
  const textOf = (r: Article): string => compactForm([r.kicker, r.title, r.subtitle, ...r.paragraphs.map((p) => p.text), r.credit].filter(Boolean).join('\n'));
  const searchUrl = (params: Record<string, string>): string => `/search/?${new URLSearchParams(params)}`;

  it('finds a project by name: the project first, with its page and count, then exactly the articles tagged with it', async () => {
    const page = await open(searchUrl({ q: project.name }));
    await settled(page);
    const card = page.locator('.search-entity').first();
    await expect.poll(() => card.locator('a.search-entity-name').getAttribute('href')).toBe(project.url);
    expect(await card.locator('a.search-entity-name').innerText()).toBe(project.name);
    expect(await card.locator('.count').innerText()).toContain(String(project.count));
    expect(sorted(await resultPaths(page))).toEqual(sorted(articlesOf(project).map((a) => a.url)));
    // Excerpts mark where the name (or an alias) stands.
    const marks = await page.locator('.search-hit mark').allInnerTexts();
    expect(marks.length).toBeGreaterThan(0);
    for (const m of marks) expect([project.name, ...project.aliases]).toContain(m);
  });

  it('finds the same project typed in Traditional characters, and puts the query in the URL', async () => {
    const page = await open('/search/');
    await settled(page);
    await page.locator('#search-q').fill(traditional);
    await page.locator('#search-q').press('Enter');
    await page.waitForURL((url) => url.searchParams.get('q') === traditional);
    await settled(page);
    expect(await page.locator('.search-entity a.search-entity-name').first().innerText()).toBe(project.name);
    expect(sorted(await resultPaths(page))).toEqual(sorted(articlesOf(project).map((a) => a.url)));
    // The URL reloads to the same search.
    await page.reload();
    await settled(page);
    expect(await page.locator('#search-q').inputValue()).toBe(traditional);
    expect(sorted(await resultPaths(page))).toEqual(sorted(articlesOf(project).map((a) => a.url)));
  });

  it('narrows a name search by a filter, keeps the filter in the URL, and sorts by date', async () => {
    // A name and a facet value that some, but not all, of its articles have.
    const candidates = data.entries.filter((e) => e.count >= 2 && e.kind !== 'people');
    let choice: { entry: NameEntry; facet: Facet; value: string } | undefined;
    for (const entry of candidates) {
      const list = articlesOf(entry);
      for (const facet of ['year', 'district', 'industry', 'project'] as Facet[]) {
        const value = list.flatMap((a) => facetValues(a, facet)).find((v) => list.some((a) => !facetValues(a, facet).includes(v)));
        if (value) {
          choice = { entry, facet, value };
          break;
        }
      }
      if (choice) break;
    }
    expect(choice, 'an entity whose articles differ in some facet').toBeDefined();
    const { entry, facet, value } = choice!;
    const page = await open(searchUrl({ q: entry.name }));
    await settled(page);
    await page.locator(`select[name="${facet}"]`).selectOption(value);
    await page.waitForURL((url) => url.searchParams.get(facet) === value);
    await settled(page);
    const expected = articlesOf(entry).filter((a) => facetValues(a, facet).includes(value));
    expect(sorted(await resultPaths(page))).toEqual(sorted(expected.map((a) => a.url)));

    await page.locator('select[name="sort"]').selectOption('date');
    await page.waitForURL((url) => url.searchParams.get('sort') === 'date');
    await settled(page);
    const byDate = [...expected].sort((a, b) => ((a.date ?? '') < (b.date ?? '') ? 1 : (a.date ?? '') > (b.date ?? '') ? -1 : 0));
    expect((await resultPaths(page)).map((p) => data.articles.find((a) => a.url === p)!.date)).toEqual(byDate.map((a) => a.date));
  });

  it('answers free text from Pagefind with exactly the articles containing it, filters them, sorts them by date, and opens one', async () => {
    const term = '投资';
    const containing = records.filter((r) => textOf(r).includes(term));
    expect(containing.length, `the samples mention ${term}`).toBeGreaterThan(1);
    const page = await open(searchUrl({ q: term }), { width: 1280 });
    await settled(page);
    const urls = containing.map((r) => pathOf(r.url));
    expect(sorted(await resultPaths(page))).toEqual(sorted(urls));
    expect(await page.locator('.search-hit mark').first().innerText()).toBe(term);

    // A district that some of them are tagged with.
    const district = containing.flatMap((r) => r.tags.districts.map((t) => t.name))[0];
    if (district) {
      await page.locator('select[name="district"]').selectOption(district);
      await page.waitForURL((url) => url.searchParams.get('district') === district);
      await settled(page);
      const expected = containing.filter((r) => r.tags.districts.some((t) => t.name === district)).map((r) => pathOf(r.url));
      expect(sorted(await resultPaths(page))).toEqual(sorted(expected));
    }

    await page.locator('select[name="sort"]').selectOption('date');
    await settled(page);
    const dates = (await resultPaths(page)).map((p) => data.articles.find((a) => a.url === p)?.date ?? '');
    expect(dates).toEqual([...dates].sort().reverse());

    const first = page.locator('.search-hit a.title').first();
    const title = await first.innerText();
    await first.click();
    await page.waitForURL(/\/articles\/[^/]+\/$/);
    expect((await page.locator('h1').innerText()).replace(/\s+/g, ' ').trim()).toBe(title.replace(/\s+/g, ' ').trim());
  });

  it('starts a free-text search from the head of the page: its results’ text is on its way before the page’s modules run, and none is fetched twice', async () => {
    const term = '投资';
    const containing = records.filter((r) => textOf(r).includes(term));
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    // The page's module scripts are held back until Pagefind's result fragments are asked for.
    let released!: () => void;
    const fragmentAsked = new Promise<void>((resolve) => (released = resolve));
    const asked: string[] = [];
    page.on('request', (request) => {
      const path = pathOf(request.url());
      asked.push(path);
      if (path.startsWith('/pagefind/fragment/')) released();
    });
    let held = 0;
    let gaveUp = false;
    await page.route('**/_astro/*.js', async (route) => {
      held += 1;
      await Promise.race([fragmentAsked, new Promise((r) => setTimeout(r, 8_000)).then(() => (gaveUp = true))]);
      await route.continue();
    });
    await page.goto(`${server.origin}${searchUrl({ q: term })}`);
    await settled(page);
    expect(held).toBeGreaterThan(0);
    expect(gaveUp, 'the head script alone asked for the results’ text').toBe(false);
    expect(await page.locator('.search-hit').count()).toBe(Math.min(containing.length, 10));
    const fragments = asked.filter((p) => p.startsWith('/pagefind/fragment/'));
    expect(fragments.length).toBe(new Set(fragments).size);
    // Nor any of Pagefind's other files (the entry file was, with and without Pagefind's tag).
    const pagefind = asked.filter((p) => p.startsWith('/pagefind/'));
    expect(pagefind.filter((p, i) => pagefind.indexOf(p) !== i)).toEqual([]);
    await context.close();
  });

  it('asks for a free-text query’s index chunks while Pagefind’s metadata is still on its way, and for each once', async () => {
    const term = '投资';
    const context = await browser.newContext();
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    const asked: string[] = [];
    let chunkAsked!: () => void;
    const chunk = new Promise<void>((resolve) => (chunkAsked = resolve));
    page.on('request', (request) => {
      const path = pathOf(request.url());
      asked.push(path);
      if (path.startsWith('/pagefind/index/')) chunkAsked();
    });
    // Pagefind names a query's chunks only once its metadata is in: held back until a chunk is asked for.
    let gaveUp = false;
    await page.route('**/pagefind/*.pf_meta', async (route) => {
      await Promise.race([chunk, new Promise((r) => setTimeout(r, 8_000)).then(() => (gaveUp = true))]);
      await route.continue();
    });
    await page.goto(`${server.origin}${searchUrl({ q: term })}`);
    await settled(page);
    expect(gaveUp, 'the page asked for the chunks before Pagefind could name them').toBe(false);
    expect(await page.locator('.search-hit').count()).toBe(Math.min(records.filter((r) => textOf(r).includes(term)).length, 10));
    const chunks = asked.filter((p) => p.startsWith('/pagefind/index/'));
    expect(chunks.length).toBeGreaterThan(0);
    expect(chunks.length).toBe(new Set(chunks).size);
    await context.close();
  });

  it('does not let a name match the parts of it that occur elsewhere (生态城 is not 生态 + 城)', async () => {
    const zone = data.entries.find((e) => e.kind === 'districts' && e.aliases.length > 0 && e.count > 0 && [...e.aliases[0]!].length >= 3)!;
    const page = await open(searchUrl({ q: zone.aliases[0]! }));
    await settled(page);
    expect(sorted(await resultPaths(page))).toEqual(sorted(articlesOf(zone).map((a) => a.url)));
  });

  it('says when nothing is found and suggests names that are close', async () => {
    const name = data.entries.find((e) => e.kind === 'projects' && e.count > 0 && [...e.name].length >= 5)!.name;
    const typo = `${[...name].slice(0, -1).join('')}侶`;
    const page = await open(searchUrl({ q: typo }));
    await settled(page);
    expect(await page.locator('[data-search-status]').innerText()).toContain('没有找到');
    const suggestions = await page.locator('.search-suggest a').allInnerTexts();
    expect(suggestions).toContain(name);
  });

  it('without JavaScript, says search needs it and links to the project, district and industry indexes', async () => {
    const page = await open(searchUrl({ q: project.name }), { javaScriptEnabled: false });
    const fallback = page.locator('[data-search-fallback]');
    expect(await fallback.isVisible()).toBe(true);
    const links = await fallback.locator('a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')));
    expect(links).toEqual(expect.arrayContaining(['/projects/', '/districts/', '/industries/']));
    // The form still submits to /search/ with the query in the URL.
    expect(await page.locator('form[data-search-form]').getAttribute('action')).toBe('/search/');
  });

  it('the header box on any page loads nothing until used, then offers names and goes to the entity page', async () => {
    const article = data.articles[0]!;
    const start = server.requests.length;
    const page = await open(article.url, { width: 1280 });
    await page.waitForLoadState('networkidle');
    const loaded = (): string[] => server.requests.slice(start).map((r) => r.path);
    expect(loaded().filter((p) => p.startsWith('/search/') || p.startsWith('/pagefind/'))).toEqual([]);
    const box = page.locator('header input[name="q"]');
    await box.click();
    const prefix = [...traditional].slice(0, Math.max(2, [...traditional].length - 1)).join('');
    await box.pressSequentially(prefix);
    const option = page.locator('[role="listbox"] [role="option"]', { hasText: project.name }).first();
    await option.waitFor();
    expect(await box.getAttribute('aria-expanded')).toBe('true');
    const count = await page.locator('[role="listbox"] [role="option"]').count();
    for (let i = 0; i < count; i += 1) {
      await box.press('ArrowDown');
      if ((await box.getAttribute('aria-activedescendant')) === (await option.getAttribute('id'))) break;
    }
    await box.press('Enter');
    await page.waitForURL((url) => url.pathname === project.url);
    expect(loaded()).toContain('/search/names.json');
    expect(loaded().filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
  });

  it('answers a name search from the name index alone: its entry’s list and the rows of the first page, no full-text index', async () => {
    const start = server.requests.length;
    const page = await open(searchUrl({ q: project.name }));
    await settled(page);
    await page.waitForLoadState('networkidle');
    const n = data.entries.findIndex((e) => e.kind === project.kind && e.name === project.name);
    const fetched = server.requests.slice(start).map((r) => r.path);
    expect(sorted(fetched.filter((p) => p.startsWith('/search/') && p.endsWith('.json')))).toEqual(sorted(['/search/names.json', `/search/hits/${n}.json`, `/search/rows/${n}-0.json`]));
    // Nothing of Pagefind, not even its script: the name index said the query is a name before any was asked for.
    expect(fetched.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
    expect(await page.locator('.search-hit').count()).toBe(Math.min(project.count, 10));
    expect(await page.locator('.search-hit .search-excerpt mark').count()).toBeGreaterThan(0);
  });

  it('says how many articles name the entity in the status line (a live region), even while excerpts load slowly', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    // A slow connection: the rows files (which bring titles and excerpts) answer late.
    await page.route('**/search/rows/**', async (route) => {
      await new Promise((r) => setTimeout(r, 600));
      await route.continue();
    });
    await page.goto(`${server.origin}${searchUrl({ q: project.name })}`);
    await settled(page);
    const status = page.locator('[data-search-status]');
    expect(await status.getAttribute('aria-live')).toBe('polite');
    await page.waitForTimeout(300);
    const text = await status.innerText();
    expect(text).not.toContain('正在搜索');
    expect(text).toContain(`共 ${project.count} 篇`);
    await context.close();
  });

  it('the search page box suggests names as you type and searches when the reader pauses', async () => {
    const page = await open('/search/');
    await settled(page);
    const box = page.locator('#search-q');
    const chars = [...project.name];
    const prefix = chars.slice(0, Math.max(2, chars.length - 1)).join('');
    await box.pressSequentially(prefix, { delay: 30 });
    const option = page.locator('form[data-search-form] [role="listbox"] [role="option"]', { hasText: project.name }).first();
    await option.waitFor();
    expect(await box.getAttribute('aria-expanded')).toBe('true');
    // The rest of the name, and no Enter: the results come by themselves.
    await box.pressSequentially(chars.slice(prefix.length).join(''), { delay: 30 });
    await page.waitForURL((url) => url.searchParams.get('q') === project.name);
    await settled(page);
    await expect.poll(() => page.locator('.search-entity a.search-entity-name').first().getAttribute('href')).toBe(project.url);
    expect(sorted(await resultPaths(page))).toEqual(sorted(articlesOf(project).map((a) => a.url)));
    // Typing a word made one history entry, not one per key: Back leaves the search.
    await page.goBack();
    await page.waitForURL((url) => !url.searchParams.has('q'));
  });

  it('makes a filter change a history entry: Back returns to the unfiltered search', async () => {
    const entry = data.entries.find((e) => e.count >= 2 && e.kind !== 'people' && new Set(articlesOf(e).flatMap((a) => facetValues(a, 'year'))).size >= 1)!;
    const year = facetValues(articlesOf(entry)[0]!, 'year')[0]!;
    const page = await open(searchUrl({ q: entry.name }));
    await settled(page);
    await page.locator('select[name="year"]').selectOption(year);
    await page.waitForURL((url) => url.searchParams.get('year') === year);
    await settled(page);
    await page.goBack();
    await page.waitForURL((url) => !url.searchParams.has('year') && url.searchParams.get('q') === entry.name);
    await settled(page);
    expect(await page.locator('select[name="year"]').inputValue()).toBe('');
    expect(sorted(await resultPaths(page))).toEqual(sorted(articlesOf(entry).map((a) => a.url)));
  });

  it('shows the header box placeholder whole on a desktop screen, and names the two search landmarks apart', async () => {
    const page = await open('/search/', { width: 1366 });
    const box = page.locator('header input[name="q"]');
    const fits = await box.evaluate((input: HTMLInputElement) => {
      const style = getComputedStyle(input);
      const context = document.createElement('canvas').getContext('2d')!;
      context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      return { text: context.measureText(input.placeholder).width, room };
    });
    expect(fits.text).toBeLessThanOrEqual(fits.room);
    const labels = await page.locator('[role="search"]').evaluateAll((forms) => forms.map((f) => f.getAttribute('aria-label') ?? ''));
    expect(labels).toHaveLength(2);
    expect(labels.every((l) => l.length > 0)).toBe(true);
    expect(new Set(labels).size).toBe(2);
  });

  it('stays light: a first search fetches little beyond the page itself', async () => {
    const start = server.requests.length;
    const page = await open(searchUrl({ q: '冷链' }));
    await settled(page);
    const fetched = server.requests.slice(start);
    const searchBytes = fetched.filter((r) => r.path.endsWith('.json') && r.path.startsWith('/search/') || r.path.startsWith('/pagefind/')).reduce((n, r) => n + r.bytes, 0);
    expect(fetched.some((r) => r.path.startsWith('/pagefind/pagefind'))).toBe(true);
    expect(searchBytes).toBeLessThan(FIRST_SEARCH_BUDGET);
    // No page loads the OpenCC dictionaries for searching.
    expect(fetched.filter((r) => r.path.startsWith('/_astro/')).reduce((n, r) => n + r.bytes, 0)).toBeLessThan(60_000);
  });
});
