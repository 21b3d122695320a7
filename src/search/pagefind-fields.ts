/**
 * What an article page tells Pagefind besides its text: filters (district,
 * industry, project, person, year), the date to sort by, and metadata. The page
 * renders each field as an empty element whose value sits in an attribute:
 *
 *   <span hidden data-pagefind-filter="district[data-value]" data-value="宝坻区"></span>
 *
 * Values must come from attributes, not from element text: the index segments
 * text nodes (see segment.ts), which would turn 宝坻区 into "宝 坻 区"; attribute
 * values also carry commas and colons safely, unlike "key:value" shorthand.
 */
import type { Article } from '../schema/article.ts';
import { displayTitle } from '../utils/articles.ts';
import type { NameKind } from './model.ts';

export type PagefindAttribute = 'data-pagefind-filter' | 'data-pagefind-sort' | 'data-pagefind-meta';

export interface PagefindField {
  attribute: PagefindAttribute;
  /** The attribute's value, e.g. "district[data-value]". */
  spec: string;
  /** What goes into data-value. */
  value: string;
}

/**
 * Undated articles sort last under "newest first": Pagefind orders strings, and a
 * page without the sort key would drop out of sorted results altogether.
 */
export const UNDATED_SORT_KEY = '0000-00-00';

/** The Pagefind filter each kind of tag is declared under; the facets district/industry/project use the same keys. */
export const filterKey: Record<NameKind, string> = {
  projects: 'project',
  districts: 'district',
  industries: 'industry',
  people: 'person',
};

export function pagefindFields(article: Article): PagefindField[] {
  const field = (attribute: PagefindAttribute, key: string, value: string): PagefindField => ({ attribute, spec: `${key}[data-value]`, value });
  const fields: PagefindField[] = [];
  for (const kind of ['districts', 'industries', 'projects', 'people'] as const) {
    for (const t of article.tags[kind]) fields.push(field('data-pagefind-filter', filterKey[kind], t.name));
  }
  if (article.published) fields.push(field('data-pagefind-filter', 'year', article.published.slice(0, 4)));
  fields.push(field('data-pagefind-sort', 'date', article.published ?? UNDATED_SORT_KEY));
  fields.push(field('data-pagefind-meta', 'title', displayTitle(article)));
  if (article.published) fields.push(field('data-pagefind-meta', 'date', article.published));
  return fields;
}
