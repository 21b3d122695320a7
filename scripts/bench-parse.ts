/**
 * npm run bench:parse [-- MB]
 * Parse throughput (structural stages, no tagging) on the sample papers repeated to at
 * least MB megabytes (default 20), as many files (a corpus) and as one long file (a worst
 * case for the page-level passes). Tagging is measured by `npm run bench:tag`.
 */
import { performance } from 'node:perf_hooks';
import { createPipeline } from '../src/io/pipeline.ts';
import { repeatedSamples } from './lib/corpus.ts';

const { papers, copies, samples, megabytes } = repeatedSamples(Number(process.argv[2] ?? 20));
const joined = new Uint8Array(papers.reduce((n, p) => n + p.bytes.length, 0));
let offset = 0;
for (const p of papers) {
  joined.set(p.bytes, offset);
  offset += p.bytes.length;
}

function measure(label: string, run: () => { articles: unknown[] }): void {
  const start = performance.now();
  const { articles } = run();
  const seconds = (performance.now() - start) / 1000;
  console.log(`${label}: ${megabytes.toFixed(1)} MB, ${articles.length} articles in ${seconds.toFixed(2)} s = ${(megabytes / seconds).toFixed(2)} MB/s, ${(articles.length / seconds).toFixed(0)} articles/s`);
}

const { parse, parseAll } = createPipeline({ tag: false });
console.log(`node ${process.version}; ${copies} copies of ${samples} samples`);
measure('parse, many files', () => parseAll(papers));
measure('parse, one long file', () => parse({ file: 'all.txt', bytes: joined }));
