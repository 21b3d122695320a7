/**
 * The shapes of the taxonomy editors keep in content/taxonomy/*.yml, declared once
 * (as Starlight derives its config types from its zod schema: the types are
 * `z.output` of the schemas, never written by hand).
 *
 * Two layers: `*FileEntry` validates what editors write (names or slugs as
 * cross-references, optional fields); `*Schema` is the same entry as the taxonomy
 * holds it, with every cross-reference resolved to a slug and every optional field
 * filled in. Reading the files is src/io/read-taxonomy.ts; resolving and checking
 * the references is src/pipeline/tag/resolve-taxonomy.ts.
 */
import { z } from 'zod';

/** URL-safe, stable: lower-case ASCII words joined by hyphens. */
const slugSchema = z
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

const placeKinds = ['district', 'functional-zone', 'other-place'] as const;
export type PlaceKind = (typeof placeKinds)[number];

const projectKinds = ['project', 'park', 'base', 'platform', 'event', 'plan'] as const;
export type ProjectKind = (typeof projectKinds)[number];

const organizationKinds = ['company', 'university', 'school', 'institute', 'government', 'other'] as const;

const districtFileEntry = z.strictObject({
  slug: slugSchema,
  name: surface,
  kind: z.enum(placeKinds),
  /** Name or slug of the enclosing district (中新天津生态城 → 滨海新区). */
  parent: surface.nullish(),
  aliases: z.array(surface).default([]),
  /** Phrases that contain this place's name but mean something else (南开大学 for 南开区). */
  not: z.array(surface).default([]),
  /**
   * Generic words that name this place only among other Tianjin places (高新区 in 开发区、保税区、高新区):
   * counted where written alone, not as the end of another name (华明高新区), in a sentence that names another place.
   */
  bare: z.array(surface).default([]),
  description: description.nullish(),
});

const projectFileEntry = z.strictObject({
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

const industryFileEntry = z.strictObject({
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
const notProjectFileEntry = z.strictObject({
  name: surface,
  /** Why, for the next editor. */
  reason: description.nullish(),
});

const organizationFileEntry = z.strictObject({
  slug: slugSchema,
  name: surface,
  kind: z.enum(organizationKinds),
  aliases: z.array(surface).default([]),
  description: description.nullish(),
});

/** A cross-reference after resolution: the slug of the entry it names. */
const slugRef = slugSchema.nullable();

/** A district or zone as the taxonomy holds it: `parent` resolved to a slug (or null). */
const districtSchema = districtFileEntry.extend({
  parent: slugRef,
  description: description.nullable(),
});
export type District = z.output<typeof districtSchema>;

/** A project as the taxonomy holds it: slug filled in, `district` read as slugs, references resolved. */
const projectSchema = projectFileEntry.omit({ district: true }).extend({
  slug: slugSchema,
  /** Slugs of the districts or zones it lies in; empty when the taxonomy does not say. */
  districts: z.array(slugSchema),
  /** Industry slugs. */
  industries: z.array(slugSchema),
  /** Slug of the project or park it is part of, or null. */
  parent: slugRef,
  description: description.nullable(),
  /** true for a project found in the news by its shape, not listed by an editor (see merge-discovered.ts). */
  discovered: z.boolean().optional(),
});
export type Project = z.output<typeof projectSchema>;

/** An industry as the taxonomy holds it: `parent` resolved to the slug of its top-level industry (null for one). */
const industrySchema = industryFileEntry.extend({
  parent: slugRef,
  /** Where a top-level name comes from; null for a sub-industry. */
  source: description.nullable(),
  description: description.nullable(),
});
export type Industry = z.output<typeof industrySchema>;

const organizationSchema = organizationFileEntry.extend({ description: description.nullable() });
export type Organization = z.output<typeof organizationSchema>;

/** The whole taxonomy, every file resolved: what the tagger, the pages and the search read. */
const taxonomySchema = z.strictObject({
  districts: z.array(districtSchema),
  projects: z.array(projectSchema),
  industries: z.array(industrySchema),
  /** Known organisations with their short names (南开大学, 中汽中心). */
  organizations: z.array(organizationSchema),
  /** Names never tagged as discovered projects (content/taxonomy/not-projects.yml). */
  notProjects: z.array(surface),
});
export type Taxonomy = z.output<typeof taxonomySchema>;

/** What each taxonomy file holds, as editors write it (before references are resolved). */
export const taxonomyFileSchemas = {
  districts: districtFileEntry,
  projects: projectFileEntry,
  industries: industryFileEntry,
  organizations: organizationFileEntry,
  'not-projects': notProjectFileEntry,
} as const;
export type TaxonomyFileKind = keyof typeof taxonomyFileSchemas;
export type TaxonomyFileEntry<K extends TaxonomyFileKind> = z.output<(typeof taxonomyFileSchemas)[K]>;
