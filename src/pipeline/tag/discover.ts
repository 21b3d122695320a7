/**
 * The editors' list of discovered projects: the projects the tagger found in the
 * news by the shape of their names (see found-projects.ts), merged across
 * articles as the site merges them, with how often and when they occur and a
 * sentence to judge each by. An editor keeps one by adding it to projects.yml
 * (leaving the slug out keeps its page address) or stops one in not-projects.yml.
 */
import type { Article } from '../../schema/article.ts';
import type { Taxonomy } from '../../schema/taxonomy.ts';
import { articleSections } from './sections.ts';
import { groupDiscovered } from './merge-discovered.ts';
import { compareDatesNullLast, compareStrings } from '../../lib/compare.ts';

export interface Candidate {
  name: string;
  /** Its page: /projects/<slug>/. */
  slug: string;
  /** Other spellings merged into it. */
  aliases: string[];
  /** Mentions over all articles. */
  count: number;
  /** Ids of the articles tagged with it, sorted. */
  articles: string[];
  /** Earliest and latest publication dates of those articles (null when none is dated). */
  first: string | null;
  last: string | null;
  /** The first sentence it occurs in (earliest article first), as printed. */
  sample: string;
  /** Where that sentence is: "002_a64ee2d8bd336b9e.txt:105". */
  source: string;
}

const SENTENCE = /[^。！？；!?;]*[。！？；!?;]?/g;

/** Discovered projects, most covered first (articles, then mentions), ties by name. */
export function discoverCandidates(articles: readonly Article[], taxonomy: Taxonomy): Candidate[] {
  const { groups, groupOf } = groupDiscovered(articles, taxonomy);
  const tagged = new Map(groups.map((g) => [g, [] as Article[]]));
  for (const article of articles) {
    const mine = new Set(article.tags.projects.filter((t) => t.discovered).map((t) => groupOf.get(t.name)!));
    for (const g of mine) tagged.get(g)!.push(article);
  }
  const chronological = (a: Article, b: Article): number => compareDatesNullLast(a.published, b.published) || compareStrings(a.id, b.id);
  return groups
    .map((g) => {
      const list = [...tagged.get(g)!].sort(chronological);
      const dates = list.map((a) => a.published).filter((d): d is string => d !== null).sort();
      const where = sampleOf(list, [g.name, ...g.aliases]);
      return {
        name: g.name,
        slug: g.slug,
        aliases: g.aliases,
        count: g.mentions,
        articles: list.map((a) => a.id).sort(compareStrings),
        first: dates[0] ?? null,
        last: dates[dates.length - 1] ?? null,
        ...where,
      };
    })
    .sort((a, b) => b.articles.length - a.articles.length || b.count - a.count || compareStrings(a.name, b.name));
}

function sampleOf(articles: readonly Article[], names: readonly string[]): { sample: string; source: string } {
  for (const article of articles) {
    const sections = articleSections(article);
    for (let i = 0; i < sections.length; i++) {
      const section = sections[i]!;
      const at = Math.min(...names.map((n) => section.plain.indexOf(n)).filter((k) => k >= 0));
      if (!Number.isFinite(at)) continue;
      const paragraph = article.paragraphs[i - (sections.length - article.paragraphs.length)];
      return { sample: sentenceAround(section.display, at), source: `${article.file}:${paragraph?.line ?? article.line}` };
    }
  }
  return { sample: '', source: articles[0] ? `${articles[0].file}:${articles[0].line}` : '' };
}

function sentenceAround(text: string, at: number): string {
  SENTENCE.lastIndex = 0;
  for (let m = SENTENCE.exec(text); m !== null && m[0].length > 0; m = SENTENCE.exec(text)) {
    if (at >= m.index && at < m.index + m[0].length) return m[0].trim();
  }
  return text.trim();
}
