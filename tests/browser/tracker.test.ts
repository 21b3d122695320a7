/**
 * What a reader following projects and papers checks in the built site: the
 * paper by date and page, the project status card, the projects index filters,
 * and the downloadable project table. Needs `npm run build` first.
 */
import { readArticlesExport } from '../../src/utils/data-export.ts';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectRecordSchema, type ProjectRecord } from '../../src/schema/project-record.ts';
import { hasBuild, hasChromium, ROOT } from './serve.ts';
import { siteSession } from './session.ts';

interface Record {
  id: string;
  url: string;
  title: string | null;
  source: string | null;
  page: string | null;
  published: string | null;
  file: string;
  order: number;
}

describe.skipIf(!hasChromium())('papers and projects in a browser', () => {
  const site = siteSession();
  const open = site.open;
  let records: Record[];
  let projects: ProjectRecord[];

  beforeAll(() => {
    if (!hasBuild()) return;
    records = readArticlesExport((path) => readFileSync(`${ROOT}dist${path}`, 'utf8')) as Record[];
    projects = (JSON.parse(readFileSync(`${ROOT}dist/data/projects.json`, 'utf8')) as { projects: ProjectRecord[] }).projects;
  });

  /** Picks the option of a filter whose label is the value followed by its count, “开工（3）”. */
  async function choose(page: Page, filter: string, label: string): Promise<void> {
    const select = page.getByLabel(filter);
    const value = await select.evaluate((el, l) => [...(el as HTMLSelectElement).options].find((o) => o.text.startsWith(`${l}（`))?.value, label);
    expect(value, `${filter} offers ${label}`).toBeTruthy();
    await select.selectOption(value!);
  }

  it('reads a paper as printed: calendar day → the day’s pages → the page’s stories in reading order → the article', async () => {
    const dated = records.filter((r) => r.published);
    const day = dated.map((r) => r.published!).sort().at(-1)!;
    const page = await open('/papers/', { javaScriptEnabled: false });
    await page.locator(`a[href="/papers/${day}/"]`).click();
    await page.waitForURL(`**/papers/${day}/`);
    const h1 = await page.locator('h1').innerText();
    expect(h1).toBe(`${Number(day.slice(0, 4))}年${Number(day.slice(5, 7))}月${Number(day.slice(8, 10))}日`);

    // Every story of that day is listed once, each file's stories in reading order.
    const expected = dated.filter((r) => r.published === day);
    const listed = await page.locator('.printed-page ol a.title').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect([...listed].sort()).toEqual(expected.map((r) => new URL(r.url).pathname).sort());
    for (const file of new Set(expected.map((r) => r.file))) {
      const inFile = expected.filter((r) => r.file === file).sort((a, b) => a.order - b.order).map((r) => new URL(r.url).pathname);
      expect(listed.filter((h) => inFile.includes(h!))).toEqual(inFile);
    }

    const first = expected[0]!;
    await page.locator(`a[href="${new URL(first.url).pathname}"]`).click();
    await page.waitForURL(`**${new URL(first.url).pathname}`);
    const dateline = page.locator('.article-head .dateline');
    await expect(dateline.innerText()).resolves.toContain(first.source ?? '来源不详');
    const pageLink = dateline.locator('a[href^="/papers/"]');
    await expect(pageLink.innerText()).resolves.toBe(first.page ? expect.stringContaining('版') : '未注明版次');
    // The page link lands on the page block that lists this story.
    const href = (await pageLink.getAttribute('href'))!;
    await pageLink.click();
    await page.waitForURL(`**${href}`);
    const anchor = href.split('#')[1]!;
    expect(await page.locator(`#${anchor} a[href="${new URL(first.url).pathname}"]`).count()).toBe(1);
  });

  it('shows readers the paper, not the internal file name, which stays in the editors’ details', async () => {
    const record = records[0]!;
    const page = await open(new URL(record.url).pathname);
    const details = page.locator('details.editors');
    await expect(details.locator('summary').innerText()).resolves.toBe('编辑信息');
    const visible = await page.locator('main').innerText();
    expect(visible).not.toContain(record.file);
    await details.locator('summary').click();
    await expect(details.innerText()).resolves.toContain(record.file);
  });

  it('sends “本版另有 N 篇” on the home page to the page it counts', async () => {
    const page = await open('/');
    const more = page.locator('.paper .more a').first();
    expect(await more.count(), 'no paper on the home page has more stories than it shows').toBe(1);
    const href = (await more.getAttribute('href'))!;
    expect(href).toMatch(/^\/papers\/[^/]+\/#p-[0-9a-f]{8}$/);
    const n = Number(/另有 (\d+) 篇/.exec(await more.innerText())![1]);
    const shown = await page.locator(`section.paper:has(.more a[href="${href}"]) ul.list > li`).count();
    await more.click();
    await page.waitForURL(`**${href}`);
    await expect(page.locator(`#${href.split('#')[1]} ol > li`).count()).resolves.toBe(n + shown);
  });

  it('answers at the top of a project page where it stands, with the article that says so', async () => {
    const tracked = projects.find((p) => p.stage && p.investmentYuan !== null) ?? projects.find((p) => p.stage)!;
    const page = await open(new URL(tracked.url).pathname, { width: 1280 });
    const card = page.locator('.status-card');
    // The card comes before the rest of the page's sections.
    const order = await page.locator('main h2').evaluateAll((hs) => hs.map((h) => h.id));
    expect(order[0]).toBe('h-status');
    await expect(card.locator('[aria-current="step"]').innerText()).resolves.toBe(tracked.stage!);
    await expect(card.locator('.stage-now strong').innerText()).resolves.toBe(tracked.stage!);
    const source = card.locator('.stage-now a');
    expect(new URL((await source.getAttribute('href'))!, site.origin).pathname).toBe(new URL(tracked.stageArticle!).pathname);
    if (tracked.investmentYuan !== null) await expect(card.locator('dd').first().innerText()).resolves.toMatch(/^[\d.]+(亿|万)?元/);
    await expect(card.innerText()).resolves.toContain(`${tracked.articles} 篇`);
    // Following the source shows the stage's word in the article.
    await source.click();
    await page.waitForURL('**/articles/**');
    const stageWord = tracked.stage!.split('/')[0]!;
    await expect(page.locator('.body').innerText()).resolves.toMatch(new RegExp(tracked.stage === '投产/开园/运营' ? '投产|开园|开业' : stageWord === '竣工' ? '竣工|完工|试生产|试运行' : stageWord === '主体封顶' ? '封顶' : stageWord === '开工' ? '开工|动工' : stageWord));
  });

  it('filters the projects index by stage, district and industry, in the URL and the history', async () => {
    const page = await open('/projects/');
    const rows = page.locator('[data-tracker] > li');
    const total = await rows.count();
    expect(total).toBe(projects.length);
    const stage = projects.find((p) => p.stage)!.stage!;
    await choose(page, '阶段', stage);
    await page.waitForFunction(() => new URL(location.href).searchParams.has('stage'));
    const visible = await rows.evaluateAll((lis) => lis.filter((li) => !(li as HTMLElement).hidden).map((li) => li.querySelector('.stage')!.textContent));
    expect(visible.length).toBe(projects.filter((p) => p.stage === stage).length);
    expect(new Set(visible)).toEqual(new Set([stage]));
    await expect(page.locator('[data-tracker-status]').innerText()).resolves.toBe(`显示 ${visible.length} 个项目，共 ${total} 个`);

    const district = projects.find((p) => p.districts.length > 0)!.districts[0]!;
    await page.getByLabel('阶段').selectOption('');
    await choose(page, '区域', district);
    const inDistrict = projects.filter((p) => p.districts.includes(district) || p.zones.includes(district)).length;
    await expect(rows.evaluateAll((lis) => lis.filter((li) => !(li as HTMLElement).hidden).length)).resolves.toBe(inDistrict);
    const shown = (): Promise<number> => rows.evaluateAll((lis) => lis.filter((li) => !(li as HTMLElement).hidden).length);
    // Back: the unfiltered list, then the stage filter again, each restored from the URL.
    await page.goBack();
    await page.waitForFunction(() => !location.search);
    await expect(shown()).resolves.toBe(total);
    await page.goBack();
    await page.waitForFunction(() => new URL(location.href).searchParams.has('stage'));
    await expect(shown()).resolves.toBe(visible.length);
    await expect(page.getByLabel('阶段').inputValue()).resolves.not.toBe('');

    // Sorted by latest news: the dates run newest first.
    const latest = await rows.evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.latest ?? '').filter(Boolean));
    expect(latest).toEqual([...latest].sort().reverse());
  });

  it('filters without JavaScript through static facet pages', async () => {
    const industry = projects.find((p) => p.industries.length > 0)!.industries[0]!;
    const page = await open('/projects/', { javaScriptEnabled: false });
    await expect(page.locator('[data-tracker-form]').isVisible()).resolves.toBe(false);
    await page.locator('.facet-links a', { hasText: industry }).first().click();
    await page.waitForURL('**/projects/by-industry/**');
    const names = await page.locator('[data-tracker] > li .title').allInnerTexts();
    expect(names.sort()).toEqual(projects.filter((p) => p.industries.includes(industry)).map((p) => p.name).sort());
  });

  it('offers the project table as CSV and JSON with the same facts', async () => {
    const json = (await (await fetch(`${site.origin}/data/projects.json`)).json()) as { projects: unknown[] };
    const parsed = json.projects.map((p) => projectRecordSchema.parse(p));
    const response = await fetch(`${site.origin}/data/projects.csv`);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    const csv = await response.text();
    const lines = csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]!.split(',')).toEqual(Object.keys(projectRecordSchema.shape));
    expect(lines.length - 1).toBe(parsed.length);
    const page = await open('/projects/');
    await expect(page.locator('a[href="/data/projects.csv"]').isVisible()).resolves.toBe(true);
  });
});
