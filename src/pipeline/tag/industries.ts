/**
 * The industries an article is about: any full signal, or enough generic ones; the named
 * projects bring their own; a sub-industry brings its industry, which counts its
 * children's signals (商业航天 → 航空航天).
 */
import { bump, imply, type Counts } from './counts.ts';
import { namedProjects } from './projects.ts';
import type { ReadSection } from './read.ts';
import type { Tagger } from './tagger.ts';

/** Generic industry words count only when this many occur (see industries.yml, `weak`). */
const WEAK_SIGNALS_NEEDED = 3;

export function getIndustries(read: readonly ReadSection[], tagger: Tagger, projects: Counts): Counts {
  const strong: Counts = new Map();
  const weak: Counts = new Map();
  for (const { signals } of read) {
    for (const hit of signals) {
      for (const industry of hit.value.target.industries) bump(hit.value.target.weak ? weak : strong, industry.slug);
    }
  }
  const counts: Counts = new Map();
  for (const industry of tagger.taxonomy.industries) {
    const s = strong.get(industry.slug) ?? 0;
    const w = weak.get(industry.slug) ?? 0;
    if (s > 0 || w >= WEAK_SIGNALS_NEEDED) counts.set(industry.slug, s + w);
  }
  for (const project of namedProjects(projects, tagger)) for (const industry of project.industries) imply(counts, industry);
  for (const [slug, n] of [...counts]) {
    const parent = tagger.industries.get(slug)!.parent;
    if (parent) counts.set(parent, (counts.get(parent) ?? 0) + n);
  }
  return counts;
}

/** An industry's canonical name and its parent's (商业航天 → 商业航天, 航空航天). */
export function withParent(tagger: Tagger, slug: string): string[] {
  const industry = tagger.industries.get(slug)!;
  return industry.parent ? [industry.name, tagger.industries.get(industry.parent)!.name] : [industry.name];
}
