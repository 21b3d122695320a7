/**
 * Representative pages of the built site for browser tests, chosen from the built
 * data (the /data/ export and the entity pages), so they hold for any set
 * of papers: the article with the most facts, the most-covered project, district
 * and industry, the timeline, the paper pages when built, and search.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../../src/schema/article.ts';
import { readArticlesExport } from '../../src/utils/data-export.ts';

export type BuiltArticle = Article & { url: string };

export const readArticles = (dist: string): BuiltArticle[] => readArticlesExport((path) => readFileSync(join(dist, path), 'utf8')) as BuiltArticle[];

export const pathOf = (url: string): string => new URL(url, 'http://x').pathname;

/** The entity page that the most articles link to, for a kind. */
function busiestEntity(dist: string, kind: 'projects' | 'districts' | 'industries', articles: BuiltArticle[]): string | null {
  const counts = new Map<string, number>();
  for (const a of articles) {
    const html = readFileSync(join(dist, pathOf(a.url), 'index.html'), 'utf8');
    for (const m of new Set(html.matchAll(new RegExp(`href="(/${kind}/[a-z0-9-]+/)"`, 'g')).map((x) => x[1]!))) counts.set(m, (counts.get(m) ?? 0) + 1);
  }
  const best = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
  return best ? best[0] : null;
}

export function representativePages(dist: string): [string, string][] {
  const articles = readArticles(dist);
  const facts = (a: BuiltArticle): number => a.money.length + a.milestones.length + a.tags.projects.length;
  const article = [...articles].sort((a, b) => facts(b) - facts(a) || (a.id < b.id ? -1 : 1))[0]!;
  const pages: [string, string][] = [
    ['home', '/'],
    ['article', pathOf(article.url)],
  ];
  for (const [kind, name] of [['projects', 'project'], ['districts', 'district'], ['industries', 'industry']] as const) {
    const path = busiestEntity(dist, kind, articles);
    if (path) pages.push([name, path]);
  }
  pages.push(['timeline', '/timeline/']);
  if (existsSync(join(dist, 'papers/index.html'))) {
    pages.push(['papers', '/papers/']);
    const issue = readdirSync(join(dist, 'papers'), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('index.html') && f !== 'index.html')
      .sort()[0];
    if (issue) pages.push(['paper-issue', `/papers/${issue.replace(/index\.html$/, '')}`]);
  }
  pages.push(['search', `/search/?q=${encodeURIComponent(article.tags.projects[0]?.name ?? '天津')}`]);
  return pages;
}
