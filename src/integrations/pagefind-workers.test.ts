import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { INDEX_LANGUAGE, type PagefindRecord } from '../search/pagefind-record.ts';
import { indexParts, indexWorkerEntry } from './pagefind-workers.ts';

const record = (id: string, content: string, district: string, date: string): PagefindRecord => ({
  url: `/articles/${id}/`,
  content,
  language: INDEX_LANGUAGE,
  meta: { title: `标题${id}`, date },
  filters: { district: [district], year: [date.slice(0, 4)] },
  sort: { date },
});

/** Every file under `dir` with its bytes, by path. */
function tree(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) files.set(join(entry.parentPath, entry.name).slice(dir.length), readFileSync(join(entry.parentPath, entry.name)).toString('base64'));
  }
  return files;
}

describe('indexParts', () => {
  const root = mkdtempSync(join(tmpdir(), 'index-parts-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const older = Array.from({ length: 30 }, (_, i) => record(`a${i}`, `宝 坻 区 文 旅 第 ${i} 篇. 冷 链 物 流`, '宝坻区', '2016-03-01'));
  const newer = Array.from({ length: 30 }, (_, i) => record(`b${i}`, `生 态 城 布 局 第 ${i} 篇`, '滨海新区', '2017-01-02'));
  const jobs = (run: string) => [
    { key: '2017', records: newer, outputPath: join(root, run, '2017') },
    { key: '2016', records: older, outputPath: join(root, run, '2016') },
  ];

  it('finds its worker module', () => {
    expect(indexWorkerEntry()).toMatch(/pagefind-worker\.ts$/);
  });

  it('writes on worker threads, two parts at once, the same bytes as indexing in this thread, run after run', async () => {
    const warnings: string[] = [];
    const log = { warn: (message: string) => warnings.push(message) };
    await indexParts(jobs('here'), { entry: null });
    await indexParts(jobs('workers'), { concurrency: 2, log });
    await indexParts(jobs('again'), { concurrency: 2, log });
    // No fallback to this thread: the workers did the indexing.
    expect(warnings).toEqual([]);
    const here = tree(join(root, 'here'));
    expect([...here.keys()].filter((p) => p.includes('/fragment/')).length).toBe(60);
    expect(tree(join(root, 'workers'))).toEqual(here);
    expect(tree(join(root, 'again'))).toEqual(here);
  }, 60_000);

  it('indexes in this thread, and says so, when the worker module cannot run', async () => {
    const entry = join(root, 'broken-worker.mjs');
    writeFileSync(entry, "throw new Error('cannot load here');\n");
    const warnings: string[] = [];
    await indexParts(jobs('fallback'), { entry, concurrency: 2, log: { warn: (message) => warnings.push(message) } });
    expect(tree(join(root, 'fallback'))).toEqual(tree(join(root, 'here')));
    expect(warnings[0]).toMatch(/could not index part 20\d\d \(cannot load here\): indexing in this thread/);
  }, 60_000);

  it('names the part and the record Pagefind refused, and still indexes the other parts', async () => {
    const broken = { ...older[3]!, filters: { district: '宝坻区' } } as unknown as PagefindRecord;
    const attempt = indexParts(
      [
        { key: '2016', records: [older[0]!, broken], outputPath: join(root, 'broken', '2016') },
        { key: '2017', records: newer, outputPath: join(root, 'broken', '2017') },
      ],
      { concurrency: 2 },
    );
    await expect(attempt).rejects.toThrow(/search index part 2016: Pagefind indexing failed:\n\/articles\/a3\/: .*expected a sequence/);
    expect(readdirSync(join(root, 'broken'))).toEqual(['2017']);
  }, 60_000);
});
