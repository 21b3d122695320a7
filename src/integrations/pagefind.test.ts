import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { indexableHtml, pageUrl, searchIndex } from './pagefind.ts';

const toSimplified = (t: string): string => t.replace(/開/g, '开').replace(/園/g, '园');

describe('indexableHtml', () => {
  it('segments the text of a Simplified page and leaves its characters alone', () => {
    expect(indexableHtml('<p>天開園</p>', toSimplified)).toBe('<p>天 開 園</p>');
  });

  it('indexes text printed in Traditional in Simplified, the script queries are converted to', () => {
    expect(indexableHtml('<div lang="zh-TW"><p>天開園</p></div>', toSimplified)).toBe('<div lang="zh-TW"><p>天 开 园</p></div>');
  });
});

describe('pageUrl', () => {
  it('turns a built file into the URL readers use', () => {
    expect(pageUrl('articles/000-abc/index.html')).toBe('/articles/000-abc/');
  });
});

describe('searchIndex after a build', () => {
  const dist = mkdtempSync(join(tmpdir(), 'search-index-'));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  it('indexes the article pages only and writes the Pagefind bundle', async () => {
    const page = (title: string) =>
      `<!doctype html><html lang="zh-CN"><head><title>${title}</title></head><body><nav>导航</nav><article data-pagefind-body><h1>${title}</h1><p>冷链物流</p></article></body></html>`;
    for (const [file, html] of [
      ['articles/a/index.html', page('生态城布局')],
      ['articles/b/index.html', page('宝坻区文旅')],
      ['projects/x/index.html', page('项目页')],
      ['index.html', page('首页')],
    ] as const) {
      mkdirSync(join(dist, file, '..'), { recursive: true });
      writeFileSync(join(dist, file), html);
    }
    const messages: string[] = [];
    const logger = { info: (m: string) => messages.push(m), warn: (m: string) => messages.push(`warn: ${m}`) };
    const hook = searchIndex().hooks['astro:build:done'] as unknown as (o: { dir: URL; logger: typeof logger }) => Promise<void>;
    await hook({ dir: pathToFileURL(`${dist}/`), logger });
    expect(existsSync(join(dist, 'pagefind/pagefind.js'))).toBe(true);
    expect(readdirSync(join(dist, 'pagefind/fragment')).length).toBe(2);
    expect(messages).toEqual([expect.stringContaining('2 article pages indexed')]);
  }, 60_000);
});
