/**
 * npm run report [-- --json] [PATH ...]
 * The editors' build report: what the tagger found in the papers (projects,
 * districts, industries, facts) and the names that look like projects but are
 * missing from content/taxonomy (tagged as discovered projects), with counts,
 * dates and a sentence to judge each by. Reads only; nothing is written to the
 * taxonomy. Warnings are grouped by their code, with counts. A broken taxonomy
 * stops it with the file and entry named (exit 1).
 */
import { createPipeline } from '../src/io/pipeline.ts';
import { PAPERS_DIR, readPaperPaths } from '../src/io/read-papers.ts';
import { loadTaxonomy, TaxonomyError } from '../src/io/read-taxonomy.ts';
import { discoverCandidates } from '../src/pipeline/tag/discover.ts';
import type { Article } from '../src/schema/article.ts';
import type { Taxonomy } from '../src/schema/taxonomy.ts';
import { compareStrings } from '../src/lib/compare.ts';
import { WARNING_CODES, warningText, type WarningCode } from '../src/schema/warning.ts';

const args = process.argv.slice(2);
const json = args.includes('--json');
const paths = args.filter((a) => a !== '--json');

let taxonomy: Taxonomy;
try {
  taxonomy = loadTaxonomy();
} catch (error) {
  if (error instanceof TaxonomyError) {
    process.stderr.write(`taxonomy is broken / 分类表有误:\n${error.message}\n`);
    process.exit(1);
  }
  throw error;
}

const inputs = readPaperPaths(paths.length > 0 ? paths : [PAPERS_DIR]);
// The site's pipeline: discovered projects merged across the papers as the site merges them.
const { articles, fragments, warnings } = createPipeline({ taxonomy }).parseAll(inputs);
const candidates = discoverCandidates(articles, taxonomy);

type Kind = 'projects' | 'districts' | 'industries';
const usage = (kind: Kind, names: string[]) =>
  names
    .map((name) => {
      const tagged = articles.filter((a) => a.tags[kind].some((t) => t.name === name));
      return { name, articles: tagged.length, mentions: tagged.reduce((n, a) => n + a.tags[kind].find((t) => t.name === name)!.mentions, 0) };
    })
    .sort((a, b) => b.articles - a.articles || b.mentions - a.mentions || compareStrings(a.name, b.name));

const projects = usage('projects', taxonomy.projects.map((p) => p.name));
const districts = usage('districts', taxonomy.districts.filter((d) => d.kind !== 'other-place').map((d) => d.name));
const industries = usage('industries', taxonomy.industries.map((i) => i.name));
/** Warnings by code, in the order the codes are declared; each group in file order. */
const warningGroups = (Object.keys(WARNING_CODES) as WarningCode[])
  .map((code) => ({ code, meaning: WARNING_CODES[code].meaning, warnings: warnings.filter((w) => w.code === code) }))
  .filter((group) => group.warnings.length > 0);
const untagged = articles.filter((a) => a.tags.projects.length + a.tags.districts.length + a.tags.industries.length === 0);

if (json) {
  const facts = articles.map((a) => ({ id: a.id, title: a.title, money: a.money, milestones: a.milestones })).filter((a) => a.money.length + a.milestones.length > 0);
  process.stdout.write(`${JSON.stringify({ articles: articles.length, projects, districts, industries, untagged: untagged.map(label), candidates, facts, fragments, warnings, warningCounts: warningGroups.map((g) => ({ code: g.code, count: g.warnings.length, meaning: g.meaning })) }, null, 2)}\n`);
  process.exit(0);
}

const out: string[] = [];
out.push(`标签报告 Tagging report — ${inputs.length} 个文件 files, ${articles.length} 篇文章 articles`);
out.push('');
out.push(section('项目 Projects', ['项目 project', '文章 articles', '提及 mentions'], projects.map((p) => [p.name, p.articles, p.mentions])));
out.push(section('区域 Districts', ['区域 district', '文章 articles', '提及 mentions'], districts.filter((d) => d.articles > 0).map((d) => [d.name, d.articles, d.mentions])));
out.push(section('产业 Industries', ['产业 industry', '文章 articles', '提及 mentions'], industries.filter((i) => i.articles > 0).map((i) => [i.name, i.articles, i.mentions])));
out.push(
  section(
    '文章标签 Tags per article',
    ['文章 article', '项目 projects', '区域 districts', '产业 industries'],
    articles.map((a) => [label(a), names(a.tags.projects), names(a.tags.districts), names(a.tags.industries)]),
  ),
);
out.push(
  section(
    '金额 Money',
    ['金额 amount', '元 yuan', '口径 label', '项目 project', '文章 article'],
    articles.flatMap((a) => a.money.map((m) => [m.text, m.yuan, m.label ?? '—', m.project ?? '—', label(a)])),
  ),
);
out.push(
  section(
    '节点 Milestones',
    ['节点 kind', '项目 project', '时间 when', '日期 date', '计划 planned', '文章 article'],
    articles.flatMap((a) => a.milestones.map((m) => [m.kind, m.project ?? '—', m.when ?? '—', m.date ?? '—', m.planned ? '是 yes' : '否 no', label(a)])),
  ),
);
out.push(
  section(
    '自动识别的项目 Discovered projects (tagged and given a page marked 自动识别、未经编辑确认; keep one in content/taxonomy/projects.yml without a slug, stop one in not-projects.yml)',
    ['名称 name', '文章 articles', '提及 mentions', '首次 first', '最近 last', '页面 page', '位置 source', '例句 sample'],
    candidates.map((c) => [
      c.aliases.length > 0 ? `${c.name}（又作 ${c.aliases.join('、')}）` : c.name,
      c.articles.length,
      c.count,
      c.first ?? '—',
      c.last ?? '—',
      `/projects/${c.slug}/`,
      c.source,
      clip(c.sample, 60),
    ]),
  ),
);
if (untagged.length > 0) out.push(section('无项目、区域或产业标签的文章 Articles without project, district or industry', ['文章 article'], untagged.map((a) => [label(a)])));
const titles = new Map(articles.map((a) => [a.id, clip(a.title ?? a.id, 20)]));
out.push(
  section(
    '片段 Fragments (text placed by similarity, or belonging to no article)',
    ['位置 source', '归入 placed in', '文字 text'],
    fragments.map((f) => [`${f.file}:${f.line}`, f.placedIn ? (titles.get(f.placedIn) ?? f.placedIn) : '未归入 none', clip(f.text, 40)]),
  ),
);
out.push(section(`警告 Warnings (${warnings.length})`, ['代码 code', '数量 count', '含义 meaning'], warningGroups.map((g) => [g.code, g.warnings.length, g.meaning])));
for (const group of warningGroups) {
  out.push(section(`警告 ${group.code} (${group.warnings.length})`, ['位置 source', '说明 message'], group.warnings.map((w) => [`${w.file}:${w.line}`, warningText(w)])));
}
process.stdout.write(`${out.join('\n')}\n`);

function label(a: Article): string {
  return `${a.file}:${a.line} ${clip(a.title ?? a.paragraphs[0]?.text ?? a.id, 24)}`;
}

function names(tags: { name: string; mentions: number }[]): string {
  return tags.length === 0 ? '—' : tags.map((t) => `${t.name}(${t.mentions})`).join('、');
}

function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/** Display width in a terminal: CJK and full-width forms take two columns. */
function width(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return w;
}

function pad(text: string, columns: number): string {
  return text + ' '.repeat(Math.max(0, columns - width(text)));
}

function section(title: string, header: string[], rows: (string | number)[][]): string {
  const lines = [`## ${title}`];
  if (rows.length === 0) return [...lines, '（无 none）', ''].join('\n');
  const cells = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, i) => Math.min(64, Math.max(...cells.map((r) => width(r[i] ?? '')))));
  cells.forEach((r, k) => {
    lines.push(r.map((c, i) => (i === r.length - 1 ? c : pad(c, widths[i]!))).join('  ').trimEnd());
    if (k === 0) lines.push(widths.map((w) => '-'.repeat(w)).join('  '));
  });
  return [...lines, ''].join('\n');
}
