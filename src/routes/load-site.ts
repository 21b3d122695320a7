/**
 * The site's data for the pages: articles from the content collection, the
 * taxonomy, and the indexes built over them. Built once per build and shared by
 * every page. Pages reach Astro's content layer and the district shapes on disk
 * only through here; the helpers in src/utils/ stay plain functions of this data.
 */
import { getCollection } from 'astro:content';
import { readDistrictShapes } from '../io/read-district-shapes.ts';
import { loadTaxonomy } from '../io/read-taxonomy.ts';
import { mergeDiscovered } from '../pipeline/tag/merge-discovered.ts';
import type { Article } from '../schema/article.ts';
import type { Taxonomy } from '../schema/taxonomy.ts';
import { sortChronological } from '../utils/articles.ts';
import { projectDistricts, type DistrictOutline } from '../utils/district-map.ts';
import { buildEntityIndex, type EntityIndex } from '../utils/entities.ts';
import { buildPaperIndex, type PaperIndex } from '../utils/paper-issues.ts';
import { compareLatestNews, projectStatus, type ProjectStatus } from '../utils/project-status.ts';
import { buildRelatedIndex } from '../utils/related.ts';
import { taxonomyEntries } from '../utils/taxonomy-entries.ts';

export interface SiteData {
  /** Oldest first (see compareChronological); discovered projects under their merged names. */
  articles: Article[];
  /** The taxonomy with the projects discovered in the articles added (marked `discovered`). */
  taxonomy: Taxonomy;
  byId: Map<string, Article>;
  entities: EntityIndex;
  /** Index of each article in `articles`, for previous/next without a scan. */
  position: Map<string, number>;
  /** Articles worth ranking as related to one article (see buildRelatedIndex). */
  relatedCandidates: (article: Article) => Article[];
  /** The paper as printed: dates, papers, pages (see paper-issues.ts). */
  papers: PaperIndex;
  /** Where every project stands, latest news first (see project-status.ts). */
  projectStatus: ProjectStatus[];
  projectStatusBySlug: Map<string, ProjectStatus>;
  /** The 16 districts projected for the map (see district-map.ts). */
  districtOutlines: DistrictOutline[];
}

let cached: Promise<SiteData> | null = null;

async function build(): Promise<SiteData> {
  const entries = await getCollection('articles');
  // The per-file records name discovered projects as each article spells them; one pass over all makes them entities.
  const { articles: merged, taxonomy } = mergeDiscovered(
    entries.map((e) => e.data),
    loadTaxonomy(),
  );
  const articles = sortChronological(merged);
  const entities = buildEntityIndex(taxonomyEntries(taxonomy), articles);
  const organizationForms = new Map((taxonomy.organizations ?? []).map((o) => [o.name, [o.name, ...o.aliases]]));
  const statuses = entities.all.projects.map((p) => projectStatus(p, entities, organizationForms)).sort(compareLatestNews);
  return {
    articles,
    taxonomy,
    byId: new Map(articles.map((a) => [a.id, a])),
    entities,
    position: new Map(articles.map((a, i) => [a.id, i])),
    relatedCandidates: buildRelatedIndex(articles),
    papers: buildPaperIndex(articles),
    projectStatus: statuses,
    projectStatusBySlug: new Map(statuses.map((s) => [s.slug, s])),
    districtOutlines: projectDistricts(readDistrictShapes()),
  };
}

export function loadSite(): Promise<SiteData> {
  // The dev server must see edited papers and taxonomy on reload; a build reads them once.
  if (import.meta.env.DEV) return build();
  cached ??= build();
  return cached;
}
