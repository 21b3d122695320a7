/**
 * npm run check:determinism [-- N]
 *
 * The same content gives byte-identical output, from a clean build or a cached one. For the sample
 * papers and for a synthetic archive of at least N articles (default 300; scripts/lib/synthetic-archive.ts):
 * a first build fills the cache; then one paper is added and another changed; then a cached build, a
 * second cached build with nothing changed (every page restored from the cache), a clean build and a
 * second clean build must give the same dist/ (a SHA-256 of every file). Then for the sample papers in a
 * copy of the project: a cached build after a change to the code every page uses (a stylesheet and a
 * setting) must equal a clean build of the changed code. Each build runs in its own temporary folders
 * (papers, cache, dist; the copy), so the project's own dist/, cache and sources are left alone. Exit 1
 * with the differing files named.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { walk } from '../src/io/list-files.ts';
import { PAPERS_DIR } from '../src/io/read-papers.ts';
import { sampleArticles, syntheticPapers, writeArchive } from './lib/synthetic-archive.ts';
import { astroBuildEnv } from './lib/astro-env.ts';

const wanted = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 300);
const ROOT = join(import.meta.dirname, '..');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');

// Invented texts: a new paper, and a paragraph added to an existing one.
const ADDED = `---\ndate: 2026-06-01\n---\n示例港区新航线开通\n\n本报讯（记者 林海川）6月1日，示例港区新开通两条集装箱航线，每周往返各两班。\n\n港区负责人介绍，新航线将带动冷链和汽车整车出口，预计年增吞吐量十万标准箱。\n`;
const CHANGED = '\n示例区有关负责人表示，下一步将继续优化服务，吸引更多企业落户。\n';

/** SHA-256 of every file under `dir`, by its path inside it. */
function hashTree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const path of walk(dir).files) out.set(path.slice(dir.length + 1), createHash('sha256').update(readFileSync(path)).digest('hex'));
  return out;
}

function differences(a: Map<string, string>, b: Map<string, string>): string[] {
  const names = [...new Set([...a.keys(), ...b.keys()])].sort();
  return names.filter((n) => a.get(n) !== b.get(n)).map((n) => (!a.has(n) ? `only in second: ${n}` : !b.has(n) ? `only in first: ${n}` : `differs: ${n}`));
}

/** A clean build starts with no cache and no dist; a cached one keeps both, as an editor's rebuild does. */
/** Returns how many files the page cache restored (its log line). */
function build(papers: string, cache: string, dist: string, kind: 'clean' | 'cached', root = ROOT): number {
  if (kind === 'clean') {
    rmSync(cache, { recursive: true, force: true });
    rmSync(dist, { recursive: true, force: true });
  }
  const env = astroBuildEnv(papers, cache);
  const started = performance.now();
  const run = spawnSync(process.execPath, [ASTRO, 'build', '--outDir', dist], { cwd: root, env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const stdout = run.stdout ?? '';
  const loader = /\d+ papers: .*/.exec(stdout)?.[0] ?? '';
  const pages = /\[page-cache\] (.*)/.exec(stdout)?.[1] ?? '';
  console.log(`  ${kind} build ${((performance.now() - started) / 1000).toFixed(0)} s: ${loader}; ${pages}`);
  if (run.status !== 0) throw new Error(`astro build failed (exit ${run.status}):\n${(run.stdout ?? '').slice(-4000)}\n${(run.stderr ?? '').slice(-4000)}`);
  return Number((/([\d,]+) restored/.exec(pages)?.[1] ?? '0').replace(/,/g, ''));
}

/** Returns the problems found for one archive (empty when the builds agree). */
function check(label: string, fill: (papers: string) => void): string[] {
  const tmp = mkdtempSync(join(tmpdir(), 'determinism-'));
  try {
    const papers = join(tmp, 'papers');
    fill(papers);
    const files = walk(papers).files.filter((f) => f.endsWith('.txt'));
    console.log(`${label}: ${files.length} papers`);
    const [cache, dist] = [join(tmp, 'cache'), join(tmp, 'dist')];
    build(papers, cache, dist, 'clean');
    // One paper added, another changed (the last by name, so the change lands among cached ones).
    writeFileSync(join(papers, 'zz-added.txt'), ADDED);
    appendFileSync(files.at(-1)!, CHANGED);
    build(papers, cache, dist, 'cached');
    const cached = hashTree(dist);
    const restoredFiles = build(papers, cache, dist, 'cached');
    const restored = hashTree(dist);
    build(papers, cache, dist, 'clean');
    const clean = hashTree(dist);
    build(papers, cache, dist, 'clean');
    const again = hashTree(dist);
    const problems = [
      ...differences(clean, again).map((d) => `${label}, two clean builds: ${d}`),
      ...differences(cached, clean).map((d) => `${label}, cached against clean: ${d}`),
      ...differences(restored, clean).map((d) => `${label}, cached with nothing changed against clean: ${d}`),
      ...(restoredFiles === 0 ? [`${label}: the build with nothing changed restored no page from the cache`] : []),
    ];
    console.log(problems.length === 0 ? `  ${clean.size} files, byte-identical in all four builds` : `  ${problems.length} differences`);
    return problems;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** Cached pages are rendered again when the code they are made from changes, though the papers did not. */
function checkCodeChange(): string[] {
  const tmp = mkdtempSync(join(tmpdir(), 'determinism-code-'));
  try {
    const root = join(tmp, 'project');
    const skip = new Set(['node_modules', 'dist', '.git', '.astro'].map((name) => join(ROOT, name)));
    cpSync(ROOT, root, { recursive: true, filter: (source) => !skip.has(source) });
    symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'));
    const papers = join(tmp, 'papers');
    cpSync(PAPERS_DIR, papers, { recursive: true });
    console.log('code change (samples, a copy of the project):');
    const [cache, dist] = [join(tmp, 'cache'), join(tmp, 'dist')];
    build(papers, cache, dist, 'clean', root);
    // A style every page links and a setting every page prints.
    appendFileSync(join(root, 'src/styles/site.css'), '\n.determinism-check { color: #123456; }\n');
    const settings = join(root, 'src/config/site.ts');
    writeFileSync(settings, readFileSync(settings, 'utf8').replace(/name: '([^']*)'/, "name: '$1（核对）'"));
    build(papers, cache, dist, 'cached', root);
    const cached = hashTree(dist);
    build(papers, cache, dist, 'clean', root);
    const problems = differences(cached, hashTree(dist)).map((d) => `code change, cached against clean: ${d}`);
    console.log(problems.length === 0 ? `  ${cached.size} files, byte-identical` : `  ${problems.length} differences`);
    return problems;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

const problems = [
  ...checkCodeChange(),
  ...check('samples', (dir) => cpSync(PAPERS_DIR, dir, { recursive: true })),
  ...check(`synthetic archive (≥ ${wanted} articles)`, (dir) => writeArchive(dir, syntheticPapers(wanted, sampleArticles().length))),
];
if (problems.length > 0) {
  console.error(problems.slice(0, 50).join('\n'));
  if (problems.length > 50) console.error(`… and ${problems.length - 50} more`);
  process.exit(1);
}
console.log('determinism: clean, clean again and cached builds (after a paper, and after the code, changed) give byte-identical dist/');
