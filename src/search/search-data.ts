/**
 * The name index plus the Traditional → Simplified table for the characters of the
 * site's text, which the browser reads before Pagefind, in the files of
 * search-parts.ts (built by src/pages/search/).
 */
import { toSimplified } from '../pipeline/script.ts';
import type { Article } from '../schema/article.ts';
import type { Taxonomy } from '../schema/taxonomy.ts';
import type { SearchData } from './model.ts';
import { buildNameIndex } from './name-index.ts';
import { splitSearchData, type SearchFiles } from './search-parts.ts';
import { encodeCharMap } from './normalize.ts';
import { buildCharMap } from './traditional.ts';

/** The text an article contributes to the index, in Simplified (as the index holds it). */
export function indexedText(article: Article, toSimplified: (text: string) => string): string {
  const text = [article.kicker, article.title, article.subtitle, ...article.paragraphs.map((p) => p.text), article.credit]
    .filter((t): t is string => Boolean(t))
    .join('\n');
  return article.script === 'hant' ? toSimplified(text) : text;
}

export function buildSearchData(taxonomy: Taxonomy, articles: readonly Article[]): SearchData {
  const index = buildNameIndex(taxonomy, articles);
  const texts = [...articles.map((a) => indexedText(a, toSimplified)), ...index.entries.flatMap((e) => [e.name, ...e.aliases])];
  return { ...index, chars: encodeCharMap(buildCharMap(texts)) };
}

const built = new WeakMap<readonly Article[], SearchFiles>();

/** The search files for a build, made once however many routes ask (names, every entry's hits, all articles). */
export function searchFiles(taxonomy: Taxonomy, articles: readonly Article[]): SearchFiles {
  let files = built.get(articles);
  if (!files) {
    files = splitSearchData(buildSearchData(taxonomy, articles));
    built.set(articles, files);
  }
  return files;
}
