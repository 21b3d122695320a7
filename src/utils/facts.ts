/**
 * Money and milestones gathered across articles for entity pages, each kept with
 * the article it came from.
 */
import type { Article, Milestone, Money } from '../schema/article.ts';
import { relationToArticle, type ArticleRelation } from '../pipeline/facts/time.ts';
import { compareChronological } from './articles.ts';
import { formatDate } from './dates.ts';
import { compareDatesNullLast, compareStrings } from '../lib/compare.ts';

export interface Sourced<T> {
  fact: T;
  article: Article;
}

/** Milestones of a project, oldest first by the date they stand at (see milestoneTime); undated ones last. */
export function projectMilestones(projectName: string, articles: readonly Article[]): Sourced<Milestone>[] {
  const out: Sourced<Milestone>[] = [];
  for (const article of articles) for (const fact of article.milestones) if (fact.project === projectName) out.push({ fact, article });
  return sortMilestones(out);
}

export function sortMilestones(items: Sourced<Milestone>[]): Sourced<Milestone>[] {
  const dated = items.map((item) => ({ item, date: milestoneTime(item.fact, item.article).date }));
  dated.sort(
    (a, b) =>
      compareDatesNullLast(a.date, b.date) || compareChronological(a.item.article, b.item.article) || compareStrings(a.item.fact.phrase, b.item.fact.phrase),
  );
  return dated.map((d) => d.item);
}

export interface MilestoneTime {
  /** YYYY, YYYY-MM or YYYY-MM-DD to order by; null when neither the text nor the article dates it. */
  date: string | null;
  /** What the reader sees. */
  label: string;
}

/**
 * The date a milestone stands at: the one the text gives; for a word that places it
 * against the article (目前 as of it, 日前 shortly before it, 近期 near it) the article's
 * date; for a milestone reported as done without a time, the article's date as the
 * latest it can have happened.
 */
export function milestoneTime(fact: Milestone, article: Article): MilestoneTime {
  if (fact.date) return { date: fact.date, label: formatDate(fact.date) };
  const published = article.published;
  const relation = fact.when ? relationToArticle(fact.when) : null;
  if (published && relation) return { date: published, label: relationLabel(relation, formatDate(published), fact.planned) };
  if (published && fact.when === null && !fact.planned) return { date: published, label: `据${formatDate(published)}报道` };
  return { date: null, label: fact.when ?? '时间未明' };
}

function relationLabel(relation: ArticleRelation, date: string, planned: boolean): string {
  if (relation === 'as-of') return `截至${date}`;
  // 近期 in a plan is the near future: the article's date is when it was still to come.
  if (relation === 'near' && planned) return `近期（${date}报道）`;
  return `${date}前不久`;
}

/** Runs of milestones from the same sentence of the same article, which are shown as one entry. */
export function groupBySentence(items: readonly Sourced<Milestone>[]): Sourced<Milestone>[][] {
  const groups: Sourced<Milestone>[][] = [];
  for (const item of items) {
    const last = groups.at(-1)?.[0];
    if (last && last.article.id === item.article.id && last.fact.phrase === item.fact.phrase) groups.at(-1)!.push(item);
    else groups.push([item]);
  }
  return groups;
}

/** Which amounts belong on a page: a project's own, those about an industry (or one of its sub-industries), or all. */
export type AmountScope = { project: string } | { industries: readonly string[] } | null;

/**
 * Amounts reported for an entity: for a project those the text ties to it, for an
 * industry those whose clause or sentence is about it, for a district every amount
 * in its articles. Largest first.
 */
export function amountsFor(articles: readonly Article[], scope: AmountScope): Sourced<Money>[] {
  const out: Sourced<Money>[] = [];
  const seen = new Set<string>();
  for (const article of articles) {
    for (const fact of article.money) {
      if (scope && 'project' in scope && fact.project !== scope.project) continue;
      if (scope && 'industries' in scope && !(fact.industries ?? []).some((i) => scope.industries.includes(i))) continue;
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
