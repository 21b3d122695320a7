import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { PagefindRecord } from '../search/pagefind-record.ts';
import { recordsDigest, writeSearchIndex } from './pagefind.ts';

const record = (id: string, content: string, district: string): PagefindRecord => ({
  url: `/articles/${id}/`,
  content,
  language: 'zh-cn',
  meta: { title: id },
  filters: { district: [district] },
  sort: { date: '2026-05-10' },
});

describe('writeSearchIndex', () => {
  const root = mkdtempSync(join(tmpdir(), 'search-index-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const records = [record('b', '宝 坻 区 文 旅', '宝坻区'), record('a', '生 态 城 布 局. 冷 链 物 流', '滨海新区')];

  it('writes one fragment per record and reuses the bundle for the same records', async () => {
    const cache = join(root, 'cache');
    const first = await writeSearchIndex(records, join(root, 'one'), cache);
    expect(first).toEqual({ pages: 2, cached: false });
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

  it('hashes the records, not their order', () => {
    expect(recordsDigest(records)).not.toBe(recordsDigest([records[0]!]));
  });
});
