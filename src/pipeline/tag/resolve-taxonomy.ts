/**
 * From the entries editors write to the taxonomy the tagger reads: `resolveTaxonomy`
 * turns every cross-reference (a name or a slug) into a slug and fills in what an
 * entry leaves out; `validateTaxonomy` checks what no single entry's schema can see
 * (a slug or name used twice, a name two entities claim, loops of parents, two
 * levels of industries). Both pure, both naming the file and entry of each problem.
 */
import { projectSlug } from '../../schema/project-names.ts';
import type { District, Industry, Organization, Project, Taxonomy, TaxonomyFileEntry } from '../../schema/taxonomy.ts';

export interface Located<T> {
  entry: T;
  /** "content/taxonomy/projects.yml:31: entry #4 \"天开高教科创园\"" (file, line, entry) */
  where: string;
}

/** Each file's entries as read, in file order. */
export interface TaxonomyEntries {
  districts: Located<TaxonomyFileEntry<'districts'>>[];
  projects: Located<TaxonomyFileEntry<'projects'>>[];
  industries: Located<TaxonomyFileEntry<'industries'>>[];
  organizations: Located<TaxonomyFileEntry<'organizations'>>[];
  notProjects: Located<TaxonomyFileEntry<'not-projects'>>[];
}

/** The taxonomy with every reference resolved, one entry for each entry read (a reference that names nothing left out), and the references that name nothing. */
export function resolveTaxonomy(entries: TaxonomyEntries): { taxonomy: Taxonomy; problems: string[] } {
  const problems: string[] = [];
  const projectSlugs = entries.projects.map(({ entry }) => entry.slug ?? projectSlug(entry.name));
  const placeRef = resolver(entries.districts.map(({ entry }) => entry).filter((d) => d.kind !== 'other-place'));
  const industryRef = resolver(entries.industries.map(({ entry }) => entry));
  const projectRef = resolver(entries.projects.map(({ entry }, i) => ({ slug: projectSlugs[i]!, name: entry.name })));
  /** The slug `ref` names, or null with a problem. */
  const resolve = (where: string, field: string, ref: string, lookup: (ref: string) => string | null, what: string): string | null => {
    const hit = lookup(ref);
    if (!hit) problems.push(`${where}: ${field} "${ref}" is not a known ${what}`);
    return hit;
  };
  const resolveAll = (where: string, field: string, refs: readonly string[], lookup: (ref: string) => string | null, what: string): string[] => {
    const slugs: string[] = [];
    for (const ref of refs) {
      const hit = resolve(where, field, ref, lookup, what);
      if (hit && !slugs.includes(hit)) slugs.push(hit);
    }
    return slugs;
  };

  const districts: District[] = entries.districts.map(({ entry, where }) => ({
    slug: entry.slug,
    name: entry.name,
    kind: entry.kind,
    parent: entry.parent == null ? null : resolve(where, 'parent', entry.parent, placeRef, 'district'),
    aliases: entry.aliases,
    not: entry.not,
    bare: entry.bare,
    description: entry.description ?? null,
  }));

  const projects: Project[] = entries.projects.map(({ entry, where }, i) => {
    const refs = entry.district == null ? [] : typeof entry.district === 'string' ? [entry.district] : entry.district;
    return {
      slug: projectSlugs[i]!,
      name: entry.name,
      kind: entry.kind,
      aliases: entry.aliases,
      districts: resolveAll(where, 'district', refs, placeRef, 'district'),
      industries: resolveAll(where, 'industry', entry.industries, industryRef, 'industry'),
      parent: entry.parent == null ? null : resolve(where, 'parent', entry.parent, projectRef, 'project'),
      not: entry.not,
      description: entry.description ?? null,
    };
  });

  const industries: Industry[] = entries.industries.map(({ entry, where }) => ({
    slug: entry.slug,
    name: entry.name,
    parent: entry.parent == null ? null : resolve(where, 'parent', entry.parent, industryRef, 'industry'),
    source: entry.source ?? null,
    signals: entry.signals,
    weak: entry.weak,
    description: entry.description ?? null,
  }));

  const organizations: Organization[] = entries.organizations.map(({ entry }) => ({
    slug: entry.slug,
    name: entry.name,
    kind: entry.kind,
    aliases: entry.aliases,
    description: entry.description ?? null,
  }));

  const notProjects = entries.notProjects.map(({ entry }) => entry.name);
  return { taxonomy: { districts, projects, industries, organizations, notProjects }, problems };
}

function resolver(entries: readonly { slug: string; name: string }[]): (ref: string) => string | null {
  const map = new Map<string, string>();
  for (const entry of entries) {
    map.set(entry.slug, entry.slug);
    map.set(entry.name, entry.slug);
  }
  return (ref) => map.get(ref) ?? null;
}

/** What the resolved taxonomy must also satisfy; `entries` name where each entry stands (entry i of a kind is `taxonomy[kind][i]`). */
export function validateTaxonomy(entries: TaxonomyEntries, taxonomy: Taxonomy): string[] {
  const problems: string[] = [];
  const where = {
    districts: entries.districts.map((e) => e.where),
    projects: entries.projects.map((e) => e.where),
    industries: entries.industries.map((e) => e.where),
    organizations: entries.organizations.map((e) => e.where),
  };
  checkUnique(taxonomy.districts, where.districts, problems);
  checkUnique(taxonomy.projects, where.projects, problems);
  checkUnique(taxonomy.industries, where.industries, problems);
  checkUnique(taxonomy.organizations, where.organizations, problems);
  checkSurfaceClashes(
    [
      ...taxonomy.districts.map((d, i) => ({ where: where.districts[i]!, slug: `districts/${d.slug}`, forms: [d.name, ...d.aliases, ...d.bare] })),
      ...taxonomy.projects.map((p, i) => ({ where: where.projects[i]!, slug: `projects/${p.slug}`, forms: [p.name, ...p.aliases] })),
      ...taxonomy.organizations.map((o, i) => ({ where: where.organizations[i]!, slug: `organizations/${o.slug}`, forms: [o.name, ...o.aliases] })),
    ],
    problems,
  );
  taxonomy.industries.forEach((industry, i) => {
    const seen = new Set<string>();
    for (const word of [...industry.signals, ...industry.weak]) {
      if (seen.has(word)) problems.push(`${where.industries[i]}: signal "${word}" is listed twice`);
      seen.add(word);
    }
  });
  checkParents(taxonomy.districts, where.districts, problems);
  checkParents(taxonomy.projects, where.projects, problems);
  checkIndustryLevels(entries, taxonomy.industries, problems);
  return problems;
}

function checkUnique(entries: readonly { slug: string; name: string }[], where: readonly string[], problems: string[]): void {
  const slugs = new Map<string, string>();
  const names = new Map<string, string>();
  entries.forEach((entry, i) => {
    const s = slugs.get(entry.slug);
    if (s) problems.push(`${where[i]}: slug "${entry.slug}" is already used by ${s}`);
    else slugs.set(entry.slug, where[i]!);
    const n = names.get(entry.name);
    if (n) problems.push(`${where[i]}: name "${entry.name}" is already used by ${n}`);
    else names.set(entry.name, where[i]!);
  });
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

/**
 * No entry is its own parent, and each loop of parents is named once, at the loop's first
 * entry in the file; entries that merely lead into a loop say nothing more.
 */
function checkParents(entries: readonly { slug: string; name: string; parent: string | null }[], where: readonly string[], problems: string[]): void {
  // An entry that names itself is reported as such, and ends the chains that reach it.
  const parents = new Map(entries.map((e) => [e.slug, e.parent === e.slug ? null : e.parent]));
  const names = new Map(entries.map((e) => [e.slug, e.name]));
  const reported = new Set<string>();
  entries.forEach((entry, i) => {
    if (entry.parent === entry.slug) {
      problems.push(`${where[i]}: parent is the entry itself`);
      return;
    }
    if (reported.has(entry.slug)) return;
    const path: string[] = [entry.slug];
    for (let at = entry.parent; at; at = parents.get(at) ?? null) {
      if (at === entry.slug) {
        path.forEach((slug) => reported.add(slug));
        problems.push(`${where[i]}: parent chain loops: ${[...path, at].map((s) => names.get(s) ?? s).join(' → ')}`);
        return;
      }
      // A loop further up that does not come back here: it is reported at its own first entry.
      if (path.includes(at)) return;
      path.push(at);
    }
  });
}

/** Two levels: a sub-industry's parent is a top-level industry, and a top-level one says where its name comes from. */
function checkIndustryLevels(entries: TaxonomyEntries, industries: readonly Industry[], problems: string[]): void {
  const topLevel = new Set(entries.industries.filter(({ entry }) => entry.parent == null).map(({ entry }) => entry.slug));
  industries.forEach((industry, i) => {
    const { entry, where } = entries.industries[i]!;
    if (entry.parent == null && entry.source == null) {
      problems.push(`${where}: a top-level industry needs a source (the classification its name comes from)`);
    } else if (industry.parent !== null && !topLevel.has(industry.parent)) {
      problems.push(`${where}: parent "${entry.parent}" is itself a sub-industry (two levels only)`);
    }
  });
}
