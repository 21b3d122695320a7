/**
 * Every data file of the site, by path, with what makes its body: the search's files
 * (names, every article, each entry's hits and rows; src/search/search-parts.ts) and the
 * JSON export (its index and one file per month; src/utils/data-export.ts). They are made
 * from the loaded records as the pages see them (oldest first, discovered projects merged,
 * see routes/load-site.ts), and written by integrations/data-files.ts rather than rendered
 * one by one as Astro routes.
 */
import type { SiteRecords } from '../loaders/site-records.ts';
import { ALL_ARTICLES_PATH, hitsPath, NAMES_PATH, rowsPath } from '../search/search-parts.ts';
import { searchFiles } from '../search/search-data.ts';
import { sortChronological } from '../utils/articles.ts';
import { buildArticlesExport, buildExportIndex, EXPORT_INDEX_PATH, exportPartPath, exportParts } from '../utils/data-export.ts';

/** A file's body, made when asked: excerpts and export parts are cut from the records then. */
export type DataFiles = Map<string, () => string>;

/** The export is printed for people to read; the search's files are for the browser only. */
const exportJson = (data: unknown): string => `${JSON.stringify(data, null, 2)}\n`;

export function dataFiles(records: SiteRecords, site: { name: string; url: string }): DataFiles {
  const articles = sortChronological(records.articles);
  const search = searchFiles(records.taxonomy, articles);
  const files: DataFiles = new Map();
  files.set(NAMES_PATH, () => JSON.stringify(search.names));
  files.set(ALL_ARTICLES_PATH, () => JSON.stringify(search.articles));
  search.hits.forEach((hits, n) => files.set(hitsPath(n), () => JSON.stringify(hits)));
  for (const [n, c] of search.rowFiles) files.set(rowsPath(n, c), () => JSON.stringify(search.rows(n, c)));
  files.set(EXPORT_INDEX_PATH, () => exportJson(buildExportIndex(articles, site)));
  for (const [part, list] of exportParts(articles)) files.set(exportPartPath(part), () => exportJson(buildArticlesExport(part, list, site)));
  return files;
}
