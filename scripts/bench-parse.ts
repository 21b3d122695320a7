/**
 * npm run bench:parse [-- MB] [--one-file [--tag]]
 * Parse throughput (structural stages, no tagging) on the sample papers repeated to at
 * least MB megabytes (default 20), as many files (a corpus) and as one long file (a worst
 * case for the page-level passes). Tagging is measured by `npm run bench:tag`.
 *
 * `--one-file` parses only the one long file (at most the 50 MB a paper may have), so that
 * `/usr/bin/time -v` around it gives the memory a single huge paper costs; `--tag` runs the
 * tagger on it too, as the site does.
 */
import { performance } from 'node:perf_hooks';
import { createPipeline } from '../src/io/pipeline.ts';
import { MAX_BYTES } from '../src/pipeline/decode.ts';
import { repeatedSamples } from './lib/corpus.ts';

const args = process.argv.slice(2);
const oneFile = args.includes('--one-file');
const { papers, copies, samples, megabytes } = repeatedSamples(Number(args.find((a) => /^\d+(?:\.\d+)?$/.test(a)) ?? 20));

/** The papers end to end as one file; for --one-file only whole copies that fit under the size limit. */
function joinPapers(limit: number): Uint8Array {
  const perCopy = papers.slice(0, samples).reduce((n, p) => n + p.bytes.length, 0);
  const take = Math.min(papers.length, samples * Math.max(1, Math.floor(limit / perCopy)));
  const kept = papers.slice(0, take);
  const joined = new Uint8Array(kept.reduce((n, p) => n + p.bytes.length, 0));
  let offset = 0;
  for (const p of kept) {
    joined.set(p.bytes, offset);
    offset += p.bytes.length;
  }
  return joined;
}

function measure(label: string, mb: number, run: () => { articles: unknown[] }): void {
  const start = performance.now();
  const { articles } = run();
  const seconds = (performance.now() - start) / 1000;
  console.log(`${label}: ${mb.toFixed(1)} MB, ${articles.length} articles in ${seconds.toFixed(2)} s = ${(mb / seconds).toFixed(2)} MB/s, ${(articles.length / seconds).toFixed(0)} articles/s`);
}

console.log(`node ${process.version}; ${copies} copies of ${samples} samples`);
if (oneFile) {
  const bytes = joinPapers(MAX_BYTES);
  const { parse, tagging } = createPipeline({ tag: args.includes('--tag') });
  measure(`one file${tagging ? ', parse + tag' : ''}`, bytes.length / 1024 / 1024, () => parse({ file: 'all.txt', bytes }));
  const { rss, heapUsed } = process.memoryUsage();
  console.log(`after: rss ${(rss / 1024 / 1024).toFixed(0)} MB, heap used ${(heapUsed / 1024 / 1024).toFixed(0)} MB (peak RSS: run under /usr/bin/time -v)`);
} else {
  const { parse, parseAll } = createPipeline({ tag: false });
  measure('parse, many files', megabytes, () => parseAll(papers));
  measure('parse, one long file', megabytes, () => parse({ file: 'all.txt', bytes: joinPapers(Infinity) }));
}
