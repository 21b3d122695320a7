/**
 * The thread of ./article-ahead-pool.ts: told the articles once, makes the bodies and related
 * lists (./article-parts.ts) of the pages it is sent, a batch at a time (../utils/ahead-worker.ts).
 */
import { serveAhead } from '../utils/ahead-worker.ts';
import type { Relatable } from '../utils/related.ts';
import { articlePartsMaker, type ArticleJob, type ArticleParts } from './article-parts.ts';

serveAhead<ArticleJob, ArticleParts>((init) => articlePartsMaker((init as Relatable[] | undefined) ?? []));
