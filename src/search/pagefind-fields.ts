/**
 * What Pagefind keeps about an article besides its text: filters (district,
 * industry, project, year: the search facets), the date to sort by, and metadata (title, date)
 * that results show without loading the page.
 */
import type { Article } from '../schema/article.ts';
import { displayTitle } from '../utils/articles.ts';
import type { Facet, NameKind } from './model.ts';

export interface PagefindFields {
  filters: Record<string, string[]>;
  sort: Record<string, string>;
  meta: Record<string, string>;
}

/**
 * Undated articles sort last under "newest first": Pagefind orders strings, and a
 * page without the sort key would drop out of sorted results altogether.
 */
export const UNDATED_SORT_KEY = '0000-00-00';

/**
 * The Pagefind filter each faceted kind of tag is declared under: the facets (model.ts). People
 * are found through the name index (name-index.ts), never filtered by, so Pagefind keeps no
 * filter for them.
 */
const filterKey = {
  projects: 'project',
  districts: 'district',
  industries: 'industry',
} as const satisfies Partial<Record<NameKind, Facet>>;

export function pagefindFields(article: Article): PagefindFields {
  const filters: Record<string, string[]> = {};
  for (const kind of ['districts', 'industries', 'projects'] as const) {
    const values = article.tags[kind].map((t) => t.name);
    if (values.length > 0) filters[filterKey[kind]] = values;
  }
  if (article.published) filters.year = [article.published.slice(0, 4)];
  const meta: Record<string, string> = { title: displayTitle(article) };
  if (article.published) meta.date = article.published;
  return { filters, sort: { date: article.published ?? UNDATED_SORT_KEY }, meta };
}
