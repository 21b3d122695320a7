/**
 * The taxonomy editors keep in content/taxonomy/: read (files → YAML → entries checked
 * against their zod schemas), resolved (names → slugs) and validated (see
 * src/pipeline/tag/resolve-taxonomy.ts). Only `readTaxonomyFiles` touches the file
 * system; everything after it is pure.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { resolveTaxonomy, validateTaxonomy, type Located, type TaxonomyEntries } from '../pipeline/tag/resolve-taxonomy.ts';
import { taxonomyFileSchemas, type Taxonomy, type TaxonomyFileEntry, type TaxonomyFileKind } from '../schema/taxonomy.ts';
import { compareStrings } from '../lib/compare.ts';

const TAXONOMY_DIR = 'content/taxonomy';

/** A broken taxonomy: every problem found, each naming its file and entry. */
export class TaxonomyError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(problems.join('\n'));
    this.name = 'TaxonomyError';
    this.problems = problems;
  }
}

export interface TaxonomyFile {
  path: string;
  text: string;
}

/** Throws TaxonomyError (file and entry named) when an entry is broken. */
export function loadTaxonomy(dir: string = TAXONOMY_DIR): Taxonomy {
  return parseTaxonomy(readTaxonomyFiles(dir));
}

/** The taxonomy files as text, named by their path (dir joined with the file name) so errors point at them. */
function readTaxonomyFiles(dir: string = TAXONOMY_DIR): TaxonomyFile[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(?:ya?ml|json)$/i.test(entry.name) && !entry.name.startsWith('.'))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const path = join(dir, name).split('\\').join('/');
      return { path, text: readFileSync(path, 'utf8') };
    });
}

/**
 * The taxonomy from the files' text: read, resolved, validated. Pure: returns the
 * taxonomy or throws a TaxonomyError listing every problem with its file and entry.
 */
export function parseTaxonomy(files: readonly TaxonomyFile[]): Taxonomy {
  const read = readTaxonomy(files);
  const resolved = resolveTaxonomy(read.entries);
  const problems = [...read.problems, ...resolved.problems, ...validateTaxonomy(read.entries, resolved.taxonomy)];
  if (problems.length > 0) throw new TaxonomyError(problems);
  return resolved.taxonomy;
}

const FILE_KINDS = Object.keys(taxonomyFileSchemas) as TaxonomyFileKind[];
const REQUIRED: readonly TaxonomyFileKind[] = ['districts', 'projects', 'industries'];

/** Each file's entries checked against its schema, with where each one stands; the problems of files and entries that fail. */
function readTaxonomy(files: readonly TaxonomyFile[]): { entries: TaxonomyEntries; problems: string[] } {
  const problems: string[] = [];
  const byKind = new Map<TaxonomyFileKind, TaxonomyFile>();
  for (const file of [...files].sort((a, b) => compareStrings(a.path, b.path))) {
    const kind = fileKind(file.path);
    if (!kind) {
      problems.push(`${file.path}: not a taxonomy file (expected ${FILE_KINDS.map((k) => `${k}.yml`).join(', ')})`);
      continue;
    }
    if (byKind.has(kind)) {
      problems.push(`${file.path}: a second ${kind} file (the first is ${byKind.get(kind)!.path})`);
      continue;
    }
    byKind.set(kind, file);
  }
  for (const kind of REQUIRED) {
    if (!byKind.has(kind)) problems.push(`${kind}.yml: missing from the taxonomy folder`);
  }
  const entries: TaxonomyEntries = {
    districts: readEntries('districts', byKind.get('districts'), problems),
    projects: readEntries('projects', byKind.get('projects'), problems),
    industries: readEntries('industries', byKind.get('industries'), problems),
    organizations: readEntries('organizations', byKind.get('organizations'), problems),
    notProjects: readEntries('not-projects', byKind.get('not-projects'), problems),
  };
  return { entries, problems };
}

function fileKind(path: string): TaxonomyFileKind | null {
  const base = path.split(/[\\/]/).pop() ?? '';
  const stem = base.replace(/\.(?:ya?ml|json)$/i, '');
  if (stem === base) return null;
  return (FILE_KINDS as readonly string[]).includes(stem) ? (stem as TaxonomyFileKind) : null;
}

function readEntries<K extends TaxonomyFileKind>(kind: K, file: TaxonomyFile | undefined, problems: string[]): Located<TaxonomyFileEntry<K>>[] {
  if (!file) return [];
  let data: unknown;
  try {
    data = file.path.toLowerCase().endsWith('.json') ? JSON.parse(file.text) : parseYaml(file.text);
  } catch (error) {
    problems.push(`${file.path}: cannot be read: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    return [];
  }
  if (data == null) return [];
  if (!Array.isArray(data)) {
    problems.push(`${file.path}: must be a list of entries (each starting with "- slug:")`);
    return [];
  }
  const out: Located<TaxonomyFileEntry<K>>[] = [];
  data.forEach((raw, i) => {
    const label = raw && typeof raw === 'object' && 'name' in raw && typeof raw.name === 'string' ? ` "${raw.name}"` : '';
    const where = `${file.path}: entry #${i + 1}${label}`;
    const parsed = taxonomyFileSchemas[kind].safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
        problems.push(`${where}: ${field}${issue.message}`);
      }
      return;
    }
    out.push({ entry: parsed.data as TaxonomyFileEntry<K>, where });
  });
  return out;
}
