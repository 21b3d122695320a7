/**
 * What a reader sees on phone and desktop, in headless Chromium over the built site:
 * legible charts, amount tables, milestones, 简/繁 without a flash and with names kept,
 * the share box, touch targets, and a desktop layout that uses the width.
 * Expectations come from the built data, so they hold for any set of papers.
 * Needs `npm run build` first; skips only when /usr/bin/chromium is missing.
 */
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../fixtures/static-server.ts';
import { toTraditional } from '../../src/pipeline/script.ts';
import { formatDate } from '../../src/utils/dates.ts';
import { pathOf, readArticles, representativePages, type BuiltArticle } from './pages.ts';
import { CHROMIUM, CHROMIUM_ARGS, hasChromium, ROOT } from './serve.ts';

const DIST = process.env.SITE_DIST ?? join(ROOT, 'dist');
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1366, height: 768 };

describe.skipIf(!hasChromium())('reading the site in a browser', () => {
  let server: StaticServer;
  let browser: Browser;
  let pages: Map<string, string>;
  let articles: BuiltArticle[];
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    pages = new Map(representativePages(DIST));
    articles = readArticles(DIST);
    server = await serveStatic(DIST);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  afterEach(async () => {
    for (const c of contexts.splice(0)) await c.close();
  });

  async function open(path: string, device: 'phone' | 'desktop' = 'phone', options: { colorScheme?: 'light' | 'dark' } = {}): Promise<Page> {
    const phone = device === 'phone';
    const context = await browser.newContext({ viewport: phone ? PHONE : DESKTOP, isMobile: phone, hasTouch: phone, colorScheme: options.colorScheme ?? 'light' });
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(`${server.origin}${path}`, { waitUntil: 'networkidle' });
    return page;
  }

  const chartPages = (): string[] => ['timeline', 'project', 'district', 'industry'].map((n) => pages.get(n)).filter((p): p is string => p !== undefined);

  it('draws charts legibly on a phone: labels of at least 11 px, one label style, a sensible width, no links inside the picture', async () => {
    for (const path of chartPages()) {
      const page = await open(path);
      const charts = await page.locator('svg.chart').evaluateAll((svgs) =>
        svgs.map((svg) => {
          const s = svg as SVGSVGElement;
          const scale = s.getBoundingClientRect().width / s.viewBox.baseVal.width;
          return {
            width: s.getBoundingClientRect().width,
            sizes: [...s.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale),
            labels: [...s.querySelectorAll('text')].map((t) => t.textContent?.trim() ?? ''),
            nested: s.querySelectorAll('a, [tabindex], button').length,
            role: s.getAttribute('role'),
          };
        }),
      );
      expect(charts.length, path).toBeGreaterThan(0);
      for (const chart of charts) {
        expect(Math.min(...chart.sizes), path).toBeGreaterThanOrEqual(11);
        for (const label of chart.labels) expect(label, path).toMatch(/^\d{4}\.\d{1,2}$/);
        expect(chart.width, path).toBeGreaterThanOrEqual(200);
        if (chart.role === 'img') expect(chart.nested, path).toBe(0);
      }
    }
  }, 120_000);
  /** The page of a project an article is tagged with, from the article's tag links. */
  async function projectPage(article: BuiltArticle, name: string): Promise<string | null> {
    const html = await (await fetch(`${server.origin}${pathOf(article.url)}`)).text();
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`href="(/projects/[^"]+/)"[^>]*>${escaped}<`).exec(html)?.[1] ?? null;
  }

  it('sets amounts without breaking a figure (no “42亿/元”) and gives names room, on phone and desktop', async () => {
    const withMoney = articles.filter((a) => a.money.length > 0);
    expect(withMoney.length, 'the samples report amounts').toBeGreaterThan(0);
    const paths = new Set([pathOf(withMoney[0]!.url), ...['district', 'industry'].map((n) => pages.get(n)!)]);
    // A few project pages with amounts too (their table has no project column).
    for (const a of withMoney) {
      const project = a.money.find((m) => m.project)?.project;
      const path = project ? await projectPage(a, project) : null;
      if (path && paths.size < 6) paths.add(path);
    }
    let cells = 0;
    for (const device of ['phone', 'desktop'] as const) {
      const page = await open('/', device);
      for (const path of paths) {
        await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
        const found = await page.locator('table.facts tbody td').evaluateAll((tds) =>
          tds.map((td) => {
            // Lines: the distinct rows the cell's text is laid out in (rects more than 10 px apart).
            const tops: number[] = [];
            const walker = document.createTreeWalker(td, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              if ((node.textContent ?? '').trim() === '') continue;
              const range = document.createRange();
              range.selectNodeContents(node);
              for (const r of range.getClientRects()) if (r.width > 0) tops.push(r.top);
            }
            tops.sort((a, b) => a - b);
            const lines = tops.filter((t, i) => i === 0 || t - tops[i - 1]! > 10).length;
            return { text: (td.textContent ?? '').replace(/\s+/g, ''), lines };
          }),
        );
        for (const cell of found) {
          const chars = [...cell.text].length;
          // Empty or not shown (a stacked row leaves out an empty project).
          if (chars === 0 || cell.lines === 0) continue;
          cells += 1;
          // Short cells (an amount, what it measures) stay on one line; longer ones keep several characters a line.
          if (chars <= 8) expect(cell.lines, `${device} ${path}: “${cell.text}”`).toBe(1);
          else expect(chars / cell.lines, `${device} ${path}: “${cell.text}” in ${cell.lines} lines`).toBeGreaterThanOrEqual(4);
        }
      }
    }
    expect(cells).toBeGreaterThan(0);
  }, 120_000);

  it('orders milestones by the date they resolve to, reads 目前 as the article’s date, prints a shared sentence once, and spaces the 计划 badge', async () => {
    const projects = new Map<string, BuiltArticle>();
    for (const a of articles) for (const m of a.milestones) if (m.project && a.milestones.filter((x) => x.project === m.project).length >= 2) projects.set(m.project, a);
    expect(projects.size, 'a project with two milestones in the samples').toBeGreaterThan(0);
    let checkedNow = false;
    let badges = 0;
    for (const [name, article] of projects) {
      const path = await projectPage(article, name);
      if (!path) continue;
      const page = await open(path);
      const list = page.locator('#h-milestones ~ .milestones, section:has(#h-milestones) .milestones').first();
      const dates = await list.locator('time[datetime]').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')!));
      expect(dates, path).toEqual([...dates].sort());
      const phrases = await list.locator(':scope > li > .phrase').allInnerTexts();
      phrases.forEach((p, i) => expect(p === phrases[i - 1], `${path}: the sentence “${p}” printed twice in a row`).toBe(false));
      const now = article.milestones.find((m) => m.project === name && m.when === '目前');
      if (now && article.published) {
        await expect(list.innerText(), path).resolves.toContain(formatDate(article.published));
        checkedNow = true;
      }
      const gaps = await list.locator('.badge').evaluateAll((els) =>
        els.map((badge) => {
          let before = badge.previousSibling;
          while (before && (before.textContent ?? '').trim() === '') before = before.previousSibling;
          const range = document.createRange();
          range.selectNodeContents(before!);
          const rects = [...range.getClientRects()];
          return badge.getBoundingClientRect().left - rects[rects.length - 1]!.right;
        }),
      );
      badges += gaps.length;
      for (const gap of gaps) expect(gap, `${path}: space before 计划`).toBeGreaterThanOrEqual(3);
    }
    expect(checkedNow, 'a project milestone written 目前').toBe(true);
    expect(badges, 'a planned milestone').toBeGreaterThan(0);
  }, 120_000);

  it('in 繁, keeps people’s names as printed, marks the page zh-Hant, and never shows the Simplified page first', async () => {
    const article = articles.find((a) => a.script !== 'hant' && a.reporters.some((n) => toTraditional(n) !== n));
    expect(article, 'a reporter whose name OpenCC would change').toBeDefined();
    const name = article!.reporters.find((n) => toTraditional(n) !== n)!;
    const page = await open(pathOf(article!.url));
    const count = (text: string): number => text.split(name).length - 1;
    const before = count(await page.locator('main').innerText());
    expect(before).toBeGreaterThan(0);
    await page.getByRole('button', { name: '繁體' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'zh-Hant', null, { timeout: 10_000 });
    const after = await page.locator('main').innerText();
    expect(count(after), `${name} kept in 繁`).toBe(before);
    expect(after).toContain(toTraditional('报道'));

    // Next page, on a slow connection: nothing Simplified is painted while the converter loads.
    const context = page.context();
    await context.route('**/opencc/**', async (route) => {
      await new Promise((r) => setTimeout(r, 1500));
      await route.continue();
    });
    const next = await context.newPage();
    await next.goto(`${server.origin}/about/`, { waitUntil: 'domcontentloaded' });
    const early = await next.evaluate(() => ({ hidden: getComputedStyle(document.body).visibility === 'hidden', lang: document.documentElement.lang }));
    expect(early.hidden || early.lang === 'zh-Hant', 'the Simplified page is shown while 繁 loads').toBe(true);
    await next.waitForFunction(() => document.documentElement.lang === 'zh-Hant', null, { timeout: 10_000 });
    await expect(next.evaluate(() => getComputedStyle(document.body).visibility)).resolves.toBe('visible');
    await expect(next.locator('h1').innerText()).resolves.toBe('關於本站');
  }, 120_000);

  it('in 繁, keeps people’s names as printed in search results drawn by script too', async () => {
    const changed = (n: string): boolean => toTraditional(n) !== n;
    // A reporter (found by full text) and a tagged person (found by name), each one OpenCC would change.
    const reporter = articles.flatMap((a) => a.reporters.filter((n) => changed(n) && (a.dateline ?? '').includes(n)))[0];
    const person = articles.flatMap((a) => a.tags.people.map((p) => p.name)).find(changed);
    expect(reporter, 'a reporter named in an article’s dateline whose name OpenCC would change').toBeDefined();
    expect(person, 'a tagged person whose name OpenCC would change').toBeDefined();
    const context = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true });
    contexts.push(context);
    await context.addInitScript(() => localStorage.setItem('script', 'hant'));
    const page = await context.newPage();
    for (const name of [reporter!, person!]) {
      await page.goto(`${server.origin}/search/?q=${encodeURIComponent(name)}`, { waitUntil: 'networkidle' });
      await page.waitForFunction(() => document.documentElement.lang === 'zh-Hant', null, { timeout: 10_000 });
      await page.waitForSelector('[data-search-page][data-search-state="done"]');
      await expect.poll(() => page.locator('.search-hit mark').count(), { message: name }).toBeGreaterThan(0);
      const shown = await page.locator('[data-search-page]').innerText();
      expect(shown, `${name} as printed`).toContain(name);
      expect(shown, `${name} not converted`).not.toContain(toTraditional(name));
      // The rest of the text is still converted.
      expect(shown).toContain(toTraditional('报道'));
    }
  }, 120_000);

  it('dates a milestone written 近期, 目前, 当前 (or 日前, 近日 …) by its article', async () => {
    const WORDS = ['目前', '当前', '如今', '现如今', '日前', '近日', '近期'];
    const relative = articles.flatMap((a) => a.milestones.filter((m) => m.project && m.when && WORDS.includes(m.when) && a.published).map((m) => ({ a, m })));
    expect(relative.map((r) => r.m.when), 'the samples write 近期').toContain('近期');
    const checked = new Set<string>();
    for (const { a, m } of relative) {
      const path = await projectPage(a, m.project!);
      if (!path) continue;
      const page = await open(path);
      const list = page.locator('section:has(#h-milestones) .milestones').first();
      const item = list.locator(':scope > li', { hasText: m.phrase.slice(0, 12) }).first();
      const dates = await item.locator('time[datetime]').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')));
      expect(dates, `${path}: “${m.when} ${m.kind}” dated by the article`).toContain(a.published);
      checked.add(m.when!);
    }
    expect(checked).toContain('近期');
  }, 120_000);

  it('keeps the 推断 mark on the date’s line, however narrow the line', async () => {
    const article = articles.find((a) => a.dateInferred && a.published);
    expect(article, 'an article with an inferred date').toBeDefined();
    const page = await open(pathOf(article!.url));
    // Narrow the dateline step by step, so every place a line could break falls between the date and its mark once.
    const apart = await page.locator('div.dateline').evaluate((line: HTMLElement) => {
      const time = line.querySelector('time')!;
      const mark = line.querySelector('.inferred summary')!;
      const wrong: number[] = [];
      for (let width = 360; width >= 140; width -= 4) {
        line.style.width = `${width}px`;
        const t = time.getBoundingClientRect();
        const m = mark.getBoundingClientRect();
        // The same line: the mark starts after the date and overlaps its line vertically.
        if (!(m.left >= t.right - 1 && m.top < t.bottom && m.bottom > t.top)) wrong.push(width);
      }
      return wrong;
    });
    expect(apart, 'dateline widths at which 推断 leaves the date').toEqual([]);
  }, 120_000);

  it('puts the 推断 mark’s details where flow content may stand, inside its date run, on every page that shows it', async () => {
    const article = articles.find((a) => a.dateInferred && a.published)!;
    let marks = 0;
    for (const path of [pathOf(article.url), `/papers/${article.published}/`, '/']) {
      const page = await open(path, 'desktop');
      // A details inside a span breaks the content model; inside a p the parser even closes the p before it.
      const found = await page.locator('details.inferred').evaluateAll((all) =>
        all.map((d) => ({ run: d.parentElement?.classList.contains('date-mark') ?? false, phrasing: d.parentElement?.closest('span, p, a, em, strong, small, label, h1, h2, h3, h4, h5, h6') != null })),
      );
      expect(found, path).toEqual(found.map(() => ({ run: true, phrasing: false })));
      marks += found.length;
    }
    expect(marks, 'marks on the article, its day and the home page').toBeGreaterThanOrEqual(2);
  }, 120_000);

  it('offers the share sheet instead of a QR code on a phone, and keeps the QR code on a desktop', async () => {
    const path = pages.get('article')!;
    const phone = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true });
    contexts.push(phone);
    await phone.addInitScript(() => {
      (navigator as unknown as { share: (d: ShareData) => Promise<void> }).share = async (d) => {
        (window as unknown as { shared: ShareData }).shared = d;
      };
    });
    const page = await phone.newPage();
    await page.goto(`${server.origin}${path}`, { waitUntil: 'networkidle' });
    await expect(page.locator('.share .qr').isVisible()).resolves.toBe(false);
    const button = page.getByRole('button', { name: '分享…' });
    // The button is the share script's enhancement: on a loaded machine it can appear after network idle.
    await button.waitFor({ state: 'visible', timeout: 15_000 });
    await button.click();
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    await expect(page.evaluate(() => (window as unknown as { shared?: ShareData }).shared?.url)).resolves.toBe(canonical);
    const box = await page.locator('.share').boundingBox();
    expect(box!.height).toBeLessThan(220);

    const desktop = await open(path, 'desktop');
    await expect(desktop.locator('.share .qr').isVisible()).resolves.toBe(true);
  }, 120_000);

  it('gives every control and navigation link a 44 px touch target on a phone', async () => {
    const selector = '.site-header a, .site-header button:visible, .site-header input, .site-footer a, .tags a, .year-nav a, .pager a, .share button:visible, .counts a, .script-toggle';
    for (const name of ['home', 'article', 'district', 'timeline']) {
      const path = pages.get(name)!;
      const page = await open(path);
      const small = await page.locator(selector).evaluateAll((els) =>
        els
          .filter((e) => (e as HTMLElement).offsetParent !== null && !e.classList.contains('skip'))
          .map((e) => ({ e, r: e.getBoundingClientRect() }))
          .filter(({ r }) => r.height < 43.5 || r.width < 43.5)
          .map(({ e, r }) => `${e.tagName.toLowerCase()} “${(e.textContent ?? '').trim().slice(0, 12)}” ${Math.round(r.width)}×${Math.round(r.height)}`),
      );
      expect(small, path).toEqual([]);
    }
  }, 120_000);

  it('uses the width of a desktop screen: the text beside an aside with tags, facts and sharing', async () => {
    for (const name of ['article', 'industry']) {
      const path = pages.get(name)!;
      const page = await open(path, 'desktop');
      const main = await page.locator('.main-col').first().boundingBox();
      const aside = await page.locator('.side-col').first().boundingBox();
      expect(main && aside, path).toBeTruthy();
      expect(aside!.x, path).toBeGreaterThanOrEqual(main!.x + main!.width);
      expect(aside!.y, path).toBeLessThan(main!.y + 200);
      expect(aside!.x + aside!.width - main!.x, path).toBeGreaterThan(DESKTOP.width * 0.7);
    }
    const article = await open(pages.get('article')!, 'desktop');
    for (const part of ['.article-tags', '.share', '#h-facts']) expect(await article.locator(`.side-col ${part}`).count(), part).toBe(1);
  }, 120_000);
});
