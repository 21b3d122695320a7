import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { queryChunks, type PartsFile } from '../search/pagefind-parts.ts';
import { INDEX_LANGUAGE, type PagefindRecord } from '../search/pagefind-record.ts';
import { readIndexChunks, readPagefindFile } from './pagefind-chunks.ts';
import { writeSearchIndex } from './pagefind.ts';

describe('readIndexChunks', () => {
  it('gives nothing for a file that is not Pagefind metadata', () => {
    expect(readIndexChunks(new Uint8Array([1, 2, 3]))).toBeNull();
    expect(readIndexChunks(gzipSync('not pagefind'))).toBeNull();
    expect(readIndexChunks(gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from([0x9f, 0x01])])))).toBeNull();
  });

  describe('on a real index', () => {
    const root = mkdtempSync(join(tmpdir(), 'index-chunks-'));
    afterAll(() => rmSync(root, { recursive: true, force: true }));
    // Enough words with positions for Pagefind to cut its index into several chunks.
    const han = Array.from({ length: 600 }, (_, i) => String.fromCodePoint(0x4e00 + i * 7));
    const records: PagefindRecord[] = Array.from({ length: 40 }, (_, r) => ({
      url: `/articles/a${r}/`,
      content: Array.from({ length: 900 }, (_, i) => han[(i * 31 + r * 17) % han.length]).join(' ') + ' ai 5g',
      language: INDEX_LANGUAGE,
      meta: { title: `a${r}` },
      filters: {},
      sort: { date: '2026-05-10' },
    }));

    it('lists every chunk, and the chunk a word is looked up in is the one that holds it', async () => {
      const out = join(root, 'site');
      await writeSearchIndex(records, out, null);
      const { languages } = JSON.parse(readFileSync(join(out, 'parts.json'), 'utf8')) as PartsFile;
      const chunks = languages[INDEX_LANGUAGE]!.chunks!;
      expect(chunks.length).toBeGreaterThan(1);
      let words = 0;
      for (const [, , hash] of chunks) {
        const file = readPagefindFile(readFileSync(join(out, 'index', `${hash}.pf_index`))) as [[string, unknown][]];
        for (const [word] of file[0]) {
          expect(queryChunks(chunks, word), word).toEqual([hash]);
          words += 1;
        }
      }
      // The characters, two Latin words, and the titles (Pagefind indexes its metadata too).
      expect(words).toBe(han.length + 2 + records.length);
    });
  });
});
