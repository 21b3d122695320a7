/**
 * The paper as printed: articles grouped by date, then paper (报纸), then page
 * (版次), each page's stories in reading order. Built once per site; pages look
 * things up in it instead of scanning the collection.
 */
import { createHash } from 'node:crypto';
import type { Article } from '../schema/article.ts';
import { compareChronological } from './articles.ts';
import { compareDatesNewestFirst, compareStrings, nullsLast } from '../lib/compare.ts';

/** One printed page (or one web article's page) of one paper on one day. */
export interface PrintedPage {
  /** Anchor of the page on its date page; stable when other papers are added. */
  anchor: string;
  /** The front matter's `page`, null when the source does not say. */
  page: string | null;
  label: string;
  /** Reading order: by file, then position in the file. */
  articles: Article[];
}

/** One paper's issue of one day. */
export interface Issue {
  source: string | null;
  date: string | null;
  pages: PrintedPage[];
  count: number;
}

/** Everything printed on one day (or undated), paper by paper. */
export interface PaperDay {
  date: string | null;
  path: string;
  issues: Issue[];
  count: number;
}

export interface PaperMonth {
  /** "YYYY-MM" */
  month: string;
  /** Day of month → stories that day. */
  days: Map<number, number>;
}

export interface PaperIndex {
  /** Newest first, undated last. */
  days: PaperDay[];
  months: PaperMonth[];
  day(date: string | null): PaperDay | undefined;
  /** Where an article was printed: its day page, the page anchor and label. */
  pageOf(article: Article): { day: PaperDay; page: PrintedPage; href: string } | undefined;
}

export const papersPath = '/papers/';
export const UNDATED = 'undated';
export const paperDayPath = (date: string | null): string => `${papersPath}${date ?? UNDATED}/`;

/** "1" → 第1版, "A03" → A03版, "第3版" stays; null → 未注明版次. */
export function formatPage(page: string | null): string {
  if (page === null || page.trim() === '') return '未注明版次';
  const p = page.trim();
  if (/^\d+$/.test(p)) return `第${Number(p)}版`;
  if (/版$/.test(p)) return p;
  if (/^[A-Za-z]+\d+$/.test(p)) return `${p}版`;
  return `第${p}版`;
}

const anchorFor = (source: string | null, pageId: string): string =>
  `p-${createHash('sha1').update(`${source ?? ''}\u0000${pageId}`).digest('hex').slice(0, 8)}`;

const collator = new Intl.Collator('zh-CN', { numeric: true });

/** Null (unknown) last; otherwise natural order so 第2版 comes before 第10版. */
const compareNullable = nullsLast<string>((a, b) => collator.compare(a, b) || compareStrings(a, b));

export function buildPaperIndex(articles: readonly Article[]): PaperIndex {
  const days = new Map<string, PaperDay>();
  const pages = new Map<string, PrintedPage>();
  const where = new Map<string, { day: PaperDay; page: PrintedPage }>();
  const issues = new Map<string, Issue>();
  for (const article of [...articles].sort(compareChronological)) {
    const dayKey = article.published ?? UNDATED;
    let day = days.get(dayKey);
    if (!day) {
      day = { date: article.published, path: paperDayPath(article.published), issues: [], count: 0 };
      days.set(dayKey, day);
    }
    const issueKey = `${dayKey}\u0000${article.source ?? ''}`;
    let issue = issues.get(issueKey);
    if (!issue) {
      issue = { source: article.source, date: article.published, pages: [], count: 0 };
      issues.set(issueKey, issue);
      day.issues.push(issue);
    }
    // Without a page number each file is a page of its own: two unnumbered dumps are not one page.
    const pageId = article.page ?? `file:${article.file}`;
    const pageKey = `${issueKey}\u0000${pageId}`;
    let page = pages.get(pageKey);
    if (!page) {
      page = { anchor: anchorFor(article.source, pageId), page: article.page, label: formatPage(article.page), articles: [] };
      pages.set(pageKey, page);
      issue.pages.push(page);
    }
    page.articles.push(article);
    issue.count += 1;
    day.count += 1;
    where.set(article.id, { day, page });
  }

  for (const day of days.values()) {
    day.issues.sort((a, b) => compareNullable(a.source, b.source));
    for (const issue of day.issues) {
      issue.pages.sort((a, b) => compareNullable(a.page, b.page) || compareChronological(a.articles[0]!, b.articles[0]!));
      const unnumbered = issue.pages.filter((p) => p.page === null);
      if (unnumbered.length > 1) unnumbered.forEach((p, i) => (p.label = `${p.label}（${i + 1}）`));
    }
  }
  // Newest first, undated last (ISO dates compare as strings).
  const ordered = [...days.values()].sort((a, b) => compareDatesNewestFirst(a.date, b.date));

  const months = new Map<string, PaperMonth>();
  for (const day of ordered) {
    if (!day.date) continue;
    const month = day.date.slice(0, 7);
    let entry = months.get(month);
    if (!entry) {
      entry = { month, days: new Map() };
      months.set(month, entry);
    }
    entry.days.set(Number(day.date.slice(8, 10)), day.count);
  }

  return {
    days: ordered,
    months: [...months.values()],
    day: (date) => days.get(date ?? UNDATED),
    pageOf: (article) => {
      const hit = where.get(article.id);
      return hit && { ...hit, href: `${hit.day.path}#${hit.page.anchor}` };
    },
  };
}

export interface CalendarCell {
  day: number;
  count: number;
}

/** A month as weeks of seven cells (Monday first); null pads the first and last week. */
export function calendarWeeks(month: PaperMonth): (CalendarCell | null)[][] {
  const [y, m] = month.month.split('-').map(Number) as [number, number];
  const first = new Date(Date.UTC(y, m - 1, 1)).getUTCDay();
  const length = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const cells: (CalendarCell | null)[] = Array.from({ length: (first + 6) % 7 }, () => null);
  for (let d = 1; d <= length; d++) cells.push({ day: d, count: month.days.get(d) ?? 0 });
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (CalendarCell | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}
