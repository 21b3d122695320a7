/**
 * Text as the analysis reads it. Records keep what the paper printed, in Traditional
 * for a Traditional source; matching names and building the search index read it in
 * Simplified, like the taxonomy.
 */
import { toSimplified } from '../pipeline/script.ts';
import type { Article } from '../schema/article.ts';

/** `text` of `article` in Simplified: converted when the article is printed in Traditional, else as it is. */
export function simplifiedText(article: Pick<Article, 'script'>, text: string): string {
  return article.script === 'hant' ? toSimplified(text) : text;
}
