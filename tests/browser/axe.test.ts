/**
 * Accessibility of the built site with axe-core: no serious or critical violation
 * on the representative pages (home, an article, a project, a district, an
 * industry, the timeline, the paper pages when built, search), light and dark,
 * phone and desktop. Needs `npm run build` first; skips only without Chromium.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../fixtures/static-server.ts';
import { representativePages } from './pages.ts';
import { CHROMIUM, CHROMIUM_ARGS, hasChromium, ROOT } from './serve.ts';

const DIST = join(ROOT, 'dist');
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const viewports = { phone: { width: 390, height: 844 }, desktop: { width: 1366, height: 768 } };

interface Finding {
  id: string;
  impact: string | null;
  nodes: number;
  target: string;
}

describe.skipIf(!hasChromium())('accessibility (axe-core)', () => {
  let server: StaticServer;
  let browser: Browser;
  const pages = existsSync(join(DIST, 'index.html')) ? representativePages(DIST) : [];

  beforeAll(async () => {
    if (pages.length === 0) throw new Error('dist/ is missing: run `npm run build` before the browser tests');
    server = await serveStatic(DIST);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  for (const [device, viewport] of Object.entries(viewports)) {
    for (const scheme of ['light', 'dark'] as const) {
      it(`has no serious or critical violation, ${device}, ${scheme}`, async () => {
        const context = await browser.newContext({ viewport, colorScheme: scheme, isMobile: device === 'phone', hasTouch: device === 'phone' });
        const page = await context.newPage();
        const found: Record<string, Finding[]> = {};
        let all = 0;
        for (const [name, path] of pages) {
          await page.goto(`${server.origin}${path}`, { waitUntil: 'networkidle' });
          if (name === 'search') await page.waitForSelector('[data-search-page][data-search-state="done"]');
          await page.addScriptTag({ path: AXE });
          const violations = await page.evaluate(async () => {
            const axe = (window as unknown as { axe: { run: (ctx: Document, options: object) => Promise<{ violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] }> } }).axe;
            const result = await axe.run(document, { resultTypes: ['violations'] });
            return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, target: v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ') }));
          });
          all += violations.reduce((n, v) => n + v.nodes, 0);
          const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
          if (bad.length > 0) found[`${name} ${path}`] = bad;
        }
        await context.close();
        const serious = Object.values(found).flat().reduce((n, v) => n + v.nodes, 0);
        console.log(`axe ${device} ${scheme}: ${pages.length} pages, ${all} nodes with any violation, ${serious} serious or critical`);
        expect(found).toEqual({});
      }, 300_000);
    }
  }
});
