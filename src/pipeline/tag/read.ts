/**
 * The first step of tagging: each section of an article scanned once for every name and
 * signal of the taxonomy, read as a person does (the longest name wins), with the
 * organisations it names. Every pass of the tagger starts from this reading.
 */
import { acceptInContext, type NameTarget, type SignalTarget } from './lexicon.ts';
import { leftmostLongest, type Hit } from './matcher.ts';
import { findListedCompanies, findOrganizations, type OrgSpan } from './organizations.ts';
import { articleSections, type Section, type TaggableArticle } from './sections.ts';
import type { Tagger } from './tagger.ts';

export type NameHit = Hit<{ layer: 'name'; target: NameTarget; form: string }>;
export type SignalHit = Hit<{ layer: 'signal'; target: SignalTarget; form: string }>;

/** One section as the tagger read it: the names and signals that count, and the organisations in it. */
export interface ReadSection {
  section: Section;
  names: NameHit[];
  signals: SignalHit[];
  orgs: OrgSpan[];
  /** Dictionary organisations (南开大学, 中汽中心) as spans, with their canonical names. */
  knownOrgs: { start: number; end: number; name: string }[];
}

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
  const suffixed = findOrganizations(text, boundaries, tagger.segmenter).filter(
    (o) => !knownOrgs.some((k) => k.end === o.end && k.start >= o.start) && !allNames.some((n) => n.start < o.start && n.end > o.start),
  );
  // Companies named without a legal suffix that the text lists as companies (凯莱英、用友等企业).
  const orgs = [...suffixed, ...findListedCompanies(text, [...allNames, ...suffixed], tagger.segmenter)].sort((a, b) => a.start - b.start);

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
