/**
 * The district map as a reader meets it: 16 districts, shaded by how much news
 * each has, each a link to its page, the same counts in a table, the page's own
 * district marked. Needs `npm run build` first.
 */
import { readFileSync } from 'node:fs';
import { readArticlesExport } from '../../src/utils/data-export.ts';
import { beforeAll, describe, expect, it } from 'vitest';
import { hasBuild, hasChromium, ROOT } from './serve.ts';
import { siteSession } from './session.ts';

interface Record {
  tags: { districts: { name: string }[] };
}

describe.skipIf(!hasChromium())('district map in a browser', () => {
  const site = siteSession();
  const open = site.open;
  let records: Record[];

  beforeAll(() => {
    if (hasBuild()) records = readArticlesExport((path) => readFileSync(`${ROOT}dist${path}`, 'utf8')) as Record[];
  });

  const countOf = (name: string): number => records.filter((r) => r.tags.districts.some((d) => d.name === name)).length;

  it('shows the 16 districts on the home page, each a link with its article count, as in the table beside it', async () => {
    const page = await open('/', { javaScriptEnabled: false });
    const map = page.locator('.district-map svg');
    await expect(map.isVisible()).resolves.toBe(true);
    const box = (await map.boundingBox())!;
    expect(box.width).toBeGreaterThan(300);
    const links = await map.locator(':scope > a').evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href'), label: a.getAttribute('aria-label') })));
    expect(links).toHaveLength(16);
    const rows = await page.locator('.district-map tbody tr').evaluateAll((trs) => trs.map((tr) => ({ href: tr.querySelector('a')!.getAttribute('href'), name: tr.querySelector('a')!.textContent, count: tr.querySelector('td')!.textContent })));
    expect(rows).toHaveLength(16);
    for (const row of rows) {
      expect(row.count).toBe(`${countOf(row.name!)} 篇`);
      expect(links).toContainEqual({ href: row.href, label: `${row.name}：${countOf(row.name!)} 篇` });
    }
    // Every link leads to a district page that exists.
    for (const { href } of links) expect((await fetch(`${site.origin}${href}`)).status, href!).toBe(200);
  });

  it('shades a district with more news at least as dark as one with less, and leaves districts without news unshaded', async () => {
    const page = await open('/');
    const shades = await page.locator('.district-map svg > a').evaluateAll((as) =>
      as.map((a) => ({ label: a.getAttribute('aria-label')!, shade: Number(/shade-(\d)/.exec(a.querySelector('path')!.getAttribute('class')!)![1]) })),
    );
    const withCount = shades.map((s) => ({ ...s, count: Number(/：(\d+) 篇/.exec(s.label)![1]) })).sort((a, b) => a.count - b.count);
    expect(withCount.map((s) => s.shade)).toEqual([...withCount.map((s) => s.shade)].sort((a, b) => a - b));
    for (const s of withCount) expect(s.shade === 0, s.label).toBe(s.count === 0);
    // The shades differ on screen, in light and in dark.
    for (const dark of [false, true]) {
      const p = await open('/', { dark });
      const fills = await p.locator('.district-map svg > a path').evaluateAll((ps) => ps.map((x) => getComputedStyle(x).fill));
      const busiest = withCount.at(-1)!;
      const quiet = withCount[0]!;
      const fillOf = (label: string): string => fills[shades.findIndex((s) => s.label === label)]!;
      if (busiest.count > quiet.count) expect(fillOf(busiest.label)).not.toBe(fillOf(quiet.label));
    }
  });

  it('marks the page’s own district, and a zone’s district, and clicking a district opens its page', async () => {
    const page = await open('/districts/xiqing/');
    await expect(page.locator('.district-map svg > a.here').getAttribute('href')).resolves.toBe('/districts/xiqing/');
    await expect(page.locator('.district-map tr.here a').getAttribute('aria-current')).resolves.toBe('page');
    const zone = await open('/districts/eco-city/');
    await expect(zone.locator('.district-map svg > a.here').getAttribute('href')).resolves.toBe('/districts/binhai/');
    await zone.locator('.district-map svg > a[href="/districts/jizhou/"]').click();
    await zone.waitForURL('**/districts/jizhou/');
    await expect(zone.locator('h1').innerText()).resolves.toBe('蓟州区');
  });
});
