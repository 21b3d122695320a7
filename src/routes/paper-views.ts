/**
 * What the paper pages show: /papers/ (a calendar per month) and /papers/<date>/
 * (that day's papers, pages and stories), and /timeline/; made from the site data
 * built once per build (load-site.ts).
 */
import type { Article } from '../schema/article.ts';
import { displayTitle, monthlyCounts } from '../utils/articles.ts';
import { formatDate } from '../utils/dates.ts';
import { paperDayPath, papersPath, UNDATED, type Issue, type PaperDay, type PaperMonth } from '../utils/paper-issues.ts';
import { articlePath } from '../utils/urls.ts';
import { loadSite } from './load-site.ts';

export interface PapersView {
  years: { year: string; months: PaperMonth[] }[];
  /** The undated stories' page, when there are any. */
  undated: { href: string; count: number } | null;
}

export async function papersView(): Promise<PapersView> {
  const { papers } = await loadSite();
  const years = new Map<string, PaperMonth[]>();
  for (const month of papers.months) {
    const year = month.month.slice(0, 4);
    const list = years.get(year);
    if (list) list.push(month);
    else years.set(year, [month]);
  }
  const undated = papers.day(null);
  return {
    years: [...years.entries()].map(([year, months]) => ({ year, months })),
    undated: undated ? { href: paperDayPath(null), count: undated.count } : null,
  };
}

export interface DayLink {
  href: string;
  label: string;
}

export interface PaperDayView {
  heading: string;
  count: number;
  papersHref: string;
  /** A story whose date was inferred: the day's one mark (every story on it was dated the same way). */
  inferred: Article | undefined;
  issues: (Omit<Issue, 'pages'> & { pages: (Issue['pages'][number] & { stories: { href: string; title: string; note: string | null }[] })[] })[];
  older: DayLink | undefined;
  newer: DayLink | undefined;
}

export async function paperDayPaths(): Promise<{ params: { date: string } }[]> {
  const { papers } = await loadSite();
  return papers.days.map((d) => ({ params: { date: d.date ?? UNDATED } }));
}

const dayLabel = (date: string | null): string => (date ? formatDate(date) : '日期不详');

/** Each day's place in the list, found once per build rather than by a scan per page. */
const positions = new WeakMap<readonly PaperDay[], Map<PaperDay, number>>();

export async function paperDayView(param: string): Promise<PaperDayView> {
  const { papers } = await loadSite();
  const day = papers.day(param === UNDATED ? null : param)!;
  let position = positions.get(papers.days);
  if (!position) positions.set(papers.days, (position = new Map(papers.days.map((d, i) => [d, i]))));
  // Days are newest first: the next entry is the day before.
  const index = position.get(day)!;
  const older = papers.days[index + 1];
  const newer = index > 0 ? papers.days[index - 1] : undefined;
  const link = (d: PaperDay | undefined): DayLink | undefined => (d ? { href: d.path, label: dayLabel(d.date) } : undefined);
  return {
    heading: dayLabel(day.date),
    count: day.count,
    papersHref: papersPath,
    inferred: day.issues.flatMap((i) => i.pages.flatMap((p) => p.articles)).find((a) => a.dateInferred),
    issues: day.issues.map((issue) => ({
      ...issue,
      pages: issue.pages.map((p) => ({
        ...p,
        stories: p.articles.map((a) => ({
          href: articlePath(a.id),
          title: displayTitle(a),
          note: a.kicker || a.subtitle || a.continued ? [a.kicker, a.subtitle, a.continued && '续前版'].filter(Boolean).join(' · ') : null,
        })),
      })),
    })),
    older: link(older),
    newer: link(newer),
  };
}

export interface TimelineView {
  articles: Article[];
  counts: Map<string, number>;
}

export async function timelineView(): Promise<TimelineView> {
  const { articles } = await loadSite();
  return { articles, counts: monthlyCounts(articles) };
}
