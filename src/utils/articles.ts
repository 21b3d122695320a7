/**
 * Ordering and presenting article records. Pure functions over `Article`.
 */
import type { Article } from '../schema/article.ts';
import { monthOf } from './dates.ts';
import { compareDatesNewestFirst, compareDatesNullLast, compareStrings } from '../lib/compare.ts';

/** Oldest first; undated last; a page's articles in reading order. Total order, so output is stable. */
export function compareChronological(a: Article, b: Article): number {
  return compareDatesNullLast(a.published, b.published) || compareStrings(a.file, b.file) || a.order - b.order || compareStrings(a.id, b.id);
}

/** Newest first; undated last. */
export function compareNewestFirst(a: Article, b: Article): number {
  return compareDatesNewestFirst(a.published, b.published) || compareChronological(a, b);
}

export const sortChronological = (articles: readonly Article[]): Article[] => [...articles].sort(compareChronological);
export const sortNewestFirst = (articles: readonly Article[]): Article[] => [...articles].sort(compareNewestFirst);

const EXCERPT_LENGTH = 80;

/** The body's opening words, cut on a character boundary. */
export function excerpt(article: Article, length: number = EXCERPT_LENGTH): string {
  const text = article.paragraphs.find((p) => p.kind === 'text')?.text ?? article.paragraphs[0]?.text ?? '';
  // Counted by code point, as Array.from would, without making an array of the whole paragraph on every page.
  let end = 0;
  for (let n = 0; n < length && end < text.length; n += 1) {
    const code = text.charCodeAt(end);
    const next = text.charCodeAt(end + 1);
    end += code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
  }
  return end < text.length ? `${text.slice(0, end)}…` : text;
}

/** What to call an article in lists: the headline the pipeline chose (printed, or made and marked). */
export function displayTitle(article: Article): string {
  return article.headline.text;
}

/** A note for a headline the text does not print, null for a printed one. */
export function headlineNote(article: Article): string | null {
  return article.headline.from === 'lead' ? '原文无标题，取自导语' : null;
}

export interface MonthGroup {
  /** "YYYY-MM", or null for undated articles. */
  month: string | null;
  articles: Article[];
}

/** Articles grouped by month, newest month first, undated last; each group newest first. */
export function groupByMonth(articles: readonly Article[]): MonthGroup[] {
  const groups = new Map<string | null, Article[]>();
  for (const article of sortNewestFirst(articles)) {
    const month = monthOf(article.published);
    const list = groups.get(month);
    if (list) list.push(article);
    else groups.set(month, [article]);
  }
  return [...groups.entries()].map(([month, list]) => ({ month, articles: list }));
}

export interface YearGroup {
  /** "YYYY", or null for undated articles. */
  year: string | null;
  count: number;
  months: MonthGroup[];
}

export function groupByYear(articles: readonly Article[]): YearGroup[] {
  const years: YearGroup[] = [];
  for (const group of groupByMonth(articles)) {
    const year = group.month?.slice(0, 4) ?? null;
    let last = years.at(-1);
    if (!last || last.year !== year) {
      last = { year, count: 0, months: [] };
      years.push(last);
    }
    last.months.push(group);
    last.count += group.articles.length;
  }
  return years;
}

/** Count of articles per month ("YYYY-MM"), undated ones left out. */
export function monthlyCounts(articles: readonly Article[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const article of articles) {
    const month = monthOf(article.published);
    if (month) counts.set(month, (counts.get(month) ?? 0) + 1);
  }
  return counts;
}

/** One source file: a printed page or a web article, with the articles cut from it. */
export interface Paper {
  file: string;
  source: string | null;
  published: string | null;
  page: string | null;
  articles: Article[];
}

/** Papers newest first (undated last), articles in reading order. */
export function papersByDate(articles: readonly Article[]): Paper[] {
  const byFile = new Map<string, Article[]>();
  for (const article of sortChronological(articles)) {
    const list = byFile.get(article.file);
    if (list) list.push(article);
    else byFile.set(article.file, [article]);
  }
  const papers: Paper[] = [...byFile.entries()].map(([file, list]) => {
    const first = list[0]!;
    return { file, source: first.source, published: first.published, page: first.page, articles: list };
  });
  return papers.sort((a, b) => compareDatesNewestFirst(a.published, b.published) || compareStrings(a.file, b.file));
}

/** The articles before and after this one in chronological order. */
export function prevNext(
  article: Article,
  chronological: readonly Article[],
  position?: ReadonlyMap<string, number>,
): { prev: Article | null; next: Article | null } {
  const i = position?.get(article.id) ?? chronological.findIndex((a) => a.id === article.id);
  if (i < 0) return { prev: null, next: null };
  return { prev: chronological[i - 1] ?? null, next: chronological[i + 1] ?? null };
}
