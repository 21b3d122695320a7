/**
 * The site's data for the pages: articles from the content collection, the
 * taxonomy, and the indexes built over them. Built once per build and shared by
 * every page. Pages reach the loaded records and the district shapes on disk
 * only through here; the helpers in src/utils/ stay plain functions of this data.
 */
import { readDistrictShapes } from '../io/read-district-shapes.ts';
import { siteRecords } from '../loaders/site-records.ts';
import type { Article } from '../schema/article.ts';
import type { Taxonomy } from '../schema/taxonomy.ts';
import { monthlyCounts, sortChronological } from '../utils/articles.ts';
import { monthBounds } from '../utils/charts.ts';
import { projectDistricts, type DistrictOutline } from '../utils/district-map.ts';
import { buildEntityIndex, relatedEntityIndex, type Entity, type EntityIndex, type RelatedEntity } from '../utils/entities.ts';
import type { EntityKind } from '../utils/entity-kinds.ts';
import { buildPaperIndex, type PaperIndex } from '../utils/paper-issues.ts';
import { facetNames, facetValues, type FacetName, type FacetValue } from '../utils/project-facets.ts';
import { compareLatestNews, projectStatus, type ProjectStatus } from '../utils/project-status.ts';
import { buildRelatedIndex, type RelatedIndex } from '../utils/related.ts';
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
  /** Related articles of one article, ranked over its candidates (see buildRelatedIndex). */
  related: RelatedIndex['related'];
  /** The paper as printed: dates, papers, pages (see paper-issues.ts). */
  papers: PaperIndex;
  /** Where every project stands, latest news first (see project-status.ts). */
  projectStatus: ProjectStatus[];
  projectStatusBySlug: Map<string, ProjectStatus>;
  /** The 16 districts projected for the map (see district-map.ts). */
  districtOutlines: DistrictOutline[];
  /** The latest publication date among the districts' articles (the map's "as of"). */
  districtsUpdated: string | undefined;
  /** First and last month with articles: the shared axis of every sparkline. */
  monthRange: { first: string; last: string } | null;
  /** Related entities of an entity page (see relatedEntityIndex), counted once for all pages. */
  relatedEntities: (entity: Entity) => Record<EntityKind, RelatedEntity[]>;
  /** The project tracker's facets with their values, the same on every tracker page. */
  projectFacets: { facet: FacetName; values: FacetValue[] }[];
}

let cached: Promise<SiteData> | null = null;

function latestDate(articles: readonly Article[]): string | undefined {
  let latest: string | undefined;
  for (const a of articles) if (a.published !== null && (latest === undefined || a.published > latest)) latest = a.published;
  return latest;
}

async function build(): Promise<SiteData> {
  // Discovered projects already merged into entities, by the loader, once for the pages and the search index.
  const { articles: merged, taxonomy } = siteRecords();
  const articles = sortChronological(merged);
  const entities = buildEntityIndex(taxonomyEntries(taxonomy), articles);
  const organizationForms = new Map((taxonomy.organizations ?? []).map((o) => [o.name, [o.name, ...o.aliases]]));
  const statuses = entities.all.projects.map((p) => projectStatus(p, entities, organizationForms)).sort(compareLatestNews);
  let related: ((entity: Entity) => Record<EntityKind, RelatedEntity[]>) | null = null;
  let relatedIndex: RelatedIndex | null = null;
  return {
    articles,
    taxonomy,
    byId: new Map(articles.map((a) => [a.id, a])),
    entities,
    position: new Map(articles.map((a, i) => [a.id, i])),
    // Built on first use: in a build the article pages' related lists are ranked on a worker thread (article-ahead.ts).
    related: (article, limit) => (relatedIndex ??= buildRelatedIndex(articles)).related(article, limit),
    papers: buildPaperIndex(articles),
    projectStatus: statuses,
    projectStatusBySlug: new Map(statuses.map((s) => [s.slug, s])),
    districtOutlines: projectDistricts(readDistrictShapes()),
    districtsUpdated: latestDate(entities.all.districts.flatMap((d) => d.articles)),
    monthRange: monthBounds(monthlyCounts(articles)),
    // Built on first use: only entity pages need it.
    relatedEntities: (entity) => (related ??= relatedEntityIndex(entities))(entity),
    projectFacets: facetNames.map((facet) => ({ facet, values: facetValues(statuses, facet) })),
  };
}

export function loadSite(): Promise<SiteData> {
  // The dev server must see edited papers and taxonomy on reload; a build reads them once.
  if (import.meta.env.DEV) return build();
  cached ??= build();
  return cached;
}
