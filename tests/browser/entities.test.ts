/**
 * Entity pages in headless Chromium: parks inside parks and industries in two
 * levels, linked both ways, the whole listing its parts' stories.
 * Needs `npm run build` first; skips only when /usr/bin/chromium is missing.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readSearchData } from '../../src/search/search-parts.ts';
import { hasChromium, ROOT } from './serve.ts';
import { siteSession } from './session.ts';

describe.skipIf(!hasChromium())('entity pages in a browser', () => {
  const session = siteSession();
  const open = (path: string, javaScriptEnabled = false): Promise<Page> => session.open(path, { javaScriptEnabled });

  const timelineLinks = (page: Page): Promise<string[]> =>
    page.locator('section:has(#h-articles) a[href^="/articles/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));

  /** The count the page's header gives (“N 篇报道”). */
  const articleCount = async (page: Page): Promise<number> => Number(/(\d+) 篇报道/.exec(await page.locator('header p.meta', { hasText: '篇报道' }).innerText())![1]);

  it('lists a child park on its parent’s page, with its stories, and links back', async () => {
    const parent = await open('/projects/tiankai-park/');
    const child = parent.locator('[data-children] a', { hasText: '天开河西园' });
    await expect(child.count()).resolves.toBe(1);
    const parentStories = await timelineLinks(parent);
    const childCount = Number((await child.locator('xpath=..').locator('.count').innerText()).replace(/\D/g, ''));
    // The park's count is that of its timeline, the branch's stories included.
    await expect(articleCount(parent)).resolves.toBe(parentStories.length);
    expect(parentStories.length).toBeGreaterThanOrEqual(childCount);

    await child.click();
    await parent.waitForURL(/\/projects\/tiankai-hexi-park\/$/);
    await expect(parent.locator('h1').innerText()).resolves.toBe('天开河西园');
    const childStories = await timelineLinks(parent);
    expect(childStories.length).toBeGreaterThan(0);
    expect(childStories.length).toBe(childCount);
    // Every story about the branch is on the whole park's timeline too.
    for (const story of childStories) expect(parentStories).toContain(story);
    await expect(parent.locator('[data-parent] a').getAttribute('href')).resolves.toBe('/projects/tiankai-park/');
  });

  it('shows a top-level industry with its source and sub-industries, and a sub-industry with its parent', async () => {
    const top = await open('/industries/aerospace/');
    await expect(top.locator('h1').innerText()).resolves.toBe('航空航天');
    await expect(top.locator('[data-source]').innerText()).resolves.toContain('天津市12条重点产业链');
    const sub = top.locator('[data-children] a', { hasText: '商业航天' });
    await expect(sub.count()).resolves.toBe(1);
    const topStories = await timelineLinks(top);

    const page = await open('/industries/commercial-space/');
    await expect(page.locator('h1').innerText()).resolves.toBe('商业航天');
    await expect(page.locator('[data-parent] a').getAttribute('href')).resolves.toBe('/industries/aerospace/');
    const subStories = await timelineLinks(page);
    expect(subStories.length).toBeGreaterThan(0);
    for (const story of subStories) expect(topStories).toContain(story);
    await expect(articleCount(top)).resolves.toBe(topStories.length);

    // A story about the sub-industry carries both levels among its tags.
    const story = await open(subStories[0]!);
    const tags = story.locator('ul.tags');
    await expect(tags.locator('a[href="/industries/commercial-space/"]').count()).resolves.toBe(1);
    await expect(tags.locator('a[href="/industries/aerospace/"]').count()).resolves.toBe(1);

    // The index groups sub-industries under their chain.
    const index = await open('/industries/');
    await expect(index.locator('li:has(a.title:text-is("航空航天")) .sub-entities a', { hasText: '商业航天' }).count()).resolves.toBe(1);
  });

  it('gives a discovered project a page with its mark, a row on the projects index, and a place in name search', async () => {
    const names = JSON.parse(readFileSync(`${ROOT}dist/search/names.json`, 'utf8')) as { entries: { name: string; url: string | null; discovered?: boolean; count: number }[] };
    const found = names.entries.find((e) => e.discovered && e.url && e.count > 0);
    expect(found, 'the samples name a project the taxonomy lacks (徐州云龙湖文旅项目)').toBeDefined();

    const page = await open(found!.url!);
    await expect(page.locator('h1').innerText()).resolves.toBe(found!.name);
    await expect(page.locator('[data-discovered]').innerText()).resolves.toContain('自动识别、未经编辑确认');
    expect((await timelineLinks(page)).length).toBe(found!.count);

    const index = await open('/projects/');
    const row = index.locator('li', { has: index.locator(`a.title[href="${found!.url}"]`) });
    await expect(row.locator('[data-discovered]').innerText()).resolves.toBe('自动识别、未经编辑确认');

    const search = await open(`/search/?q=${encodeURIComponent(found!.name)}`, true);
    await search.waitForSelector('[data-search-page][data-search-state="done"]');
    const entity = search.locator('.search-entity', { has: search.locator(`a[href="${found!.url}"]`) });
    await expect(entity.locator('[data-discovered]').innerText()).resolves.toBe('自动识别、未经编辑确认');
    await expect(search.locator('.search-hit').count()).resolves.toBe(found!.count);
  });

  it('lists a park’s part under the park in name search, and passing mentions under their own heading', async () => {
    const names = readSearchData((path) => readFileSync(`${ROOT}dist${path}`, 'utf8'));
    const park = names.entries.find((e) => e.name === '天开高教科创园')!;
    const child = names.entries.find((e) => e.name === '天开河西园')!;
    expect(park.passing?.length, 'a sample names 天开园 inside its 管委会 only').toBeGreaterThan(0);
    const search = await open(`/search/?q=${encodeURIComponent('天开园')}`, true);
    await search.waitForSelector('[data-search-page][data-search-state="done"]');
    const tagged = await search.locator('ol[data-search-results] .search-hit a.title').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    for (const [i] of child.hits) expect(tagged).toContain(names.articles[i]!.url);
    const passing = await search.locator('[data-search-passing] .search-passing-hit a.title').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(passing.sort()).toEqual(park.passing!.map((i) => names.articles[i]!.url).sort());
    for (const url of passing) expect(tagged).not.toContain(url);
  });

  /** The rows of a page's amount table: the figure and what it belongs to (所属). */
  const amountRows = (page: Page, scope: string): Promise<{ figure: string; subject: string | null }[]> =>
    page.locator(`${scope} table.money tbody tr`).evaluateAll((rows) =>
      rows.map((r) => ({ figure: r.querySelector('.amount .figure')!.textContent!, subject: r.querySelector('td.project')?.textContent ?? null })),
    );

  it('lists on an industry page only the amounts about that industry, and says what each belongs to', async () => {
    // The 世界智能大会 deals and the health cluster's output were once on this page (issue 9).
    const robots = await open('/industries/embodied-ai-robotics/');
    await expect(robots.locator('h1').innerText()).resolves.toBe('具身智能与机器人');
    expect(await amountRows(robots, 'section:has(#h-money)')).toEqual([]);

    const health = await open('/industries/biomedicine/');
    const rows = await amountRows(health, 'section:has(#h-money)');
    expect(rows.map((r) => r.figure)).toContain('3900亿元');
    expect(rows.map((r) => r.figure)).not.toContain('6200亿元');

    // A company's figure names the company under 所属.
    const shipyard = await open('/industries/marine-equipment/');
    await expect(shipyard.locator('section:has(#h-money) table.money thead').innerText()).resolves.toContain('所属');
    const ship = (await amountRows(shipyard, 'section:has(#h-money)')).find((r) => r.figure === '23亿元');
    expect(ship?.subject).toBe('中船（天津）船舶制造有限公司');
  });
});
