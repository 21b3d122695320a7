/**
 * Tagging: which projects, places, industries, organisations and people an
 * article is about, its keywords, and the facts around its projects.
 *
 * createTagger does the expensive work once (tagger.ts); tagArticle reads the
 * article once (read.ts) and composes small pure passes over that reading, each
 * its own module: projects, places, industries, organisations, people, keywords
 * and facts.
 */
import type { Milestone, Money, TagRef, Tags } from '../../schema/article.ts';
import type { Counts } from './counts.ts';
import { getFacts } from './facts.ts';
import { getIndustries } from './industries.ts';
import { rememberingTags } from './jieba.ts';
import { getKeywords } from './keywords.ts';
import { getOrganizations } from './organizations.ts';
import { getPeople } from './people.ts';
import { getPlaces } from './places.ts';
import { getProjects } from './projects.ts';
import { readArticle } from './read.ts';
import type { TaggableArticle } from './sections.ts';
import type { Tagger } from './tagger.ts';

export type { TaggableArticle } from './sections.ts';
export { createTagger, type Tagger } from './tagger.ts';

export interface TagResult {
  tags: Tags;
  keywords: string[];
  money: Money[];
  milestones: Milestone[];
}

export function tagArticle(article: TaggableArticle, shared: Tagger): TagResult {
  // Forgotten with the article: what one article asks is rarely what the next does.
  const tagger: Tagger = { ...shared, segmenter: rememberingTags(shared.segmenter) };
  const read = readArticle(article, tagger);
  const projects = getProjects(read, tagger);
  const places = getPlaces(read, tagger, projects);
  const industries = getIndustries(read, tagger, projects.counts);
  const organizations = getOrganizations(read);
  const people = getPeople(read, organizations.shortNames);
  // Names found in this article are single tokens for the keywords too (never added to the segmenter's dictionary).
  const keywords = getKeywords(read, [...organizations.counts.keys(), ...organizations.shortNames.keys(), ...people.keys()], tagger.segmenter);
  const { money, milestones } = getFacts(read, tagger, projects.found, organizations.mentions, article.published);

  const named = (counts: Counts, lookup: (key: string) => string): TagRef[] =>
    sortTags([...counts].map(([key, mentions]) => ({ name: lookup(key), mentions })));
  return {
    tags: {
      projects: sortTags([...named(projects.counts, (s) => tagger.projects.get(s)!.name), ...projects.discovered]),
      districts: named(places, (s) => tagger.places.get(s)!.name),
      industries: named(industries, (s) => tagger.industries.get(s)!.name),
      organizations: named(organizations.counts, (name) => name),
      people: named(people, (name) => name),
    },
    keywords,
    money,
    milestones,
  };
}

/** Most mentioned first, then by name (code-unit order, the same on every machine). */
export function sortTags(tags: TagRef[]): TagRef[] {
  return tags.sort((a, b) => b.mentions - a.mentions || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
