import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fakeParse } from '../../tests/fixtures/fake-parse.ts';
import type { PaperInput } from '../pipeline/index.ts';
import { createParsePool, workerCount, workerEntry, type ParsePoolOptions } from './parse-pool.ts';
import type { ParseWorkerData } from './parse-worker.ts';
import { createPipeline } from './pipeline.ts';
import { loadTaxonomy } from './read-taxonomy.ts';
import { readPapers } from './read-papers.ts';

const FAKE = fileURLToPath(new URL('../../tests/fixtures/fake-parse-worker.ts', import.meta.url));
const paper = (file: string, text: string): PaperInput => ({ file, bytes: new TextEncoder().encode(text) });

function pool(options: Partial<ParsePoolOptions> = {}) {
  /** Warnings only. */
  const logs: string[] = [];
  const made = createParsePool({ papers: 48, maxWorkers: 2, entry: FAKE, inProcess: () => fakeParse, log: { info: () => {}, warn: (m) => logs.push(m) }, ...options });
  return { pool: made, logs };
}

describe('parse pool', () => {
  it('starts no more workers than the papers warrant', () => {
    expect(workerCount(1, 8)).toBe(1);
    expect(workerCount(30, 8)).toBe(2);
    expect(workerCount(10_000, 2)).toBe(2);
  });

  it("finds the site's worker module", () => {
    expect(workerEntry()).toBe(fileURLToPath(new URL('./parse-worker.ts', import.meta.url)));
  });

  it('gives byte-identical records to parsing in this process, each paper its own answer', async () => {
    const papers = readPapers();
    // The workers are handed the taxonomy this process read, as the site's loader does.
    const { pool: workers, logs } = pool({ entry: undefined, data: { taxonomy: loadTaxonomy() } satisfies ParseWorkerData, inProcess: () => createPipeline().parse });
    try {
      const answers = await Promise.all(papers.map((p) => workers.parse(p)));
      const { parse } = createPipeline();
      expect(answers.map((a) => JSON.stringify(a))).toEqual(papers.map((p) => JSON.stringify({ result: parse(p) })));
      expect(logs).toEqual([]);
    } finally {
      await workers.close();
    }
    // Three taggers start here (two workers and this process), each ~1.3 s on an idle machine.
  }, 120_000);

  it('answers a paper that throws with its error and goes on with the others', async () => {
    const { pool: workers } = pool();
    try {
      const answers = await Promise.all([paper('a.txt', 'SLOW\n甲'), paper('bad.txt', 'BOOM'), paper('c.txt', '丙')].map((p) => workers.parse(p)));
      expect(answers.map((a) => ('result' in a ? a.result.articles.map((x) => x.title) : a.error))).toEqual([['SLOW', '甲'], 'decoder exploded', ['丙']]);
    } finally {
      await workers.close();
    }
  });

  it('tries a paper whose worker died once more, then fails it clearly; the others are parsed', async () => {
    const { pool: workers, logs } = pool();
    try {
      const answers = await Promise.all([paper('a.txt', '甲'), paper('dies.txt', 'DIE'), paper('c.txt', '丙'), paper('d.txt', '丁')].map((p) => workers.parse(p)));
      expect(answers.map((a) => ('result' in a ? a.result.articles.length : a.error))).toEqual([1, 'the worker process parsing it stopped 2 times (exit code 3)', 1, 1]);
      expect(logs).toEqual(['dies.txt: the worker process parsing it stopped (exit code 3); trying it on another one']);
    } finally {
      await workers.close();
    }
  });

  it('parses a paper that waited behind one that killed its worker, without blaming it', async () => {
    // One worker holds both papers: each death leaves 乙 sent but never begun.
    const { pool: workers, logs } = pool({ maxWorkers: 1 });
    try {
      const answers = await Promise.all([paper('dies.txt', 'DIE'), paper('b.txt', '乙')].map((p) => workers.parse(p)));
      expect(answers.map((a) => ('result' in a ? a.result.articles.map((x) => x.title) : a.error))).toEqual(['the worker process parsing it stopped 2 times (exit code 3)', ['乙']]);
      expect(logs).toEqual(['dies.txt: the worker process parsing it stopped (exit code 3); trying it on another one']);
    } finally {
      await workers.close();
    }
  });

  it('parses in this process, and says so, when no worker can start', async () => {
    for (const options of [{ data: { setup: 'fail' } }, { entry: '/nonexistent/parse-worker.ts' }]) {
      const { pool: workers, logs } = pool(options);
      try {
        const answers = await Promise.all([paper('a.txt', '甲'), paper('bad.txt', 'BOOM')].map((p) => workers.parse(p)));
        expect(answers.map((a) => ('result' in a ? a.result.articles.length : a.error))).toEqual([1, 'decoder exploded']);
        expect(logs).toEqual([expect.stringMatching(/^worker processes could not start \(.+\): parsing in this process$/)]);
      } finally {
        await workers.close();
      }
    }
  });
});
