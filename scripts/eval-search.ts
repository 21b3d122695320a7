/**
 * node scripts/eval-search.ts [--dist DIR]
 *
 * Measures the site search on the built site (default dist/; run `npm run build`
 * first) and prints a Markdown report:
 *
 * - For name queries (projects, districts, industries, people; Simplified and
 *   Traditional) and a few free-text queries: the articles expected by reading the
 *   texts, what the article tags say, what the site's search lists (driving
 *   /search/ in headless Chromium), and what plain Pagefind lists (a default
 *   Pagefind index over the same article pages, queried as typed), with recall and
 *   precision per query and overall.
 * - What a first search downloads and how long it takes to show results.
 *
 * "Expected by reading" is written down below as the spellings that, having read
 * the five sample papers, count as a mention, with the exclusions that reading
 * found (a name inside an organisation's name, another zone's 经开区). It is
 * applied to each record's text, so it holds however the pipeline splits pages.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';
import { chromium, type Page } from 'playwright-core';
import { readSearchData } from '../src/search/search-parts.ts';
import type { Article } from '../src/schema/article.ts';
import { readArticlesExport } from '../src/utils/data-export.ts';
import type { NameKind, SearchData } from '../src/search/model.ts';
import { compactForm } from '../src/search/query-fold.ts';
import { indexedText } from '../src/search/search-data.ts';
import { CHROMIUM, CHROMIUM_ARGS } from '../tests/fixtures/chromium.ts';
import { serveStatic, type ServedRequest } from '../tests/fixtures/static-server.ts';

interface Query {
  q: string;
  /** The entity whose tags the query should list, for names. */
  entity?: [NameKind, string];
  /** Spellings that count as a mention, by reading. */
  reading: RegExp;
  /** Text removed before applying `reading`: mentions that reading does not count. */
  notMention?: RegExp;
  note?: string;
}

const ORG_TIANKAI = /市?天开高教科创园管理委员会/g;
const OTHER_ZONES_KAIFAQU = /(?:东丽|西青|北辰|武清|宝坻|静海)经开区/g;

const nameQueries: Query[] = [
  { q: '117项目', entity: ['projects', '117项目'], reading: /117项目|117大厦|117大楼|高银117/ },
  { q: '117項目', entity: ['projects', '117项目'], reading: /117项目|117大厦|117大楼|高银117/ },
  { q: '天开园', entity: ['projects', '天开高教科创园'], reading: /天开园|天开高教科创园|天开高教科技园/, notMention: ORG_TIANKAI, note: '巡视对象名单里的“市天开高教科创园管理委员会”是机构名，不算提到园区' },
  { q: '天開園', entity: ['projects', '天开高教科创园'], reading: /天开园|天开高教科创园|天开高教科技园/, notMention: ORG_TIANKAI },
  { q: '天开河西园', entity: ['projects', '天开河西园'], reading: /天开河西园/ },
  { q: '京津中关村科技城', entity: ['projects', '京津中关村科技城'], reading: /京津中关村科技城/ },
  { q: '京津中關村科技城', entity: ['projects', '京津中关村科技城'], reading: /京津中关村科技城/ },
  { q: '玉湖冷链', entity: ['projects', '玉湖冷链(天津)交易中心'], reading: /玉湖冷链/ },
  { q: '宝坻区', entity: ['districts', '宝坻区'], reading: /宝坻/ },
  { q: '寶坻', entity: ['districts', '宝坻区'], reading: /宝坻/ },
  { q: '生态城', entity: ['districts', '中新天津生态城'], reading: /生态城/ },
  { q: '生態城', entity: ['districts', '中新天津生态城'], reading: /生态城/ },
  { q: '东丽区', entity: ['districts', '东丽区'], reading: /东丽/ },
  { q: '東麗區', entity: ['districts', '东丽区'], reading: /东丽/ },
  { q: '河西区', entity: ['districts', '河西区'], reading: /河西区/ },
  { q: '河東區', entity: ['districts', '河东区'], reading: /河东区/ },
  { q: '武清', entity: ['districts', '武清区'], reading: /武清/ },
  { q: '经开区', entity: ['districts', '天津经济技术开发区'], reading: /天津经济技术开发区|经开区/, notMention: OTHER_ZONES_KAIFAQU, note: '东丽经开区是另一个区域' },
  { q: '智能網聯', entity: ['industries', '智能网联汽车'], reading: /智能网联/ },
  { q: '智能网联汽车', entity: ['industries', '智能网联汽车'], reading: /智能网联|无人驾驶|自动驾驶|智能驾驶|车联网/, note: '京津中关村科技城一文写到“无人驾驶……应用场景纷纷落地”，算提到这一产业' },
  { q: '具身智能', entity: ['industries', '具身智能与机器人'], reading: /具身智能/ },
  { q: '生物医药', entity: ['industries', '生物医药'], reading: /生物医药/ },
  { q: '冷链物流', entity: ['industries', '冷链物流'], reading: /冷链/ },
  { q: '陈敏尔', entity: ['people', '陈敏尔'], reading: /陈敏尔/ },
  { q: '陳敏爾', entity: ['people', '陈敏尔'], reading: /陈敏尔/ },
  { q: '张工', entity: ['people', '张工'], reading: /张工/ },
  { q: '張工', entity: ['people', '张工'], reading: /张工/ },
];

const textQueries: Query[] = [
  { q: '冷链', reading: /冷链/ },
  { q: '机器人', reading: /机器人/ },
  { q: '機器人', reading: /机器人/ },
  { q: '投资', reading: /投资/ },
  { q: '招商', reading: /招商/ },
];

interface Scored {
  returned: string[];
  recall: number;
  precision: number;
  hits: number;
}

function score(expected: Set<string>, returned: string[]): Scored {
  const hits = returned.filter((r) => expected.has(r)).length;
  return {
    returned,
    hits,
    recall: expected.size === 0 ? (returned.length === 0 ? 1 : 1) : hits / expected.size,
    precision: returned.length === 0 ? (expected.size === 0 ? 1 : 0) : hits / returned.length,
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { dist: { type: 'string', default: process.env.SEARCH_DIST ?? 'dist' } } });
  const dist = values.dist!;
  const data = readSearchData((path) => readFileSync(join(dist, path), 'utf8'));
  const records = readArticlesExport((path) => readFileSync(join(dist, path), 'utf8'));
  const pathOf = (url: string): string => new URL(url, 'http://x').pathname;
  const textByPath = new Map(records.map((r) => [pathOf(r.url), indexedText(r)]));
  const recordByPath = new Map(records.map((r) => [pathOf(r.url), r]));
  // Short labels: paper number · order of the article in the paper.
  const label = (path: string): string => {
    const r = recordByPath.get(path);
    return r ? `${r.file.slice(0, 3)}·${r.order}` : path;
  };

  // Plain Pagefind: the default index over the same article pages, no segmenting of our own.
  const plainDir = mkdtempSync(join(tmpdir(), 'eval-search-plain-'));
  const created = await pagefind.createIndex({});
  if (!created.index) throw new Error(created.errors.join('; '));
  await created.index.addDirectory({ path: dist, glob: 'articles/*/index.html' });
  await created.index.writeFiles({ outputPath: plainDir });
  await pagefind.close();

  const server = await serveStatic(dist, { '/plain-pagefind/': plainDir });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/search/`);
    await page.waitForSelector('[data-search-state="done"]');

    const ours = async (q: string): Promise<{ paths: string[]; first: string | null }> => {
      await page.goto(`${server.origin}/search/?q=${encodeURIComponent(q)}`);
      await page.waitForSelector('[data-search-state="done"]');
      while (await page.locator('[data-search-more]').isVisible()) {
        const n = await page.locator('.search-hit').count();
        await page.locator('[data-search-more]').click();
        await page.waitForFunction((k) => document.querySelectorAll('.search-hit').length > k, n);
      }
      const paths = (await page.locator('.search-hit a.title').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))).map(pathOf);
      const first = (await page.locator('.search-entity .search-entity-name').first().textContent({ timeout: 100 }).catch(() => null)) ?? null;
      return { paths, first };
    };
    const plain = (q: string): Promise<string[]> =>
      page.evaluate(async ([query, bundle]) => {
        const pf = (await import(bundle)) as { init: () => Promise<void>; search: (q: string) => Promise<{ results: { data: () => Promise<{ url: string }> }[] }> };
        await pf.init();
        const found = await pf.search(query);
        const urls: string[] = [];
        for (const r of found.results) urls.push((await r.data()).url);
        return urls;
      }, [q, '/plain-pagefind/pagefind.js'] as const);

    const lines: string[] = [];
    const print = (s = ''): void => void lines.push(s);
    const list = (paths: Iterable<string>): string => [...paths].map(label).sort().join(' ') || '—';
    const pct = (x: number): string => x.toFixed(2);

    const run = async (title: string, queries: Query[]): Promise<void> => {
      print(`### ${title}`);
      print();
      print('| 查询 | 按阅读应有 | 标签（与阅读不同处） | 本站搜索 | R | P | 普通 Pagefind | R | P |');
      print('|---|---|---|---|---|---|---|---|---|');
      const totals = { ours: { hits: 0, returned: 0 }, plain: { hits: 0, returned: 0 }, expected: 0 };
      const notes: string[] = [];
      for (const query of queries) {
        const expected = new Set(
          [...textByPath].filter(([, text]) => query.reading.test(query.notMention ? text.replace(query.notMention, '') : text)).map(([p]) => p),
        );
        const entry = query.entity ? data.entries.find((e) => e.kind === query.entity![0] && compactForm(e.name) === compactForm(query.entity![1])) : undefined;
        if (query.entity && !entry) throw new Error(`${query.q}: no ${query.entity[0]} named ${query.entity[1]} in the name index`);
        const tagged = new Set((entry?.hits ?? []).map(([i]) => pathOf(data.articles[i]!.url)));
        const ourResult = await ours(query.q);
        const mine = score(expected, ourResult.paths);
        const theirs = score(expected, await plain(query.q));
        totals.expected += expected.size;
        totals.ours.hits += mine.hits;
        totals.ours.returned += mine.returned.length;
        totals.plain.hits += theirs.hits;
        totals.plain.returned += theirs.returned.length;
        const missing = [...expected].filter((p) => !tagged.has(p));
        const extra = [...tagged].filter((p) => !expected.has(p));
        const tagCell = query.entity
          ? `${tagged.size}${missing.length + extra.length > 0 ? `（${[missing.length ? `缺 ${list(missing)}` : '', extra.length ? `多 ${list(extra)}` : ''].filter(Boolean).join('，')}）` : ''}`
          : '—';
        const firstNote = ourResult.first ? `先列 **${ourResult.first}**；` : '';
        print(
          `| ${query.q} | ${expected.size}: ${list(expected)} | ${tagCell} | ${firstNote}${mine.returned.length}: ${list(mine.returned)} | ${pct(mine.recall)} | ${pct(mine.precision)} | ${theirs.returned.length}: ${list(theirs.returned)} | ${pct(theirs.recall)} | ${pct(theirs.precision)} |`,
        );
        if (query.note) notes.push(`- ${query.q}：${query.note}`);
      }
      const micro = (t: { hits: number; returned: number }): string =>
        `R ${pct(totals.expected ? t.hits / totals.expected : 1)} / P ${pct(t.returned ? t.hits / t.returned : 1)}`;
      print(`| **合计** | ${totals.expected} | | ${totals.ours.returned} | ${micro(totals.ours)} | | ${totals.plain.returned} | ${micro(totals.plain)} | |`);
      print();
      if (notes.length) {
        print('阅读时的排除：');
        print(...[notes.join('\n')]);
        print();
      }
    };

    print('## 搜索评测');
    print();
    print(`样本：${records.length} 篇报道（${new Set(records.map((r) => r.file)).size} 个文件）。文章以“文件号·文中顺序”标记，对照表见文末。`);
    print('R = 召回率（应有的报道中列出了多少），P = 精确率（列出的报道中有多少是应有的）。');
    print();
    await run('名称查询', nameQueries);
    await run('全文查询', textQueries);

    // Lightness: a cold first search (new browser context, empty cache) and a second one in the same page.
    print('### 首次搜索的下载量与耗时');
    print();
    print('| 查询 | 页面本身（HTML/CSS/JS，gzip） | 名称索引 | Pagefind（代码、wasm、索引、片段） | 首批结果出现 | 完成（含摘录） |');
    print('|---|---|---|---|---|---|');
    const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
    for (const q of ['117项目', '天開園', '冷链', '投资']) {
      const context = await browser.newContext();
      const cold = await context.newPage();
      await cold.addInitScript(() => {
        const w = window as unknown as { firstHit?: number; done?: number };
        new MutationObserver(() => {
          if (w.firstHit === undefined && document.querySelector('.search-hit')) w.firstHit = performance.now();
          if (w.done === undefined && document.querySelector('[data-search-state="done"]')) w.done = performance.now();
        }).observe(document, { subtree: true, childList: true, attributes: true });
      });
      const start = server.requests.length;
      await cold.goto(`${server.origin}/search/?q=${encodeURIComponent(q)}`);
      await cold.waitForSelector('[data-search-state="done"]');
      await cold.waitForLoadState('networkidle');
      const timing = await cold.evaluate(() => {
        const w = window as unknown as { firstHit?: number; done?: number };
        return { firstHit: w.firstHit ?? NaN, done: w.done ?? NaN };
      });
      const fetched: ServedRequest[] = server.requests.slice(start);
      const sum = (pred: (r: ServedRequest) => boolean): number => fetched.filter(pred).reduce((n, r) => n + r.bytes, 0);
      const isNames = (r: ServedRequest): boolean => r.path.startsWith('/search/') && r.path.endsWith('.json');
      const namesBytes = sum(isNames);
      const pagefindBytes = sum((r) => r.path.startsWith('/pagefind/'));
      const pageBytes = sum((r) => !isNames(r) && !r.path.startsWith('/pagefind/'));
      const pagefindFiles = fetched.filter((r) => r.path.startsWith('/pagefind/')).length;
      print(`| ${q} | ${kb(pageBytes)} | ${kb(namesBytes)} | ${kb(pagefindBytes)}（${pagefindFiles} 个文件） | ${Math.round(timing.firstHit)} ms | ${Math.round(timing.done)} ms |`);
      await context.close();
    }
    print();
    print('时间从导航开始计（本机 2 核、与其他任务共用，headless Chromium，本地服务器，无网络延迟）；字节数为服务器实际发送的（文本文件 gzip 压缩，Pagefind 的索引文件本身已压缩）。');
    print();
    print('### 文章对照');
    print();
    for (const r of [...records].sort((a, b) => label(pathOf(a.url)).localeCompare(label(pathOf(b.url))))) {
      print(`- ${label(pathOf(r.url))} ${r.title ?? '（无题）'}`);
    }
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    await browser.close();
    await server.stop();
    rmSync(plainDir, { recursive: true, force: true });
  }
}

await main();
