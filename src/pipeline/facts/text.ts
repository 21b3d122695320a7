/**
 * What the fact extractors read: an article's paragraphs with the project
 * names the tagger found in them, and the sentence and clause boundaries
 * around any offset.
 */

export interface ProjectSpan {
  start: number;
  /** Exclusive. */
  end: number;
  /** Canonical project name. */
  name: string;
  /** Parks host other projects: when a sentence names both, the money and milestones belong to the project. */
  host: boolean;
  /** The project's own industries (from the taxonomy). */
  industries?: string[];
}

/** An industry signal in the text (商业航天), with the industries it stands for (商业航天, 航空航天). */
export interface IndustrySpan {
  start: number;
  end: number;
  names: string[];
}

export interface FactParagraph {
  /** Folded Simplified text: what the patterns match. */
  text: string;
  /** Same length as `text`: what phrases are quoted from. */
  display: string;
  projects: ProjectSpan[];
  /** Every name in the paragraph (places, projects, organisations): no milestone word inside one (天开园 is not 开园). */
  names: Range[];
  /** Industry signals outside names. */
  industries?: IndustrySpan[];
}

const SENTENCE_END = /[。！？；!?;]/;
const CLAUSE_END = /[，。！？；,!?;：:]/;

export interface Range {
  start: number;
  end: number;
}

function around(text: string, at: number, boundary: RegExp): Range {
  let start = at;
  while (start > 0 && !boundary.test(text[start - 1]!)) start--;
  let end = at;
  while (end < text.length && !boundary.test(text[end]!)) end++;
  if (end < text.length) end++;
  return { start, end };
}

export const sentenceAt = (text: string, at: number): Range => around(text, at, SENTENCE_END);
export const clauseAt = (text: string, at: number): Range => around(text, at, CLAUSE_END);

/** The phrase to quote for a fact at `at`: its sentence, or when that is long, the clause with the one before it. */
export function phraseAt(p: FactParagraph, at: number, max = 90): string {
  const sentence = sentenceAt(p.text, at);
  if (sentence.end - sentence.start <= max) return p.display.slice(sentence.start, sentence.end).trim();
  const clause = clauseAt(p.text, at);
  const before = clause.start > sentence.start ? clauseAt(p.text, clause.start - 1).start : clause.start;
  return p.display.slice(Math.max(before, sentence.start), clause.end).trim();
}

/** A sentence that refers back to a project it does not name: 该项目…, 项目建成后…, 该基地…. */
const ANAPHOR = /(?:该|这个|此|这一)(?:项目|基地|园区|产业园)|(?:^|[，。；,;])\s*(?:项目|基地|园区)/;

/**
 * The project a fact at `at` in paragraph `index` belongs to: the one its
 * clause names, else the one its sentence names (a project over the park that
 * hosts it; none when the sentence names several "分别"), else, when the sentence
 * refers back (该项目), the last project named before it in the article.
 */
export function projectFor(paragraphs: readonly FactParagraph[], index: number, at: number, options: { fallback: 'anaphor' | 'paragraph' }): string | null {
  const p = paragraphs[index]!;
  const clause = clauseAt(p.text, at);
  const inClause = p.projects.filter((s) => s.start >= clause.start && s.end <= clause.end);
  const pick = nearest(inClause, at);
  if (pick) return pick;

  const sentence = sentenceAt(p.text, at);
  const inSentence = p.projects.filter((s) => s.start >= sentence.start && s.end <= sentence.end);
  const distinct = new Set(inSentence.map((s) => s.name));
  if (distinct.size > 1 && p.text.slice(sentence.start, sentence.end).includes('分别')) return null;
  const fromSentence = nearest(inSentence, at);
  if (fromSentence) return fromSentence;

  const sentenceText = p.text.slice(sentence.start, sentence.end);
  const refersBack = ANAPHOR.test(sentenceText);
  if (options.fallback === 'paragraph' || refersBack) {
    const earlier = p.projects.filter((s) => s.end <= sentence.start);
    if (earlier.length > 0) return earlier[earlier.length - 1]!.name;
  }
  if (refersBack) {
    for (let i = index - 1; i >= 0; i--) {
      const named = paragraphs[i]!.projects;
      if (named.length > 0) return named[named.length - 1]!.name;
    }
  }
  return null;
}

/** Prefer projects over the parks that host them; then the nearest before `at`, else the first after. */
function nearest(spans: readonly ProjectSpan[], at: number): string | null {
  if (spans.length === 0) return null;
  const own = spans.filter((s) => !s.host);
  const pool = own.length > 0 ? own : spans;
  const before = pool.filter((s) => s.end <= at);
  if (before.length > 0) return before[before.length - 1]!.name;
  return pool[0]!.name;
}

/**
 * The industries an amount at `at` is about: the signals of its own clause, else of its
 * sentence when that holds no other amount (a sentence listing several amounts gives each
 * its own subject), and the industries of the project it belongs to.
 */
export function industriesFor(p: FactParagraph, at: number, amounts: readonly number[], project: string | null): string[] {
  const signals = p.industries ?? [];
  const inside = (r: Range) => signals.filter((s) => s.start >= r.start && s.end <= r.end).flatMap((s) => s.names);
  const clause = clauseAt(p.text, at);
  let names = inside(clause);
  if (names.length === 0) {
    const sentence = sentenceAt(p.text, at);
    const alone = amounts.filter((a) => a >= sentence.start && a < sentence.end).length === 1;
    if (alone) names = inside(sentence);
  }
  const own = project === null ? [] : (p.projects.find((s) => s.name === project)?.industries ?? []);
  return [...new Set([...names, ...own])].sort();
}
