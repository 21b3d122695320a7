/**
 * npm run bench:search -- <dist> [--runs N] [--rtt MS] [query …]
 *
 * What search costs a reader on a site already built (for instance one kept by
 * `npm run bench:build -- 10000 --keep`): for each query, the bytes fetched and
 * the time to the first result in a cold headless Chromium (search-weight.ts),
 * N runs each, with the median. Lets the search page be tuned against one large
 * build without building it again. `--rtt MS` has Chromium add MS milliseconds to
 * every request's round trip (and hold it to a phone's 1.5 MB/s down): the local
 * server answers at once, which hides how many round trips one after another a
 * first search waits for.
 */
import { loadavg } from 'node:os';
import { BENCH_QUERIES, measureSite } from './lib/search-weight.ts';

const args = process.argv.slice(2);
/** The value after `flag` (removed from `args` with it), or undefined. */
function option(flag: string): string | undefined {
  const at = args.indexOf(flag);
  return at === -1 ? undefined : args.splice(at, 2)[1];
}
const runs = Number(option('--runs') ?? 3);
const rtt = Number(option('--rtt') ?? 0);
const [dist, ...asked] = args;
if (!dist || !(runs >= 1) || !(rtt >= 0)) {
  console.error('usage: npm run bench:search -- <dist> [--runs N] [--rtt MS] [query …]');
  process.exit(2);
}
const queries = asked.length > 0 ? asked : BENCH_QUERIES;
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(0)} KB`;
const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
};

const samples = new Map<string, { ms: (number | null)[]; cpu: (number | null)[]; bytes: number[]; search: number[]; results: number }>();
for (let run = 0; run < runs; run += 1) {
  const costs = await measureSite(dist, queries, rtt > 0 ? { latencyMs: rtt, downloadBytesPerSecond: 1_500_000 } : undefined);
  for (const q of costs.queries) {
    const s = samples.get(q.query) ?? { ms: [], cpu: [], bytes: [], search: [], results: q.results };
    s.ms.push(q.firstResultMs);
    s.cpu.push(q.firstResultCpuMs);
    s.bytes.push(q.totalBytes);
    s.search.push(q.searchBytes);
    samples.set(q.query, s);
  }
}
/** "median (each run)" of figures that may be missing. */
const summary = (values: (number | null)[]): string => {
  const known = values.filter((m): m is number => m !== null);
  return `${known.length > 0 ? median(known) : '—'} ms (${values.map((m) => m ?? '—').join(', ')})`;
};
for (const [query, s] of samples) {
  console.log(`search "${query}": first result ${summary(s.ms)}, main-thread CPU ${summary(s.cpu)}, ${s.results} results; fetched ${kb(median(s.bytes))} gzip (search files ${kb(median(s.search))})`);
}
console.log(`load average: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
