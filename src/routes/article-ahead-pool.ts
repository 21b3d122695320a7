/**
 * The article pages' bodies and related lists made on a worker thread (./article-ahead-worker.ts)
 * a few pages ahead of the page that renders (../utils/ahead-pool.ts). Opened by a build
 * (integrations/ahead-of-pages.ts); the pages announce and take through ./article-ahead.ts.
 */
import { createAheadPool, type AheadPool } from '../utils/ahead-pool.ts';
import type { ArticleJob, ArticleParts } from './article-parts.ts';

// A literal `new URL('./…', import.meta.url)` so the file is found beside this one.
const WORKER_URL = new URL('./article-ahead-worker.ts', import.meta.url);

export type ArticlePool = AheadPool<ArticleJob, ArticleParts>;

export const createArticlePool = (log?: (message: string) => void): ArticlePool => createAheadPool<ArticleJob, ArticleParts>(WORKER_URL, 'article bodies', log);
