/**
 * Scores the pipeline's records for a folder against its gold (`npm run eval:parse`).
 * Pure: records and gold in, counts out; the CLI reads the files and prints.
 */
import type { Article } from '../../src/schema/article.ts';
import { fold } from './compare.ts';
import type { GoldArticle, GoldFile } from './gold.ts';

export type ScoredArticle = Pick<Article, 'title' | 'kicker' | 'subtitle' | 'dateline' | 'paragraphs' | 'published' | 'script'>;

/** A gold quote shorter than this counts as junk only when it is a whole line ("0", "|", "新闻"). */
const SHORT_JUNK = 4;

export interface FileScore {
  file: string;
  articles: { gold: number; found: number };
  titles: { right: number; of: number };
  bodies: { right: number; of: number };
  /** null when a reader cannot determine the date. */
  date: { right: boolean; gold: string; found: string | null } | null;
  /** When only the year is determinable. */
  year: { right: boolean; gold: number; found: string | null } | null;
  /** A date the records give where a reader finds none (only the year, or nothing). */
  dateClaimed: boolean;
  junk: { lines: number; left: number; quotesLeft: string[] };
  /** Whether every record of a Traditional file says hant; null for a Simplified file. */
  traditional: boolean | null;
  /** A Simplified file some record calls hant. */
  falseTraditional: boolean;
  noArticles: boolean;
  /** Per gold article: what was found, for the details listing. */
  misses: string[];
}

export function scoreFile(file: string, gold: GoldFile, articles: readonly ScoredArticle[]): FileScore {
  const misses: string[] = [];
  const used = new Set<number>();
  let titles = 0;
  let bodies = 0;
  for (const g of gold.articles) {
    const byBody = articles.findIndex((a, k) => !used.has(k) && bodyStartsWith(a, g.body));
    if (byBody >= 0) {
      used.add(byBody);
      bodies++;
      if (titleMatches(articles[byBody]!, g)) titles++;
      else misses.push(`title: want ${show(g.title)}, got ${show(articles[byBody]!.title)}`);
      continue;
    }
    misses.push(`body: want “${g.body}…”`);
    // The headline may be right even where the body start is not.
    if (g.title === null) continue;
    const byTitle = articles.findIndex((a, k) => !used.has(k) && titleMatches(a, g));
    if (byTitle >= 0) {
      used.add(byTitle);
      titles++;
    } else misses.push(`title: want ${show(g.title)}, not found`);
  }

  const published = articles.length > 0 && articles.every((a) => a.published === articles[0]!.published) ? articles[0]!.published : null;
  const date = gold.date === null ? null : { right: articles.length > 0 && published === gold.date, gold: gold.date, found: published };
  if (date && !date.right) misses.push(`date: want ${gold.date}, got ${articles.length === 0 ? 'no article' : articles.map((a) => a.published ?? 'none').join(', ')}`);
  const year = gold.year === undefined ? null : { right: published?.startsWith(String(gold.year)) ?? false, gold: gold.year, found: published };

  const junkQuotes = gold.junk.map((q) => ({ quote: q, folded: fold(q) }));
  const quotesLeft = new Set<string>();
  let lines = 0;
  let left = 0;
  for (const line of articles.flatMap(articleLines)) {
    lines++;
    const folded = fold(line);
    const hits = junkQuotes.filter((q) => (q.folded.length < SHORT_JUNK ? folded === q.folded : folded.includes(q.folded)));
    if (hits.length === 0) continue;
    left++;
    for (const h of hits) quotesLeft.add(h.quote);
  }

  const traditional = gold.script === 'hant' ? articles.length > 0 && articles.every((a) => a.script === 'hant') : null;
  if (traditional === false) misses.push('script: not recognised as Traditional');
  return {
    file,
    articles: { gold: gold.articles.length, found: articles.length },
    titles: { right: titles, of: gold.articles.length },
    bodies: { right: bodies, of: gold.articles.length },
    date,
    year,
    dateClaimed: gold.date === null && published !== null,
    junk: { lines, left, quotesLeft: [...quotesLeft] },
    traditional,
    falseTraditional: gold.script === 'hans' && articles.some((a) => a.script === 'hant'),
    noArticles: articles.length === 0,
    misses,
  };
}

/** Every line a reader sees in an article: the headline deck and each paragraph. */
function articleLines(a: ScoredArticle): string[] {
  const deck = [a.kicker, a.title, a.subtitle].filter((s): s is string => s !== null && s !== '');
  return [...deck, ...a.paragraphs.flatMap((p) => p.text.split('\n'))];
}

/**
 * The body starts right when its first paragraph, or its first text paragraph (a photo
 * caption may come first), begins with the gold words, with or without the dateline
 * the pipeline keeps apart.
 */
export function bodyStartsWith(a: ScoredArticle, body: string): boolean {
  const want = fold(body);
  const firstText = a.paragraphs.find((p) => p.kind === 'text');
  const candidates = [a.paragraphs[0], firstText].filter((p) => p !== undefined).map((p) => p.text);
  return candidates.some((text) => fold(text).startsWith(want) || fold((a.dateline ?? '') + text).startsWith(want));
}

/**
 * The headline is right when it is one of the forms the gold accepts, or when a deck
 * split over kicker/title/subtitle holds the gold headline and the title is a large
 * part of it (天开园先导区 / 改造提升5月15日前完成). A gold form ending in … is a long
 * headline quoted by its start. A headless gold article wants no title.
 */
export function titleMatches(a: ScoredArticle, g: GoldArticle): boolean {
  if (g.title === null) return a.title === null;
  if (a.title === null) return false;
  const title = fold(a.title);
  const deck = fold([a.kicker, a.title, a.subtitle].filter((s) => s !== null).join(''));
  return [g.title, ...g.titleAlso].some((form) => {
    // A long headline quoted by its start: 天津市人民政府办公厅关于印发…
    if (form.endsWith('…')) return title.startsWith(fold(form.slice(0, -1)));
    const want = fold(form);
    return title === want || (want.includes(title) && title.length * 3 >= want.length && deck.includes(want));
  });
}

const show = (s: string | null): string => (s === null ? 'none' : `“${s}”`);

export interface Totals {
  files: number;
  titles: { right: number; of: number };
  bodies: { right: number; of: number };
  dates: { right: number; of: number };
  years: { right: number; of: number };
  datesClaimed: number;
  junk: { lines: number; left: number; quotes: number; quotesLeft: number };
  traditional: { right: number; of: number };
  falseTraditional: number;
  noArticles: number;
  articles: { gold: number; found: number; filesMatching: number };
}

export function totals(scores: readonly FileScore[], gold: Readonly<Record<string, GoldFile>>): Totals {
  const sum = (f: (s: FileScore) => number): number => scores.reduce((n, s) => n + f(s), 0);
  const count = (f: (s: FileScore) => boolean): number => scores.filter(f).length;
  return {
    files: scores.length,
    titles: { right: sum((s) => s.titles.right), of: sum((s) => s.titles.of) },
    bodies: { right: sum((s) => s.bodies.right), of: sum((s) => s.bodies.of) },
    dates: { right: count((s) => s.date?.right === true), of: count((s) => s.date !== null) },
    years: { right: count((s) => s.year?.right === true), of: count((s) => s.year !== null) },
    datesClaimed: count((s) => s.dateClaimed),
    junk: {
      lines: sum((s) => s.junk.lines),
      left: sum((s) => s.junk.left),
      quotes: sum((s) => gold[s.file]?.junk.length ?? 0),
      quotesLeft: sum((s) => s.junk.quotesLeft.length),
    },
    traditional: { right: count((s) => s.traditional === true), of: count((s) => s.traditional !== null) },
    falseTraditional: count((s) => s.falseTraditional),
    noArticles: count((s) => s.noArticles),
    articles: { gold: sum((s) => s.articles.gold), found: sum((s) => s.articles.found), filesMatching: count((s) => s.articles.gold === s.articles.found) },
  };
}
