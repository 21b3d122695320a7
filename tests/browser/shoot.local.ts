// Temporary: screenshots of given paths. usage: node shoot.local.ts name=/path[=device-scheme] ...
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, startPreview } from './serve.ts';
const preview = await startPreview();
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
for (const arg of process.argv.slice(2)) {
  const [name, path, mode = 'phone-light'] = arg.split('=');
  const [device, scheme] = mode!.split('-') as [string, 'light' | 'dark'];
  const viewport = device === 'phone' ? { width: 390, height: 844 } : { width: 1280, height: 900 };
  const ctx = await browser.newContext({ viewport, colorScheme: scheme, isMobile: device === 'phone', hasTouch: device === 'phone' });
  const page = await ctx.newPage();
  page.on('console', (m) => m.type() === 'error' && console.log('console error', name, m.text()));
  await page.goto(`${preview.origin}${path}`, { waitUntil: 'networkidle' });
  await page.screenshot({ path: `/tmp/shots/${name}.png`, fullPage: process.env.TOP ? false : true });
  await ctx.close();
}
await browser.close();
await preview.stop();
