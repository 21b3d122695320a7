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
import { buildRelatedIndex } from './related.ts';
import { taxonomyEntries } from './taxonomy-entries.ts';

export interface SiteData {
  /** Oldest first (see compareChronological). */
  articles: Article[];
  byId: Map<string, Article>;
  entities: EntityIndex;
  /** Index of each article in `articles`, for previous/next without a scan. */
  position: Map<string, number>;
  /** Articles worth ranking as related to one article (see buildRelatedIndex). */
  relatedCandidates: (article: Article) => Article[];
}

let cached: Promise<SiteData> | null = null;

async function build(): Promise<SiteData> {
  const entries = await getCollection('articles');
  const articles = sortChronological(entries.map((e) => e.data));
  const entities = buildEntityIndex(taxonomyEntries(loadTaxonomy()), articles);
  return {
    articles,
    byId: new Map(articles.map((a) => [a.id, a])),
    entities,
    position: new Map(articles.map((a, i) => [a.id, i])),
    relatedCandidates: buildRelatedIndex(articles),
  };
}

export function loadSite(): Promise<SiteData> {
  // The dev server must see edited papers and taxonomy on reload; a build reads them once.
  if (import.meta.env.DEV) return build();
  cached ??= build();
  return cached;
}
