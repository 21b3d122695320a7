/**
 * The districts and zones an article is about: those it names (not places outside
 * Tianjin), the district of a named project that has exactly one, and the district a
 * zone lies in (生态城 → 滨海新区). Implied places carry 0 mentions.
 */
import { bump, imply, type Counts } from './counts.ts';
import { namedProjects } from './projects.ts';
import type { ReadSection } from './read.ts';
import type { Tagger } from './tagger.ts';

export function getPlaces(read: readonly ReadSection[], tagger: Tagger, projects: Counts): Counts {
  const counts: Counts = new Map();
  for (const { names } of read) {
    for (const hit of names) {
      const target = hit.value.target;
      if (target.type === 'place' && target.kind !== 'other-place') bump(counts, target.slug);
    }
  }
  for (const project of namedProjects(projects, tagger)) if (project.districts.length === 1) imply(counts, project.districts[0]!);
  for (const slug of [...counts.keys()]) {
    for (let parent = tagger.places.get(slug)?.parent ?? null; parent; parent = tagger.places.get(parent)?.parent ?? null) imply(counts, parent);
  }
  return counts;
}
