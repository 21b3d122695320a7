/**
 * Opens, for a build, the worker threads that make the article pages' costliest parts a few
 * pages ahead of them (utils/ahead-pool.ts): the share boxes' QR codes (utils/qr-pool.ts) and
 * the bodies and related lists (routes/article-ahead-pool.ts); closes them when the pages are
 * done. The pages announce and take through utils/qr-codes.ts and routes/article-ahead.ts.
 */
import type { AstroIntegration } from 'astro';
import { closeArticleService, openArticleService } from '../routes/article-ahead.ts';
import { createArticlePool, type ArticlePool } from '../routes/article-ahead-pool.ts';
import { closeQrService, openQrService } from '../utils/qr-codes.ts';
import { createQrPool, type QrPool } from '../utils/qr-pool.ts';

export function aheadOfPages(): AstroIntegration {
  let qr: QrPool | null = null;
  let articles: ArticlePool | null = null;
  return {
    name: 'ahead-of-pages',
    hooks: {
      'astro:build:start': ({ logger }) => {
        qr = createQrPool((message) => logger.warn(message));
        openQrService(qr);
        articles = createArticlePool((message) => logger.warn(message));
        openArticleService(articles);
      },
      'astro:build:done': async ({ logger }) => {
        closeQrService();
        closeArticleService();
        const report = (pool: QrPool | ArticlePool | null, what: string): void => {
          const counts = pool?.counts();
          if (counts && counts.fromWorker + counts.byPage > 0) logger.info(`${counts.fromWorker} ${what} made ahead on a worker thread, ${counts.byPage} by their pages`);
        };
        report(qr, 'share-box codes');
        report(articles, 'article bodies and related lists');
        await Promise.all([qr?.close(), articles?.close()]);
        qr = null;
        articles = null;
      },
    },
  };
}
