/**
 * One built site served and one Chromium for a describe block: registers the
 * hooks that start and stop them, and opens pages at phone size by default.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { CHROMIUM, CHROMIUM_ARGS, hasBuild, startPreview, type Preview } from './serve.ts';

export interface OpenOptions {
  javaScriptEnabled?: boolean;
  width?: number;
  dark?: boolean;
}

export interface Session {
  readonly origin: string;
  readonly browser: Browser;
  open(path: string, options?: OpenOptions): Promise<Page>;
}

export function siteSession(): Session {
  let preview: Preview | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    if (!hasBuild()) throw new Error('dist/ is missing: run `npm run build` before the browser tests');
    preview = await startPreview();
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  });
  afterAll(async () => {
    await browser?.close();
    await preview?.stop();
  });
  return {
    get origin() {
      return preview!.origin;
    },
    get browser() {
      return browser!;
    },
    async open(path, options = {}) {
      const context = await browser!.newContext({
        viewport: { width: options.width ?? 390, height: 844 },
        javaScriptEnabled: options.javaScriptEnabled ?? true,
        colorScheme: options.dark ? 'dark' : 'light',
      });
      const page = await context.newPage();
      await page.goto(`${preview!.origin}${path}`, { waitUntil: 'networkidle' });
      return page;
    },
  };
}
