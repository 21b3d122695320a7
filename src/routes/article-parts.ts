/**
 * The two parts of an article page that cost the most to make, as plain functions of plain
 * data, so a worker thread (./article-ahead-worker.ts) and the page make the same bytes: the
 * body's HTML (remark/rehype, ../markdown/article-body.ts) and the ids of its related articles
 * (../utils/related.ts). Loaded by Node as it is in the worker: only Node-runnable imports.
 */
import { renderArticleBody, type BodyOptions } from '../markdown/article-body.ts';
import type { Paragraph } from '../schema/article.ts';
import { buildRelatedIndex, type Relatable, type RelatedIndex } from '../utils/related.ts';

/** How many related articles a page lists. */
export const RELATED_SHOWN = 6;

/** What the body is made from (entity links and names already looked up for the article). */
export interface ArticleJob {
  id: string;
  paragraphs: readonly Paragraph[];
  options: BodyOptions;
}

export interface ArticleParts {
  /** The body as HTML. */
  body: string;
  /** Its related articles' ids, most related first. */
  related: string[];
}

/** Only what ranking reads of each article, oldest first as the pages list them (what the worker is sent once). */
export const relatables = (chronological: readonly Relatable[]): Relatable[] =>
  chronological.map(({ id, published, tags }) => ({
    id,
    published,
    tags: { projects: tags.projects.map(({ name }) => ({ name })), districts: tags.districts.map(({ name }) => ({ name })), industries: tags.industries.map(({ name }) => ({ name })) },
  }));

export const articleBody = (job: ArticleJob): string => renderArticleBody(job.paragraphs, job.options);

/** How the parts of each article of `chronological` are made. */
export function articlePartsMaker(chronological: readonly Relatable[]): (job: ArticleJob) => ArticleParts {
  const byId = new Map(chronological.map((a) => [a.id, a]));
  let index: RelatedIndex<Relatable> | null = null;
  return (job) => {
    const article = byId.get(job.id);
    if (!article) throw new Error(`article parts: no article ${job.id} announced`);
    index ??= buildRelatedIndex(chronological);
    return { body: articleBody(job), related: index.related(article, RELATED_SHOWN).map((r) => r.article.id) };
  };
}
