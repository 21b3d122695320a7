/**
 * What the home page shows: the latest papers, the most-covered entities of each
 * kind; made from the site data built once per build (load-site.ts).
 */
import { site } from '../config/site.ts';
import type { Article } from '../schema/article.ts';
import { papersByDate, type Paper } from '../utils/articles.ts';
import { mostCovered, type Entity } from '../utils/entities.ts';
import { entityKinds, entityLabels, type EntityKind } from '../utils/entity-kinds.ts';
import { formatPage } from '../utils/paper-issues.ts';
import { entityIndexPath, timelinePath } from '../utils/urls.ts';
import { loadSite } from './load-site.ts';

const LATEST_PAPERS = 10;
const TOP_ENTITIES = 8;
/** Titles shown per paper; the rest are a click away on the page of the paper. */
const PER_PAPER = 5;

export interface HomeView {
  name: string;
  description: string;
  papers: {
    source: string;
    /** ` · 第1版`, null when the source does not say. */
    pageLabel: string | null;
    paper: Paper;
    first: Article;
    shown: Article[];
    /** The rest of the page: how many, and the printed page that lists them. */
    more: { count: number; href: string } | null;
  }[];
  total: number;
  timelineHref: string;
  /** The month axis every sparkline uses, so their shapes compare. */
  range: { first: string; last: string } | null;
  top: { kind: EntityKind; title: string; entities: Entity[]; href: string }[];
}

export async function homeView(): Promise<HomeView> {
  const { articles, entities, papers: printed, monthRange } = await loadSite();
  return {
    name: site.name,
    description: site.description,
    papers: papersByDate(articles)
      .slice(0, LATEST_PAPERS)
      .map((paper) => ({
        source: paper.source ?? '来源不详',
        pageLabel: paper.page ? ` · ${formatPage(paper.page)}` : null,
        paper,
        first: paper.articles[0]!,
        shown: paper.articles.slice(0, PER_PAPER),
        more: paper.articles.length > PER_PAPER ? { count: paper.articles.length - PER_PAPER, href: printed.pageOf(paper.articles[0]!)!.href } : null,
      })),
    total: articles.length,
    timelineHref: timelinePath,
    range: monthRange,
    top: entityKinds.map((kind) => ({ kind, title: entityLabels[kind].all, entities: mostCovered(entities.all[kind], TOP_ENTITIES), href: entityIndexPath(kind) })),
  };
}
