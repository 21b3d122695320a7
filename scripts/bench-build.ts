/**
 * npm run bench:build [-- N] [--keep] [--no-floor] [--no-browser] [--no-rebuild]
 *
 * Builds a synthetic archive of at least N articles (default 10,000; see
 * scripts/lib/synthetic-archive.ts) in a temporary folder with this project, cold
 * and again with nothing changed, and the floor in the same run: Hugo rendering the
 * same article texts plus plain Pagefind over its output. Prints times, the ratio
 * to the floor, peak memory of each process tree, dist size, and what search and an
 * article page cost a reader in headless Chromium. The machine's load average is
 * printed too: on a shared machine the ratio to the floor, measured in the same
 * run, is the figure to compare.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { astroBuildEnv } from './lib/astro-env.ts';
import { writeHugoSite } from './lib/hugo-floor.ts';
import { folderBytes, run, type Measured } from './lib/measure.ts';
import { BENCH_QUERIES, measureSite } from './lib/search-weight.ts';
import { sampleArticles, syntheticPapers, writeArchive } from './lib/synthetic-archive.ts';

const args = process.argv.slice(2);
const flag = (name: string): boolean => args.includes(name);
const wanted = Number(args.find((a) => /^\d+$/.test(a)) ?? 10_000);


const ROOT = join(import.meta.dirname, '..');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const PAGEFIND = join(ROOT, 'node_modules/.bin/pagefind');
const HUGO = '/usr/bin/hugo';

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(0)} KB`;
/** Peak memory and the processes it was made of: "2351 MB (node 1900 MB, pagefind 451 MB)". */
const peak = (m: Measured): string => `${mb(m.peakBytes)}${m.peakBy.length > 1 ? ` (${m.peakBy.map(([name, bytes]) => `${name} ${mb(bytes)}`).join(', ')})` : ''}`;
const s = (m: Measured): string => `${m.seconds.toFixed(1)} s (cpu ${m.cpuSeconds?.toFixed(1) ?? '?'} s)`;
const cpu = (m: Measured): number => m.cpuSeconds ?? Number.NaN;
const load = (): string => loadavg().map((l) => l.toFixed(2)).join(' ');

function check(label: string, m: Measured): Measured {
  if (m.code !== 0) throw new Error(`${label} failed (exit ${m.code})`);
  return m;
}

const tmp = mkdtempSync(join(tmpdir(), 'bench-build-'));
try {
  const samples = sampleArticles();
  const papers = syntheticPapers(wanted, samples.length);
  const copies = papers.at(-1)!.copy + 1;
  const articles = copies * samples.length;
  writeArchive(join(tmp, 'papers'), papers);
  const text = papers.reduce((n, p) => n + Buffer.byteLength(p.text), 0);
  console.log(`archive: ${articles} articles in ${papers.length} papers (${mb(text)}), ${papers[0]!.date} to ${papers.at(-1)!.date}; ${tmp}`);
  console.log(`load average before: ${load()} (${navigator.hardwareConcurrency} cores)`);

  const env = astroBuildEnv(join(tmp, 'papers'), join(tmp, 'cache'));
  const dist = join(tmp, 'dist');
  // The lines that say where the time went: the loader's count, the search index, the totals.
  const build = (): Promise<Measured> => run(process.execPath, [ASTRO, 'build', '--outDir', dist], { cwd: ROOT, env, lines: /papers[:,] \d+ parsed|\[page-cache\]|\[search-index\]|\[opencc-phrases\]|\[og-images\]|Completed in|page\(s\) built/ });
  const steps = (m: Measured): string => m.lines.map((l) => `    ${l.trim()}`).join('\n');
  const cold = check('cold build', await build());
  const size = folderBytes(dist);
  console.log(`cold build: ${s(cold)}, peak ${peak(cold)}; dist ${mb(size.bytes)} in ${size.files} files (load ${load()})\n${steps(cold)}`);
  // At 100,000 articles the rebuild alone takes a quarter of an hour and the issue asks only for the cold figures there.
  if (!flag('--no-rebuild')) {
    const warm = check('rebuild', await build());
    console.log(`rebuild, nothing changed: ${s(warm)}, peak ${peak(warm)} = ${(warm.seconds / cold.seconds).toFixed(2)} × cold (CPU ${(cpu(warm) / cpu(cold)).toFixed(2)} ×) (load ${load()})\n${steps(warm)}`);
  }

  if (!flag('--no-floor') && existsSync(HUGO)) {
    const site = join(tmp, 'hugo');
    const pages = writeHugoSite(site, samples, copies);
    const hugo = check('hugo', await run(HUGO, ['--quiet', '--source', site, '--destination', join(site, 'public')]));
    console.log(`floor, hugo: ${s(hugo)} (peak ${mb(hugo.peakBytes)}) for ${pages} pages (load ${load()})`);
    const pagefind = await run(PAGEFIND, ['--site', join(site, 'public')]);
    // The issue asks for the floor's error when plain Pagefind cannot index the archive (at 100,000 pages the
    // kernel kills it for memory), so a failed floor is reported and the rest of the run still prints.
    if (pagefind.code !== 0) {
      console.log(`floor, pagefind: failed (exit ${pagefind.code ?? 'killed'}) after ${s(pagefind)}, peak ${mb(pagefind.peakBytes)}; no ratio (load ${load()})`);
    } else {
      const floor = hugo.seconds + pagefind.seconds;
      const floorCpu = cpu(hugo) + cpu(pagefind);
      console.log(`floor: hugo ${s(hugo)} + pagefind ${s(pagefind)} (peak ${mb(pagefind.peakBytes)}) = ${floor.toFixed(1)} s (cpu ${floorCpu.toFixed(1)} s) for ${pages} pages (load ${load()})`);
      console.log(`ratio: cold build = ${(cold.seconds / floor).toFixed(2)} × floor in wall time, ${(cpu(cold) / floorCpu).toFixed(2)} × in CPU time`);
    }
  }

  if (!flag('--no-browser') && existsSync('/usr/bin/chromium')) {
    const costs = await measureSite(dist, BENCH_QUERIES);
    for (const q of costs.queries) {
      console.log(`search "${q.query}": first result ${q.firstResultMs ?? '—'} ms (main-thread CPU ${q.firstResultCpuMs ?? '—'} ms), ${q.results} results; fetched ${kb(q.totalBytes)} gzip (search files ${kb(q.searchBytes)})`);
    }
    console.log(`article page ${costs.article.path}: ${kb(costs.article.totalBytes)} gzip with all it loads`);
  }
  const exports = folderBytes(join(dist, 'data'));
  console.log(`/data/: ${mb(exports.bytes)} in ${exports.files} files, largest ${mb(exports.largest)}`);
  console.log(`load average after: ${load()}`);
} finally {
  if (flag('--keep')) console.log(`kept ${tmp}`);
  else rmSync(tmp, { recursive: true, force: true });
}
