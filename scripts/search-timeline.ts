/**
 * npm run bench:search:timeline -- <dist> [query …]
 *
 * Where a first search's wait goes, on a site already built: for each query, in a
 * cold headless Chromium context against the same local gzip server bench:search
 * uses, one timeline from navigation start to the frame that draws the first result:
 * the HTML, every request (start, first byte, end, by whom), the main thread's tasks
 * of more than 2 ms with what ran in them (parsing, script evaluation, timers, fetch
 * callbacks, WebAssembly), the paints, and the first-result frame. Gaps between a
 * request's end and the next one's start are the serial waits a page can remove.
 */
import { BENCH_QUERIES, traceSearch } from './lib/search-weight.ts';

const [dist, ...asked] = process.argv.slice(2);
if (!dist) {
  console.error('usage: npm run bench:search:timeline -- <dist> [query …]');
  process.exit(2);
}
for (const line of await traceSearch(dist, asked.length > 0 ? asked : BENCH_QUERIES)) console.log(line);
