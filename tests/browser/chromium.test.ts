/**
 * The browser the tests and the search benchmarks drive (tests/fixtures/chromium.ts) loads
 * nothing of its own beside the page in a new window: what it ran there would be timed as
 * the page's. Chromium 156 preloaded its address bar's popup, a WebUI page in a renderer of
 * its own, in every new window (about 0.5 s of CPU, during the page's load); should a later
 * Chromium rename that feature or add another such page, this says so.
 */
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, CHROMIUM_ARGS, hasChromium } from '../fixtures/chromium.ts';

describe.skipIf(!hasChromium())('the benchmarks’ browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('opens a new window with the page alone, no page of the browser’s own UI', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto('data:text/html;charset=utf-8,<p>天津</p>');
    // The popup is made once the window is; a moment later it is among the targets.
    await page.waitForTimeout(500);
    const cdp = await browser.newBrowserCDPSession();
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { type: string; url: string }[] };
    await cdp.detach();
    await context.close();
    expect(targetInfos.filter((t) => t.type !== 'page' && t.type !== 'browser').map((t) => `${t.type} ${t.url}`)).toEqual([]);
    expect(targetInfos.filter((t) => t.type === 'page')).toHaveLength(1);
  });
});
