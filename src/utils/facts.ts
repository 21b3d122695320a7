/**
 * Money and milestones gathered across articles for entity pages, each kept with
 * the article it came from.
 */
import type { Article, Milestone, Money } from '../schema/article.ts';
import { compareChronological } from './articles.ts';

export interface Sourced<T> {
  fact: T;
  article: Article;
}

/** Milestones of a project, oldest first by resolved date (then by article date); unresolved ones last. */
export function projectMilestones(projectName: string, articles: readonly Article[]): Sourced<Milestone>[] {
  const out: Sourced<Milestone>[] = [];
  for (const article of articles) for (const fact of article.milestones) if (fact.project === projectName) out.push({ fact, article });
  return sortMilestones(out);
}

export function sortMilestones(items: Sourced<Milestone>[]): Sourced<Milestone>[] {
  return items.sort((a, b) => {
    const da = a.fact.date;
    const db = b.fact.date;
    if (da !== db) {
      if (da === null) return 1;
      if (db === null) return -1;
      return da < db ? -1 : 1;
    }
    return compareChronological(a.article, b.article) || (a.fact.phrase < b.fact.phrase ? -1 : a.fact.phrase > b.fact.phrase ? 1 : 0);
  });
}

/**
 * Amounts reported for an entity: for a project those the text ties to it, for a
 * district or industry every amount in its articles. Largest first.
 */
export function amountsFor(articles: readonly Article[], projectName: string | null): Sourced<Money>[] {
  const out: Sourced<Money>[] = [];
  const seen = new Set<string>();
  for (const article of articles) {
    for (const fact of article.money) {
      if (projectName !== null && fact.project !== projectName) continue;
      // The same amount in the same sentence reprinted by two papers is one fact.
      const key = `${fact.yuan}\u0000${fact.phrase}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ fact, article });
    }
  }
  return out.sort((a, b) => b.fact.yuan - a.fact.yuan || compareChronological(a.article, b.article));
}

/** "380000000" yuan → "3.8亿元"; keeps the reader's unit of 万 and 亿. */
export function formatYuan(yuan: number): string {
  const trim = (n: number): string => String(Math.round(n * 100) / 100);
  if (yuan >= 1e8) return `${trim(yuan / 1e8)}亿元`;
  if (yuan >= 1e4) return `${trim(yuan / 1e4)}万元`;
  return `${trim(yuan)}元`;
}
