/**
 * The site's data for the pages: articles from the content collection, the
 * taxonomy, and the indexes built over them. Built once per build and shared by
 * every page. The only module of src/utils that touches Astro or the file system.
 */
import { getCollection } from 'astro:content';
import { loadTaxonomy } from '../io/read-taxonomy.ts';
import type { Article } from '../schema/article.ts';
import { sortChronological } from './articles.ts';
import { buildEntityIndex, type EntityIndex } from './entities.ts';
import { taxonomyEntries } from './taxonomy-entries.ts';

export interface SiteData {
  /** Oldest first (see compareChronological). */
  articles: Article[];
  byId: Map<string, Article>;
  entities: EntityIndex;
}

let cached: Promise<SiteData> | null = null;

async function build(): Promise<SiteData> {
  const entries = await getCollection('articles');
  const articles = sortChronological(entries.map((e) => e.data));
  const entities = buildEntityIndex(taxonomyEntries(loadTaxonomy()), articles);
  return { articles, byId: new Map(articles.map((a) => [a.id, a])), entities };
}

export function loadSite(): Promise<SiteData> {
  // The dev server must see edited papers and taxonomy on reload; a build reads them once.
  if (import.meta.env.DEV) return build();
  cached ??= build();
  return cached;
}
