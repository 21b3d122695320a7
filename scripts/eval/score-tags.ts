/**
 * Scores the tagger's districts, projects and industries for a folder against the gold
 * (`npm run eval:tags`). Pure: tags and gold in, counts out; the CLI reads and prints.
 *
 * A file is scored as a whole (the union of its records' tags against the union of its
 * gold articles' tags), so how the parser splits a page does not count here: that is
 * what `eval:parse` measures.
 */
import { fold } from './compare.ts';
import type { GoldFile } from './gold.ts';

/** A tag as the records carry it; `discovered` when the tagger marks a project it found itself. */
export interface ScoredTag {
  name: string;
  discovered?: boolean;
}
export interface ScoredTags {
  districts: readonly ScoredTag[];
  projects: readonly ScoredTag[];
  industries: readonly ScoredTag[];
}

/** One gold entry: a name and the aliases a reader accepts ("天开高教科创园|天开园"). */
const aliases = (entry: string): string[] => entry.split('|').map(fold);

/** Districts and industries are canonical names: one of the aliases exactly. */
const sameName = (tag: string, entry: string): boolean => aliases(entry).includes(fold(tag));

/** Brackets a name carries or drops between articles: 玉湖冷链(天津)交易中心 / 玉湖冷链交易中心. */
const BRACKETED = /\([^)]*\)|【[^】]*】/g;
/** A discovered name may add or drop a place or owner: 武清京津产业新城 / 京津产业新城. */
const CONTAINED_SHARE = 0.6;
const CONTAINED_MIN = 4;

/**
 * Projects are often found under a slightly different name than the reader's: equal
 * once bracketed parts are dropped, or one holding the other when the shorter is at
 * least 4 characters and 60 % of the longer.
 */
export function sameProject(tag: string, entry: string): boolean {
  const t = fold(tag).replace(BRACKETED, '');
  return aliases(entry).some((alias) => {
    const a = alias.replace(BRACKETED, '');
    if (a === t) return true;
    const [short, long] = a.length <= t.length ? [a, t] : [t, a];
    return short.length >= CONTAINED_MIN && short.length >= CONTAINED_SHARE * long.length && long.includes(short);
  });
}

export interface KindScore {
  /** Gold entries the tags cover. */
  found: number;
  gold: number;
  /** Tags that match a gold entry. */
  right: number;
  tags: number;
  missed: string[];
  extra: string[];
}

export interface FileTagScore {
  file: string;
  /** How many records the pipeline made of the file: with none, every gold tag is missed. */
  records: number;
  districts: KindScore;
  projects: KindScore;
  industries: KindScore;
  /** Projects the tagger found itself (not in the taxonomy): those matching the gold, and the rest for a human to judge. */
  discovered: { right: string[]; unjudged: string[] };
}

function scoreKind(tags: readonly ScoredTag[], gold: readonly string[], same: (tag: string, entry: string) => boolean): KindScore {
  const names = [...new Set(tags.map((t) => t.name))];
  const entries = [...new Set(gold)];
  const missed = entries.filter((e) => !names.some((n) => same(n, e)));
  const extra = names.filter((n) => !entries.some((e) => same(n, e)));
  return { found: entries.length - missed.length, gold: entries.length, right: names.length - extra.length, tags: names.length, missed, extra };
}

/**
 * @param records the tags of every record of the file
 * @param isKnownProject whether a project name is in the taxonomy (else it was discovered)
 */
export function scoreFileTags(file: string, gold: GoldFile, records: readonly ScoredTags[], isKnownProject: (name: string) => boolean): FileTagScore {
  const want = (kind: keyof ScoredTags): string[] => gold.articles.flatMap((a) => a.tags?.[kind] ?? []);
  const got = (kind: keyof ScoredTags): ScoredTag[] => records.flatMap((r) => r[kind]);
  const projects = scoreKind(got('projects'), want('projects'), sameProject);
  const discovered = [...new Set(got('projects').filter((t) => t.discovered === true || !isKnownProject(t.name)).map((t) => t.name))];
  return {
    file,
    records: records.length,
    districts: scoreKind(got('districts'), want('districts'), sameName),
    projects,
    industries: scoreKind(got('industries'), want('industries'), sameName),
    discovered: { right: discovered.filter((n) => !projects.extra.includes(n)), unjudged: discovered.filter((n) => projects.extra.includes(n)) },
  };
}

export interface TagTotals {
  /** Files the pipeline made no record of; their gold tags all count as missed. */
  filesWithoutArticles: number;
  districts: { precision: Ratio; recall: Ratio };
  projects: { recall: Ratio; knownPrecision: Ratio };
  discovered: { matchingGold: number; total: number };
  industries: { recall: Ratio; precision: Ratio };
}
export interface Ratio {
  right: number;
  of: number;
}

export function tagTotals(scores: readonly FileTagScore[]): TagTotals {
  const sum = (f: (s: FileTagScore) => number): number => scores.reduce((n, s) => n + f(s), 0);
  const knownRight = sum((s) => s.projects.right - s.discovered.right.length);
  const knownTags = sum((s) => s.projects.tags - s.discovered.right.length - s.discovered.unjudged.length);
  return {
    filesWithoutArticles: scores.filter((s) => s.records === 0).length,
    districts: { precision: { right: sum((s) => s.districts.right), of: sum((s) => s.districts.tags) }, recall: { right: sum((s) => s.districts.found), of: sum((s) => s.districts.gold) } },
    projects: { recall: { right: sum((s) => s.projects.found), of: sum((s) => s.projects.gold) }, knownPrecision: { right: knownRight, of: knownTags } },
    discovered: { matchingGold: sum((s) => s.discovered.right.length), total: sum((s) => s.discovered.right.length + s.discovered.unjudged.length) },
    industries: { recall: { right: sum((s) => s.industries.found), of: sum((s) => s.industries.gold) }, precision: { right: sum((s) => s.industries.right), of: sum((s) => s.industries.tags) } },
  };
}
