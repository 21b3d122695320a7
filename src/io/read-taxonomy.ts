/**
 * The taxonomy editors keep in content/taxonomy/: read (files → YAML → entries checked
 * against their zod schemas), resolved (names → slugs) and validated (see
 * src/pipeline/tag/resolve-taxonomy.ts). Only `readTaxonomyFiles` touches the file
 * system; everything after it is pure.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isSeq, LineCounter, parseDocument } from 'yaml';
import { resolveTaxonomy, validateTaxonomy, type Located, type TaxonomyEntries } from '../pipeline/tag/resolve-taxonomy.ts';
import { taxonomyFileSchemas, type Taxonomy, type TaxonomyFileEntry, type TaxonomyFileKind } from '../schema/taxonomy.ts';
import { compareStrings } from '../lib/compare.ts';

const TAXONOMY_DIR = 'content/taxonomy';

/**
 * A broken taxonomy: every problem found, each naming its file, line and entry. It is the editor's
 * data that is wrong, not the code, so it carries no stack: Astro (and Node) print the problems and
 * the hint, not the frames that found them.
 */
export class TaxonomyError extends Error {
  readonly problems: string[];
  /** Printed by Astro under the message. */
  readonly hint = 'Fix the taxonomy entries named above (content/taxonomy/) and build again: nothing is built while the taxonomy is broken, so no page links to a project, district or industry that is not there.';
  constructor(problems: string[]) {
    super(problems.join('\n'));
    this.name = 'TaxonomyError';
    this.problems = problems;
    this.stack = undefined;
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
  // A file that cannot be read at all leaves every reference to its entries unresolved: those follow-on
  // problems would bury the one that matters, so they wait until the file reads.
  if (read.unreadable) throw new TaxonomyError(read.problems);
  const resolved = resolveTaxonomy(read.entries);
  const problems = [...read.problems, ...resolved.problems, ...validateTaxonomy(read.entries, resolved.taxonomy)];
  if (problems.length > 0) throw new TaxonomyError(problems);
  return resolved.taxonomy;
}

const FILE_KINDS = Object.keys(taxonomyFileSchemas) as TaxonomyFileKind[];
const REQUIRED: readonly TaxonomyFileKind[] = ['districts', 'projects', 'industries'];

/** Each file's entries checked against its schema, with where each one stands; the problems of files and entries that fail. */
function readTaxonomy(files: readonly TaxonomyFile[]): { entries: TaxonomyEntries; problems: string[]; unreadable: boolean } {
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
  let unreadable = false;
  for (const kind of REQUIRED) {
    if (byKind.has(kind)) continue;
    problems.push(`${kind}.yml: missing from the taxonomy folder`);
    unreadable = true;
  }
  const read = <K extends TaxonomyFileKind>(kind: K): Located<TaxonomyFileEntry<K>>[] => {
    const entries = readEntries(kind, byKind.get(kind), problems);
    unreadable ||= entries === null;
    return entries ?? [];
  };
  const entries: TaxonomyEntries = {
    districts: read('districts'),
    projects: read('projects'),
    industries: read('industries'),
    organizations: read('organizations'),
    notProjects: read('not-projects'),
  };
  return { entries, problems, unreadable };
}

function fileKind(path: string): TaxonomyFileKind | null {
  const base = path.split(/[\\/]/).pop() ?? '';
  const stem = base.replace(/\.(?:ya?ml|json)$/i, '');
  if (stem === base) return null;
  return (FILE_KINDS as readonly string[]).includes(stem) ? (stem as TaxonomyFileKind) : null;
}

/** A file's data and the line each of its top-level entries starts on (1-based), or why it cannot be read, with where. */
function readData(file: TaxonomyFile): { data: unknown; lines: number[] } | { problem: string } {
  if (file.path.toLowerCase().endsWith('.json')) {
    try {
      return { data: JSON.parse(file.text), lines: [] };
    } catch (error) {
      return { problem: `${file.path}: cannot be read: ${error instanceof Error ? error.message : String(error)}` };
    }
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(file.text, { lineCounter });
  const [error] = doc.errors;
  if (error) {
    const at = error.linePos?.[0];
    const place = at ? `:${at.line}:${at.col}` : '';
    // yaml's message ends with its own "at line 3, column 8:" and a snippet; the place is said once, in front.
    const reason = error.message.split('\n')[0]!.replace(/\s*at line \d+, column \d+:?$/, '');
    return { problem: `${file.path}${place}: cannot be read: ${reason}` };
  }
  const lines = isSeq(doc.contents) ? doc.contents.items.map((item) => (item && typeof item === 'object' && 'range' in item && item.range ? lineCounter.linePos(item.range[0]).line : 0)) : [];
  return { data: doc.toJS(), lines };
}

/** The file's entries that pass their schema (the others' problems reported); null when the file cannot be read as a list at all. */
function readEntries<K extends TaxonomyFileKind>(kind: K, file: TaxonomyFile | undefined, problems: string[]): Located<TaxonomyFileEntry<K>>[] | null {
  if (!file) return [];
  const read = readData(file);
  if ('problem' in read) {
    problems.push(read.problem);
    return null;
  }
  const { data, lines } = read;
  if (data == null) return [];
  if (!Array.isArray(data)) {
    problems.push(`${file.path}: must be a list of entries (each starting with "- slug:")`);
    return null;
  }
  const out: Located<TaxonomyFileEntry<K>>[] = [];
  data.forEach((raw, i) => {
    const label = raw && typeof raw === 'object' && 'name' in raw && typeof raw.name === 'string' ? ` "${raw.name}"` : '';
    const line = lines[i] ? `:${lines[i]}` : '';
    const where = `${file.path}${line}: entry #${i + 1}${label}`;
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
