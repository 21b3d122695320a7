/**
 * Reads the taxonomy files editors keep in content/taxonomy/ and validates them.
 * The only file-system code of the tagging stage; parsing itself is pure.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseTaxonomy, type Taxonomy } from '../schema/taxonomy.ts';

export const TAXONOMY_DIR = 'content/taxonomy';

/** Throws TaxonomyError (file and entry named) when an entry is broken. */
export function loadTaxonomy(dir: string = TAXONOMY_DIR): Taxonomy {
  return parseTaxonomy(readTaxonomyFiles(dir));
}

/** The taxonomy files as text, named by their path (dir joined with the file name) so errors point at them. */
export function readTaxonomyFiles(dir: string = TAXONOMY_DIR): { path: string; text: string }[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(?:ya?ml|json)$/i.test(entry.name) && !entry.name.startsWith('.'))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const path = join(dir, name).split('\\').join('/');
      return { path, text: readFileSync(path, 'utf8') };
    });
}
