/**
 * Tagging: which projects, places, industries, organisations and people an
 * article is about, its keywords, and the facts around its projects.
 *
 * createTagger does the expensive work once (the automaton over every name and
 * signal, the segmenter's dictionary); tagArticle then reads each article in
 * one pass over its text.
 */
import type { Article, Milestone, Money, TagRef, Tags } from '../../schema/article.ts';
import type { District, Industry, Project, Taxonomy } from '../../schema/taxonomy.ts';
import { extractFacts, type FactParagraph } from '../facts/index.ts';
import { addWords } from './jieba.ts';
import { EXTRA_WORDS, topKeywords } from './keywords.ts';
import { acceptInContext, buildLexicon, type Lexicon, type NameTarget, type SignalTarget } from './lexicon.ts';
import { leftmostLongest, type Hit } from './matcher.ts';
import { findListedCompanies, findOrganizations, shortNameAfter, type OrgSpan } from './organizations.ts';
import { countPeople, findPeople, staffNames, type PersonContext } from './people.ts';
import { findProjectNames } from './found-projects.ts';
import { projectKey } from '../../schema/project-names.ts';
import { articleSections, isHeadline, type Section, type TaggableArticle } from './sections.ts';

export type { TaggableArticle } from './sections.ts';

export interface Tagger {
  readonly taxonomy: Taxonomy;
  readonly lexicon: Lexicon;
  readonly places: ReadonlyMap<string, District>;
  readonly projects: ReadonlyMap<string, Project>;
  readonly industries: ReadonlyMap<string, Industry>;
  /** Taxonomy projects by the key of each name and alias (see projectKey): a variant spelling finds its entry. */
  readonly projectKeys: ReadonlyMap<string, string>;
  /** Keys of names that are never discovered projects (not-projects.yml). */
  readonly notProjects: ReadonlySet<string>;
  /** Industry signal words, which name no project on their own. */
  readonly genericWords: ReadonlySet<string>;
}

export interface TagResult {
  tags: Tags;
  keywords: string[];
  money: Money[];
  milestones: Milestone[];
}

/** A project name followed by these names something else (南开中学京津中关村科技城学校): not the project's own fact. */
const PART_OF_LONGER_NAME = /^(?:学校|中学|小学|党工委|管委会|管理委员会|发展论坛|论坛|推介会|有限公司|公司|集团)/;

/** Generic industry words count only when this many occur (see industries.yml, `weak`). */
export const WEAK_SIGNALS_NEEDED = 3;

export function createTagger(taxonomy: Taxonomy): Tagger {
  const tagger = createReader(taxonomy);
  addWords([...tagger.lexicon.words, ...EXTRA_WORDS]);
  return tagger;
}

/** The tagger without the segmenter: enough to read names (discovery, reports), no nodejieba load. */
export function createReader(taxonomy: Taxonomy): Tagger {
  const lexicon = buildLexicon(taxonomy);
  return {
    taxonomy,
    lexicon,
    places: new Map(taxonomy.districts.map((d) => [d.slug, d])),
    projects: new Map(taxonomy.projects.map((p) => [p.slug, p])),
    industries: new Map(taxonomy.industries.map((i) => [i.slug, i])),
    projectKeys: new Map(taxonomy.projects.flatMap((p) => [p.name, ...p.aliases].map((form) => [projectKey(form), p.slug] as const))),
    notProjects: new Set((taxonomy.notProjects ?? []).map(projectKey)),
    genericWords: new Set(taxonomy.industries.flatMap((i) => [...i.signals, ...i.weak])),
  };
}

type NameHit = Hit<{ layer: 'name'; target: NameTarget; form: string }>;
type SignalHit = Hit<{ layer: 'signal'; target: SignalTarget; form: string }>;

/** One section as the tagger read it: the names and signals that count, and the organisations in it. */
export interface ReadSection {
  section: Section;
  names: NameHit[];
  signals: SignalHit[];
  orgs: OrgSpan[];
  /** Dictionary organisations (南开大学, 中汽中心) as spans, with their canonical names. */
  knownOrgs: { start: number; end: number; name: string }[];
}

/** Reads an article's sections: the shared first step of tagging and of discovery. */
export function readArticle(article: TaggableArticle, tagger: Tagger): ReadSection[] {
  return articleSections(article).map((section) => readSection(section, tagger));
}

function readSection(section: Section, tagger: Tagger): ReadSection {
  const { text } = section;
  const hits = tagger.lexicon.matcher.scan(text);
  const accept = acceptInContext(text);
  const allNames = leftmostLongest(
    hits.filter((h): h is NameHit => h.value.layer === 'name'),
    accept,
  );
  const knownOrgs = allNames
    .filter((h) => h.value.target.type === 'organization')
    .map((h) => ({ start: h.start, end: h.end, name: (h.value.target as { name: string }).name }));

  const boundaries = new Set(allNames.map((h) => h.end));
  // A pattern name that ends where a dictionary organisation ends read too far back (深化与北京中关村发展集团).
  const suffixed = findOrganizations(text, boundaries).filter(
    (o) => !knownOrgs.some((k) => k.end === o.end && k.start >= o.start) && !allNames.some((n) => n.start < o.start && n.end > o.start),
  );
  // Companies named without a legal suffix that the text lists as companies (凯莱英、用友等企业).
  const orgs = [...suffixed, ...findListedCompanies(text, [...allNames, ...suffixed])].sort((a, b) => a.start - b.start);

  const inside = (h: { start: number; end: number }, spans: readonly { start: number; end: number }[]): boolean =>
    spans.some((s) => h.start >= s.start && h.end <= s.end && (h.start !== s.start || h.end !== s.end));
  const companies = orgs.filter((o) => o.kind === 'company');

  // Names inside a company's name are part of that name; a place inside a public body's name still says where,
  // and so does a field in an institute's (天津大学合成生物前沿研究院 works on 合成生物).
  const names = allNames.filter((h) => {
    const target = h.value.target;
    if (target.type === 'shadow' || target.type === 'organization') return true;
    if (target.type === 'place') return !inside(h, companies);
    return !inside(h, orgs);
  });
  const projectSpans = names.filter((h) => h.value.target.type === 'project');
  const signals = leftmostLongest(
    hits.filter((h): h is SignalHit => h.value.layer === 'signal'),
    accept,
  ).filter((h) => !inside(h, companies) && !inside(h, projectSpans) && !inside(h, knownOrgs) && !projectSpans.some((p) => p.start === h.start && p.end === h.end));

  return { section, names, signals, orgs, knownOrgs };
}

export function tagArticle(article: TaggableArticle, tagger: Tagger): TagResult {
  const read = readArticle(article, tagger);

  // Places and projects.
  const placeCounts = new Map<string, number>();
  const projectCounts = new Map<string, number>();
  for (const { names } of read) {
    for (const hit of names) {
      const target = hit.value.target;
      if (target.type === 'place' && target.kind !== 'other-place') bump(placeCounts, target.slug);
      else if (target.type === 'project') bump(projectCounts, target.slug);
    }
  }
  // Names with the shape of a project that the taxonomy lacks: tagged as discovered, one tag per key.
  const found = findProjectNames(read, { generic: tagger.genericWords });
  const discovered = new Map<string, TagRef>();
  const foundSpans: { section: number; start: number; end: number; name: string }[] = [];
  for (const f of found) {
    const key = projectKey(f.name);
    if (tagger.notProjects.has(key)) continue;
    const known = tagger.projectKeys.get(key);
    if (known) {
      bump(projectCounts, known);
      foundSpans.push({ ...f, name: tagger.projects.get(known)!.name });
      continue;
    }
    const tag = discovered.get(key) ?? { name: f.name, mentions: 0, discovered: true };
    tag.mentions++;
    discovered.set(key, tag);
    foundSpans.push({ ...f, name: tag.name });
  }

  // A zone says its district (生态城 → 滨海新区); a project with one district says that district;
  // a park inside a park says the larger one (天开河西园 → 天开高教科创园).
  // Implied tags carry 0 mentions: the article does not name them.
  for (const slug of [...projectCounts.keys()]) {
    const project = tagger.projects.get(slug)!;
    if (project.districts.length === 1) imply(placeCounts, project.districts[0]!);
    for (let parent = project.parent; parent; parent = tagger.projects.get(parent)?.parent ?? null) imply(projectCounts, parent);
  }
  for (const slug of [...placeCounts.keys()]) {
    for (let parent = tagger.places.get(slug)?.parent ?? null; parent; parent = tagger.places.get(parent)?.parent ?? null) imply(placeCounts, parent);
  }

  // Industries: any full signal, or enough generic ones; projects bring their own.
  const strong = new Map<string, number>();
  const weak = new Map<string, number>();
  for (const { signals } of read) {
    for (const hit of signals) {
      for (const industry of hit.value.target.industries) bump(hit.value.target.weak ? weak : strong, industry.slug);
    }
  }
  const industryCounts = new Map<string, number>();
  for (const industry of tagger.taxonomy.industries) {
    const s = strong.get(industry.slug) ?? 0;
    const w = weak.get(industry.slug) ?? 0;
    if (s > 0 || w >= WEAK_SIGNALS_NEEDED) industryCounts.set(industry.slug, s + w);
  }
  for (const slug of projectCounts.keys()) {
    if (projectCounts.get(slug) === 0) continue;
    for (const industry of tagger.projects.get(slug)!.industries) imply(industryCounts, industry);
  }
  // A sub-industry's story is a story about its industry (商业航天 → 航空航天): the parent counts its children's signals.
  for (const [slug, n] of [...industryCounts]) {
    const parent = tagger.industries.get(slug)!.parent;
    if (parent) industryCounts.set(parent, (industryCounts.get(parent) ?? 0) + n);
  }

  // Organisations: dictionary names, names found by their endings, and the short names articles define.
  const orgCounts = new Map<string, number>();
  const shortNames = new Map<string, string>();
  for (const { section, orgs, knownOrgs } of read) {
    for (const k of knownOrgs) {
      // "(以下简称中船天津)" defines a name; it is not another mention.
      if (!/简称[“"]?$/.test(section.text.slice(Math.max(0, k.start - 3), k.start))) bump(orgCounts, k.name);
      const short = shortNameAfter(section.text, k.end);
      if (short) shortNames.set(short, k.name);
    }
    for (const o of orgs) {
      const name = displayOrgName(section, o);
      bump(orgCounts, name);
      const short = shortNameAfter(section.text, o.end);
      if (short) shortNames.set(short, name);
    }
  }
  if (shortNames.size > 0) {
    for (const { section, orgs, knownOrgs } of read) {
      for (const [short, full] of shortNames) {
        for (let i = section.text.indexOf(short); i >= 0; i = section.text.indexOf(short, i + short.length)) {
          const end = i + short.length;
          const withinName = [...orgs, ...knownOrgs].some((o) => i < o.end && end > o.start);
          const definition = /简称[“"]?$/.test(section.text.slice(Math.max(0, i - 3), i));
          if (!withinName && !definition) bump(orgCounts, full);
        }
      }
    }
  }

  // People: anchored names, counted wherever the article repeats them.
  const contexts: PersonContext[] = read.map(({ names, orgs, knownOrgs }) => {
    const blockedSpans = [...names, ...orgs, ...knownOrgs];
    return { blocked: (start, end) => blockedSpans.some((s) => start < s.end && end > s.start) };
  });
  const texts = read.map((r) => r.section.text);
  const people = findPeople(texts, contexts).filter((name) => !shortNames.has(name));
  const peopleCounts = new Map<string, number>();
  read.forEach((r, i) => {
    for (const [name, n] of countPeople(people, r.section.text, contexts[i]!)) peopleCounts.set(name, (peopleCounts.get(name) ?? 0) + n);
  });

  // Keywords: names found in this article are single tokens for the segmenter too.

  const staff = new Set(texts.flatMap((t) => staffNames(t)));
  // Not added to the segmenter's dictionary, which is shared by the whole process: that would make one
  // article's keywords depend on which articles were tagged before it.
  const ownNames = [...orgCounts.keys(), ...shortNames.keys(), ...peopleCounts.keys()];
  const keywords = topKeywords(read.map((r) => r.section.plain).join('\n'), ownNames).filter((k) => !staff.has(k));

  // Facts, from the body only: headlines repeat what the body says.
  const paragraphs: FactParagraph[] = read
    .map((r, index) => ({ r, index }))
    .filter(({ r }) => !isHeadline(r.section.kind))
    .map(({ r, index }) => {
      const own = foundSpans.filter((f) => f.section === index);
      return {
        text: r.section.text,
        display: r.section.display,
        names: [...r.names, ...r.orgs, ...r.knownOrgs, ...own].map(({ start, end }) => ({ start, end })),
        industries: r.signals
          .filter((h) => !h.value.target.weak)
          .map((h) => ({ start: h.start, end: h.end, names: h.value.target.industries.flatMap((i) => withParent(tagger, i.slug)) })),
        projects: [
          ...r.names
            .filter((h) => h.value.target.type === 'project' && !PART_OF_LONGER_NAME.test(r.section.text.slice(h.end, h.end + 6)))
            .map((h) => {
              const target = h.value.target as { slug: string; name: string };
              const project = tagger.projects.get(target.slug)!;
              return { start: h.start, end: h.end, name: target.name, host: project.kind === 'park', industries: project.industries.flatMap((i) => withParent(tagger, i)) };
            }),
          ...own.map((f) => ({ start: f.start, end: f.end, name: f.name, host: /(?:园|园区|城|示范区|集聚区|聚集区)$/.test(f.name) })),
        ].sort((a, b) => a.start - b.start),
      };
    });
  const { money, milestones } = extractFacts(paragraphs, article.published);

  const named = (counts: Map<string, number>, lookup: (slug: string) => string): TagRef[] =>
    sortTags([...counts].map(([slug, mentions]) => ({ name: lookup(slug), mentions })));
  return {
    tags: {
      projects: sortTags([...named(projectCounts, (s) => tagger.projects.get(s)!.name), ...discovered.values()]),
      districts: named(placeCounts, (s) => tagger.places.get(s)!.name),
      industries: named(industryCounts, (s) => tagger.industries.get(s)!.name),
      organizations: sortTags([...orgCounts].map(([name, mentions]) => ({ name, mentions }))),
      people: sortTags([...peopleCounts].filter(([, n]) => n > 0).map(([name, mentions]) => ({ name, mentions }))),
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

/** An industry's canonical name and its parent's (商业航天 → 商业航天, 航空航天). */
function withParent(tagger: Tagger, slug: string): string[] {
  const industry = tagger.industries.get(slug)!;
  return industry.parent ? [industry.name, tagger.industries.get(industry.parent)!.name] : [industry.name];
}

function bump(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

function imply(counts: Map<string, number>, key: string): void {
  if (!counts.has(key)) counts.set(key, 0);
}

/** An organisation's name as the article writes it (Simplified), with 市 read as 天津市. */
function displayOrgName(section: Section, org: OrgSpan): string {
  const name = section.plain.slice(org.start, org.end);
  return name.startsWith('市') && org.name.startsWith('天津市') ? `天津${name}` : name;
}
