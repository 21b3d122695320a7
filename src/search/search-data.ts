/**
 * The name index plus the Traditional → Simplified table for the characters of the
 * site's text, which the browser reads before Pagefind, in the files of
 * search-parts.ts (written by src/integrations/data-files.ts).
 */
import { compareStrings } from '../lib/compare.ts';
import type { Article } from '../schema/article.ts';
import type { Taxonomy } from '../schema/taxonomy.ts';
import { articlePeople } from '../utils/person-names.ts';
import { simplifiedText } from '../utils/simplified-text.ts';
import { allFacetValues, type NameEntry, type SearchData } from './model.ts';
import { makeExcerpt } from './excerpt.ts';
import { pageText } from './pagefind-record.ts';
import { displayTitle } from '../utils/articles.ts';
import { toSimplified } from '../pipeline/script.ts';
import { buildNameIndex } from './name-index.ts';
import { splitSearchData, type SearchFiles } from './search-parts.ts';
import { encodeCharMap } from './query-fold.ts';
import { buildCharMap, traditionalForms } from './traditional.ts';

/** The text an article contributes to the index, in Simplified (as the index holds it). */
export function indexedText(article: Article): string {
  const printed = [article.kicker, article.title, article.subtitle, ...article.paragraphs.map((p) => p.text), article.credit]
    .filter((t): t is string => Boolean(t))
    .join('\n');
  return simplifiedText(article, printed);
}

function buildSearchData(taxonomy: Taxonomy, articles: readonly Article[]): { data: SearchData; ordered: readonly Article[] } {
  const { ordered, ...index } = buildNameIndex(taxonomy, articles);
  const texts = [...articles.map(indexedText), ...index.entries.flatMap((e) => [e.name, ...e.aliases])];
  const keepNames = [...new Set(articles.flatMap(articlePeople))].filter((name) => traditionalForms(name).length > 0).sort(compareStrings);
  return { data: { ...index, chars: encodeCharMap(buildCharMap(texts)), values: allFacetValues(index.articles), ...(keepNames.length > 0 ? { keepNames } : {}) }, ordered };
}

/**
 * The passage around an entry's name in an article, as a result row shows it: cut
 * as the browser would cut it from Pagefind's text, so a name search needs no
 * full-text index at all. Undefined when the text does not show the name.
 */
function nameExcerpt(article: Article, text: string, entry: NameEntry): string | undefined {
  const pieces = makeExcerpt(text, [entry.name, ...entry.aliases], { skip: displayTitle(article) });
  return pieces.some((p) => p.mark) ? pieces.map((p) => p.text).join('') : undefined;
}

const built = new WeakMap<readonly Article[], SearchFiles>();

/** The search files for a build, made once however many of them are written or served (names, every entry's hits, all articles). */
export function searchFiles(taxonomy: Taxonomy, articles: readonly Article[]): SearchFiles {
  let files = built.get(articles);
  if (!files) {
    const { data, ordered } = buildSearchData(taxonomy, articles);
    // An article is quoted in the rows of every entry that names it; its page text is made once.
    const texts: string[] = [];
    const textOf = (at: number): string => (texts[at] ??= pageText(ordered[at]!, toSimplified));
    files = splitSearchData(data, (at, entry) => nameExcerpt(ordered[at]!, textOf(at), entry));
    built.set(articles, files);
  }
  return files;
}
