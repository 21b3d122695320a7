import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { PartsFile } from '../search/pagefind-parts.ts';
import { INDEX_LANGUAGE, type PagefindRecord } from '../search/pagefind-record.ts';
import { recordsDigest, writeSearchIndex } from './pagefind.ts';

const record = (id: string, content: string, district: string, date = '2026-05-10'): PagefindRecord => ({
  url: `/articles/${id}/`,
  content,
  language: INDEX_LANGUAGE,
  meta: { title: id },
  filters: { district: [district] },
  sort: { date },
});

describe('writeSearchIndex', () => {
  const root = mkdtempSync(join(tmpdir(), 'search-index-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const records = [record('b', '宝 坻 区 文 旅', '宝坻区'), record('a', '生 态 城 布 局. 冷 链 物 流', '滨海新区')];

  it('writes one fragment per record and reuses the bundle for the same records', async () => {
    const cache = join(root, 'cache');
    const first = await writeSearchIndex(records, join(root, 'one'), cache);
    expect(first).toEqual({ pages: 2, cached: false, parts: 1, indexed: 1 });
    expect(existsSync(join(root, 'one/pagefind.js'))).toBe(true);
    expect(readdirSync(join(root, 'one/fragment')).length).toBe(2);

    // Same records in another order: the kept bundle, byte for byte.
    const second = await writeSearchIndex([...records].reverse(), join(root, 'two'), cache);
    expect(second.cached).toBe(true);
    const entry = (dir: string): string => readFileSync(join(root, dir, 'pagefind-entry.json'), 'utf8');
    expect(entry('two')).toBe(entry('one'));

    // A changed record is indexed afresh.
    const third = await writeSearchIndex([records[0]!, record('a', '冷 链', '滨海新区')], join(root, 'three'), cache);
    expect(third.cached).toBe(false);
  }, 60_000);

  it('splits a large index into parts by date: the newest is the main bundle, the others merge in', async () => {
    const cache = join(root, 'parts-cache');
    const dated = [record('old', '宝 坻', '宝坻区', '2016-03-01'), record('new', '生 态 城', '滨海新区', '2017-01-02')];
    const first = await writeSearchIndex(dated, join(root, 'parts'), cache, 1);
    expect(first).toEqual({ pages: 2, cached: false, parts: 2, indexed: 2 });
    const list = JSON.parse(readFileSync(join(root, 'parts/parts.json'), 'utf8')) as PartsFile;
    expect(list.parts).toEqual(['2017', '2016']);
    // The main bundle's metadata, named as its entry file names it (the page preloads it from this list).
    const { languages } = JSON.parse(readFileSync(join(root, 'parts/pagefind-entry.json'), 'utf8')) as PartsFile;
    expect(Object.keys(list.languages)).toEqual([INDEX_LANGUAGE]);
    const main = list.languages[INDEX_LANGUAGE]!;
    expect(main).toEqual({ hash: languages[INDEX_LANGUAGE]!.hash, wasm: languages[INDEX_LANGUAGE]!.wasm, page_count: 1, chunks: expect.any(Array) });
    // And its index chunks, so the page can ask for a query's before Pagefind has read its metadata.
    expect(main.chunks!.length).toBeGreaterThan(0);
    for (const [, , hash] of main.chunks!) expect(existsSync(join(root, `parts/index/${hash}.pf_index`))).toBe(true);
    expect(existsSync(join(root, `parts/pagefind.${list.languages[INDEX_LANGUAGE]!.hash}.pf_meta`))).toBe(true);
    expect(existsSync(join(root, 'parts/pagefind.js'))).toBe(true);
    expect(readdirSync(join(root, 'parts/part/2016')).sort()).toEqual(expect.arrayContaining(['fragment', 'index', 'pagefind-entry.json']));
    expect(existsSync(join(root, 'parts/part/2016/pagefind.js'))).toBe(false);

    // A change to one part re-indexes that part only.
    const second = await writeSearchIndex([dated[0]!, record('new', '冷 链', '滨海新区', '2017-01-02')], join(root, 'parts2'), cache, 1);
    expect(second).toEqual({ pages: 2, cached: false, parts: 2, indexed: 1 });
  }, 60_000);

  it('hashes the records, not their order', () => {
    expect(recordsDigest(records)).not.toBe(recordsDigest([records[0]!]));
  });
});
