/**
 * The projects an article is about: the taxonomy's projects it names, the project-shaped
 * names the taxonomy lacks (tagged as discovered, one tag per key), and the parks the
 * named ones are part of (天开河西园 → 天开高教科创园, implied with 0 mentions).
 */
import type { TagRef } from '../../schema/article.ts';
import { projectKey } from '../../schema/project-names.ts';
import type { Project, Taxonomy } from '../../schema/taxonomy.ts';
import { bump, imply, type Counts } from './counts.ts';
import { findProjectNames, type FoundProject } from './found-projects.ts';
import type { ReadSection } from './read.ts';
import type { Tagger } from './tagger.ts';

/** A project name found by its shape, under the name it is tagged with. */
export type FoundSpan = FoundProject;

export interface ArticleProjects {
  /** Taxonomy projects by slug: mentions, 0 for a park implied by its part. */
  counts: Counts;
  discovered: TagRef[];
  /** Where the found names stand (known or discovered), for the facts. */
  found: FoundSpan[];
}

export function getProjects(read: readonly ReadSection[], tagger: Tagger): ArticleProjects {
  const counts: Counts = new Map();
  for (const { names } of read) {
    for (const hit of names) if (hit.value.target.type === 'project') bump(counts, hit.value.target.slug);
  }
  const discovered = new Map<string, TagRef>();
  const found: FoundSpan[] = [];
  for (const f of findProjectNames(read, { generic: tagger.genericWords, parkStems: [...tagger.parkStems.keys()], segmenter: tagger.segmenter })) {
    const key = projectKey(f.name);
    if (tagger.notProjects.has(key)) continue;
    const known = tagger.projectKeys.get(key);
    if (known) {
      bump(counts, known);
      found.push({ ...f, name: tagger.projects.get(known)!.name });
      continue;
    }
    const tag = discovered.get(key) ?? { name: f.name, mentions: 0, discovered: true };
    tag.mentions++;
    discovered.set(key, tag);
    found.push({ ...f, name: tag.name });
    // A branch named after its park is part of it (天开津南园 → 天开高教科创园).
    const park = branchOf(f.name, tagger);
    if (park) imply(counts, park);
  }
  for (const slug of [...counts.keys()]) {
    for (let parent = tagger.projects.get(slug)!.parent; parent; parent = tagger.projects.get(parent)?.parent ?? null) imply(counts, parent);
  }
  return { counts, discovered: [...discovered.values()], found };
}

/** The known park a discovered name is a branch of: its stem and 园 (天开 + 津南园). */
export function branchOf(name: string, tagger: Pick<Tagger, 'parkStems'>): string | null {
  if (!name.endsWith('园')) return null;
  for (const [stem, slug] of tagger.parkStems) if (name.startsWith(stem) && name.length > stem.length + 1) return slug;
  return null;
}

/** The taxonomy projects the article names (not those it only implies). */
export function namedProjects(counts: Counts, tagger: Tagger): Project[] {
  return [...counts].filter(([, n]) => n > 0).map(([slug]) => tagger.projects.get(slug)!);
}

/** A park written as a two- or three-character stem and 园 (天开园) names its branches the same way (天开津南园). */
export function parkStems(taxonomy: Taxonomy): Map<string, string> {
  const stems = new Map<string, string>();
  for (const p of taxonomy.projects) {
    if (p.kind !== 'park') continue;
    for (const form of [p.name, ...p.aliases]) if (/^[\u4e00-\u9fff]{2,3}园$/.test(form)) stems.set(form.slice(0, -1), p.slug);
  }
  return stems;
}
