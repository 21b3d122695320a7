/**
 * The shapes of the taxonomy editors keep in content/taxonomy/*.yml, declared once.
 *
 * Two layers: `*FileSchema` validates what editors write (names or slugs as
 * cross-references, optional fields); the exported entry types are what
 * `parseTaxonomy` returns, with every cross-reference resolved to a slug and
 * every optional list filled in.
 */
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { projectSlug } from './project-names.ts';

/** URL-safe, stable: lower-case ASCII words joined by hyphens. */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'slug must be lower-case ASCII letters and digits joined by single hyphens');

/** A surface form the tagger looks for: trimmed, non-empty, one line. */
const surface = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .regex(/^[^\n\r]+$/, 'must be a single line');

const description = z.string().trim().min(1, 'must not be empty');

/** One name or a list of names, as editors find natural to write. */
const oneOrMany = z.union([surface, z.array(surface)]);

export const placeKinds = ['district', 'functional-zone', 'other-place'] as const;
export type PlaceKind = (typeof placeKinds)[number];

export const projectKinds = ['project', 'park', 'base', 'platform', 'event', 'plan'] as const;
export type ProjectKind = (typeof projectKinds)[number];

export const organizationKinds = ['company', 'university', 'school', 'institute', 'government', 'other'] as const;
export type OrganizationKind = (typeof organizationKinds)[number];

export const districtFileEntry = z.strictObject({
  slug: slugSchema,
  name: surface,
  kind: z.enum(placeKinds),
  /** Name or slug of the enclosing district (中新天津生态城 → 滨海新区). */
  parent: surface.nullish(),
  aliases: z.array(surface).default([]),
  /** Phrases that contain this place's name but mean something else (南开大学 for 南开区). */
  not: z.array(surface).default([]),
  description: description.nullish(),
});

export const projectFileEntry = z.strictObject({
  /**
   * Optional: without one the slug is made from the name (see projectSlug), the same
   * address the project's page had while it was only discovered in the news.
   */
  slug: slugSchema.optional(),
  name: surface,
  kind: z.enum(projectKinds),
  aliases: z.array(surface).default([]),
  /** Where it is: a district or functional zone, by name or slug; a list when it spans several. */
  district: oneOrMany.nullish(),
  /** The park or project it is part of (天开河西园 → 天开高教科创园), by name or slug. */
  parent: surface.nullish(),
  industries: z.array(surface).default([]),
  not: z.array(surface).default([]),
  description: description.nullish(),
});

export const industryFileEntry = z.strictObject({
  slug: slugSchema,
  name: surface,
  /** For a sub-industry: the top-level industry it belongs to, by name or slug. */
  parent: surface.nullish(),
  /** For a top-level industry: the classification its name comes from (天津市12条重点产业链 …). */
  source: description.nullish(),
  /** Words and phrases that on their own show the article is about this industry. */
  signals: z.array(surface).min(1, 'an industry needs at least one signal'),
  /** Generic words that count only when three or more of them occur (金融服务, 软件). */
  weak: z.array(surface).default([]),
  description: description.nullish(),
});

/** A name the tagger must not take for a project although it has the shape of one (八大生产园区). */
export const notProjectFileEntry = z.strictObject({
  name: surface,
  /** Why, for the next editor. */
  reason: description.nullish(),
});

export const organizationFileEntry = z.strictObject({
  slug: slugSchema,
  name: surface,
  kind: z.enum(organizationKinds),
  aliases: z.array(surface).default([]),
  description: description.nullish(),
});

export interface District {
  slug: string;
  name: string;
  kind: PlaceKind;
  /** Slug of the enclosing district, or null. */
  parent: string | null;
  aliases: string[];
  not: string[];
  description: string | null;
}

export interface Project {
  slug: string;
  name: string;
  kind: ProjectKind;
  aliases: string[];
  /** Slugs of the districts or zones it lies in; empty when the taxonomy does not say. */
  districts: string[];
  /** Industry slugs. */
  industries: string[];
  /** Slug of the project or park it is part of, or null. */
  parent: string | null;
  not: string[];
  description: string | null;
  /** true for a project found in the news by its shape, not listed by an editor. */
  discovered?: boolean;
}

export interface Industry {
  slug: string;
  name: string;
  /** Slug of the top-level industry a sub-industry belongs to; null for a top-level one. */
  parent: string | null;
  /** Where a top-level name comes from; null for a sub-industry. */
  source: string | null;
  signals: string[];
  weak: string[];
  description: string | null;
}

export interface Organization {
  slug: string;
  name: string;
  kind: OrganizationKind;
  aliases: string[];
  description: string | null;
}

export type Taxonomy = {
  districts: District[];
  projects: Project[];
  industries: Industry[];
  /** Known organisations with their short names (南开大学, 中汽中心); optional for hand-built fixtures. */
  organizations?: Organization[];
  /** Names never tagged as discovered projects (content/taxonomy/not-projects.yml). */
  notProjects?: string[];
};

// ── Parsing and validation ──────────────────────────────────────────

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

const FILE_KINDS = ['districts', 'projects', 'industries', 'organizations', 'not-projects'] as const;
type FileKind = (typeof FILE_KINDS)[number];
const REQUIRED: readonly FileKind[] = ['districts', 'projects', 'industries'];

const fileSchemas = {
  districts: districtFileEntry,
  projects: projectFileEntry,
  industries: industryFileEntry,
  organizations: organizationFileEntry,
  'not-projects': notProjectFileEntry,
} as const;

type FileEntry<K extends FileKind> = z.infer<(typeof fileSchemas)[K]>;

interface Located<T> {
  entry: T;
  /** "content/taxonomy/projects.yml: entry #4 \"天开高教科创园\"" */
  where: string;
}

/**
 * Validates the taxonomy files and resolves their cross-references to slugs.
 * Pure: takes the files' text, returns the taxonomy or throws a TaxonomyError
 * listing every problem with its file and entry.
 */
export function parseTaxonomy(files: readonly TaxonomyFile[]): Taxonomy {
  const problems: string[] = [];
  const byKind = new Map<FileKind, TaxonomyFile>();
  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
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

  const districts = readEntries('districts', byKind.get('districts'), problems);
  const projects = readEntries('projects', byKind.get('projects'), problems).map(({ entry, where }) => ({
    entry: { ...entry, slug: entry.slug ?? projectSlug(entry.name) },
    where,
  }));
  const industries = readEntries('industries', byKind.get('industries'), problems);
  const organizations = readEntries('organizations', byKind.get('organizations'), problems);
  const notProjects = readEntries('not-projects', byKind.get('not-projects'), problems).map(({ entry }) => entry.name);

  checkUnique(districts, problems);
  checkUnique(projects, problems);
  checkUnique(industries, problems);
  checkUnique(organizations, problems);
  checkSurfaceClashes(
    [
      ...districts.map((d) => ({ where: d.where, slug: `districts/${d.entry.slug}`, forms: [d.entry.name, ...d.entry.aliases] })),
      ...projects.map((p) => ({ where: p.where, slug: `projects/${p.entry.slug}`, forms: [p.entry.name, ...p.entry.aliases] })),
      ...organizations.map((o) => ({ where: o.where, slug: `organizations/${o.entry.slug}`, forms: [o.entry.name, ...o.entry.aliases] })),
    ],
    problems,
  );
  for (const { entry, where } of industries) {
    const seen = new Set<string>();
    for (const word of [...entry.signals, ...entry.weak]) {
      if (seen.has(word)) problems.push(`${where}: signal "${word}" is listed twice`);
      seen.add(word);
    }
  }

  const placeRef = resolver(districts, (d) => d.kind !== 'other-place');
  const industryRef = resolver(industries, () => true);
  const projectRef = resolver(projects, () => true);

  const outDistricts: District[] = districts.map(({ entry, where }) => {
    let parent: string | null = null;
    if (entry.parent != null) {
      const hit = placeRef(entry.parent);
      if (!hit) problems.push(`${where}: parent "${entry.parent}" is not a known district`);
      else if (hit === entry.slug) problems.push(`${where}: parent is the entry itself`);
      else parent = hit;
    }
    return {
      slug: entry.slug,
      name: entry.name,
      kind: entry.kind,
      parent,
      aliases: entry.aliases,
      not: entry.not,
      description: entry.description ?? null,
    };
  });
  checkParentCycles(outDistricts, districts, problems);

  const outProjects: Project[] = projects.map(({ entry, where }) => {
    const refs = entry.district == null ? [] : typeof entry.district === 'string' ? [entry.district] : entry.district;
    const slugs: string[] = [];
    for (const ref of refs) {
      const hit = placeRef(ref);
      if (!hit) problems.push(`${where}: district "${ref}" is not a known district`);
      else if (!slugs.includes(hit)) slugs.push(hit);
    }
    const industrySlugs: string[] = [];
    for (const ref of entry.industries) {
      const hit = industryRef(ref);
      if (!hit) problems.push(`${where}: industry "${ref}" is not a known industry`);
      else if (!industrySlugs.includes(hit)) industrySlugs.push(hit);
    }
    let parent: string | null = null;
    if (entry.parent != null) {
      const hit = projectRef(entry.parent);
      if (!hit) problems.push(`${where}: parent "${entry.parent}" is not a known project`);
      else if (hit === entry.slug) problems.push(`${where}: parent is the entry itself`);
      else parent = hit;
    }
    return {
      slug: entry.slug,
      name: entry.name,
      kind: entry.kind,
      aliases: entry.aliases,
      districts: slugs,
      industries: industrySlugs,
      parent,
      not: entry.not,
      description: entry.description ?? null,
    };
  });
  checkParentCycles(outProjects, projects, problems);

  // Two levels: a sub-industry's parent is a top-level industry, and a top-level one says where its name comes from.
  const topLevel = new Set(industries.filter(({ entry }) => entry.parent == null).map(({ entry }) => entry.slug));
  const outIndustries: Industry[] = industries.map(({ entry, where }) => {
    let parent: string | null = null;
    if (entry.parent != null) {
      const hit = industryRef(entry.parent);
      if (!hit) problems.push(`${where}: parent "${entry.parent}" is not a known industry`);
      else if (!topLevel.has(hit)) problems.push(`${where}: parent "${entry.parent}" is itself a sub-industry (two levels only)`);
      else parent = hit;
    } else if (entry.source == null) {
      problems.push(`${where}: a top-level industry needs a source (the classification its name comes from)`);
    }
    return {
      slug: entry.slug,
      name: entry.name,
      parent,
      source: entry.source ?? null,
      signals: entry.signals,
      weak: entry.weak,
      description: entry.description ?? null,
    };
  });

  const outOrganizations: Organization[] = organizations.map(({ entry }) => ({
    slug: entry.slug,
    name: entry.name,
    kind: entry.kind,
    aliases: entry.aliases,
    description: entry.description ?? null,
  }));

  if (problems.length > 0) throw new TaxonomyError(problems);
  return { districts: outDistricts, projects: outProjects, industries: outIndustries, organizations: outOrganizations, notProjects };
}

function fileKind(path: string): FileKind | null {
  const base = path.split(/[\\/]/).pop() ?? '';
  const stem = base.replace(/\.(?:ya?ml|json)$/i, '');
  if (stem === base) return null;
  return (FILE_KINDS as readonly string[]).includes(stem) ? (stem as FileKind) : null;
}

function readEntries<K extends FileKind>(
  kind: K,
  file: TaxonomyFile | undefined,
  problems: string[],
): Located<FileEntry<K>>[] {
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
  const out: Located<FileEntry<K>>[] = [];
  data.forEach((raw, i) => {
    const label = raw && typeof raw === 'object' && 'name' in raw && typeof raw.name === 'string' ? ` "${raw.name}"` : '';
    const where = `${file.path}: entry #${i + 1}${label}`;
    const parsed = fileSchemas[kind].safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
        problems.push(`${where}: ${field}${issue.message}`);
      }
      return;
    }
    out.push({ entry: parsed.data as FileEntry<K>, where });
  });
  return out;
}

function checkUnique(entries: readonly Located<{ slug: string; name: string }>[], problems: string[]): void {
  const slugs = new Map<string, string>();
  const names = new Map<string, string>();
  for (const { entry, where } of entries) {
    const s = slugs.get(entry.slug);
    if (s) problems.push(`${where}: slug "${entry.slug}" is already used by ${s}`);
    else slugs.set(entry.slug, where);
    const n = names.get(entry.name);
    if (n) problems.push(`${where}: name "${entry.name}" is already used by ${n}`);
    else names.set(entry.name, where);
  }
}

/** Two entities may not share a name or alias: the tagger could not tell which one the text means. */
function checkSurfaceClashes(owners: readonly { where: string; slug: string; forms: string[] }[], problems: string[]): void {
  const seen = new Map<string, { where: string; slug: string }>();
  for (const owner of owners) {
    for (const form of new Set(owner.forms)) {
      const other = seen.get(form);
      if (other && other.slug !== owner.slug) problems.push(`${owner.where}: "${form}" is already a name or alias of ${other.where}`);
      else if (!other) seen.set(form, owner);
    }
  }
}

function resolver<T extends { slug: string; name: string }>(entries: readonly Located<T>[], accept: (entry: T) => boolean): (ref: string) => string | null {
  const map = new Map<string, string>();
  for (const { entry } of entries) {
    if (!accept(entry)) continue;
    map.set(entry.slug, entry.slug);
    map.set(entry.name, entry.slug);
  }
  return (ref) => map.get(ref) ?? null;
}

/** Each loop of parents once, at the loop's first entry in the file; entries that merely lead into a loop say nothing more. */
function checkParentCycles(districts: readonly { slug: string; name: string; parent: string | null }[], located: readonly Located<{ slug: string }>[], problems: string[]): void {
  const parents = new Map(districts.map((d) => [d.slug, d.parent]));
  const names = new Map(districts.map((d) => [d.slug, d.name]));
  const reported = new Set<string>();
  districts.forEach((district, i) => {
    if (reported.has(district.slug)) return;
    const path: string[] = [district.slug];
    for (let at = district.parent; at; at = parents.get(at) ?? null) {
      if (at === district.slug) {
        path.forEach((slug) => reported.add(slug));
        problems.push(`${located[i]!.where}: parent chain loops: ${[...path, at].map((s) => names.get(s) ?? s).join(' → ')}`);
        return;
      }
      // A loop further up that does not come back here: it is reported at its own first entry.
      if (path.includes(at)) return;
      path.push(at);
    }
  });
}
