import { describe, expect, it } from 'vitest';
import { createPipeline } from './pipeline.ts';
import { createParsePool, poolSize } from './parse-pool.ts';
import { readPapers } from './read-papers.ts';

describe('the parse pool', () => {
  it('gives each paper the records the single-threaded pipeline gives', async () => {
    const papers = readPapers();
    const pool = createParsePool(2);
    try {
      const pooled = await Promise.all(papers.map((p) => pool.parse(p)));
      const { parse } = createPipeline();
      expect(pooled).toEqual(papers.map((p) => parse(p)));
    } finally {
      await pool.close();
    }
  }, 120_000);

  it('uses one thread for a few papers and one per core for many', () => {
    expect(poolSize(3, 8)).toBe(1);
    expect(poolSize(10_000, 2)).toBe(2);
  });
});
