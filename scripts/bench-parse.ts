/**
 * npm run bench:parse [-- MB]
 * Parse throughput on the sample papers repeated to at least MB megabytes (default 20),
 * as many files (a corpus) and as one long file (a worst case for the page-level passes).
 */
import { performance } from 'node:perf_hooks';
import { createPipeline } from '../src/io/pipeline.ts';
import { readPapers } from '../src/io/read-papers.ts';
import type { PaperInput } from '../src/pipeline/index.ts';

const targetMb = Number(process.argv[2] ?? 20);
const samples = readPapers();
const sampleBytes = samples.reduce((n, p) => n + p.bytes.length, 0);
const copies = Math.ceil((targetMb * 1024 * 1024) / sampleBytes);

const corpus: PaperInput[] = [];
for (let i = 0; i < copies; i++) for (const p of samples) corpus.push({ file: `${String(i).padStart(5, '0')}/${p.file}`, bytes: p.bytes });
const totalBytes = corpus.reduce((n, p) => n + p.bytes.length, 0);
const joined = new Uint8Array(totalBytes);
let offset = 0;
for (const p of corpus) {
  joined.set(p.bytes, offset);
  offset += p.bytes.length;
}

function measure(label: string, run: () => { articles: unknown[] }): void {
  const start = performance.now();
  const { articles } = run();
  const seconds = (performance.now() - start) / 1000;
  const mb = totalBytes / 1024 / 1024;
  console.log(`${label}: ${mb.toFixed(1)} MB, ${articles.length} articles in ${seconds.toFixed(2)} s = ${(mb / seconds).toFixed(2)} MB/s, ${(articles.length / seconds).toFixed(0)} articles/s`);
}

const untagged = createPipeline({ tag: false });
const tagged = createPipeline();
console.log(`node ${process.version}; ${copies} copies of ${samples.length} samples`);
measure('parse, many files', () => untagged.parseAll(corpus));
measure('parse, one long file', () => untagged.parse({ file: 'all.txt', bytes: joined }));
if (tagged.tagging) measure('parse + tag, many files', () => tagged.parseAll(corpus));
