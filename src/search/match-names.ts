/**
 * Which entities a query names.
 *
 * Exact: the whole query equals a canonical name, an alias, or a Traditional form of
 * one (after width folding and lower-casing; a Traditional query is also tried
 * through the character table). The search then lists exactly that entity's articles.
 *
 * Partial: when nothing is exact, a query of two or more characters that occurs
 * inside a name or alias (智能网联 in 智能网联汽车, 京津中关村 in 京津中关村科技城)
 * brings those entities up first. It does not narrow the article list: a partial
 * string is as likely to be an ordinary word (生态 is in 生态城, and in "生态空间")
 * as a name, so the articles come from the full-text search, which lists every page
 * containing the string, and so every page naming the entity in that spelling.
 * Single characters never match partially: every name shares one with something.
 */
import { compactForm, normalizeQuery, queryTerms, simplifyByTable, type CharMap } from './query-fold.ts';
import type { NameEntry } from './model.ts';
import { compareStrings } from '../lib/compare.ts';

export interface NameMatches {
  /** Entries one of whose names equals the whole query. */
  exact: NameEntry[];
  /** For a query of several terms: entries that one of the terms names exactly. */
  named: NameEntry[];
  /** When nothing is exact: entries with a name that contains the query; most-covered first. */
  partial: NameEntry[];
}

/** Minimum length (in characters) of a query that may match part of a name. */
const PARTIAL_MIN = 2;

/** Every spelling under which an entry can be found, in compact form. */
function entryKeys(entry: NameEntry): string[] {
  return [...new Set([entry.name, ...entry.aliases, ...entry.forms].map(compactForm))];
}

/** The compact forms a query is compared in: as typed, and through the Traditional → Simplified table. */
function queryForms(text: string, chars: CharMap): string[] {
  const typed = compactForm(text);
  return [...new Set([typed, simplifyByTable(typed, chars)])].filter(Boolean);
}

const byCoverage = (a: NameEntry, b: NameEntry): number =>
  b.count - a.count || compareStrings(a.name, b.name);

export function matchNames(entries: readonly NameEntry[], raw: string, chars: CharMap = {}): NameMatches {
  const query = normalizeQuery(raw);
  const none: NameMatches = { exact: [], named: [], partial: [] };
  if (!query) return none;
  const keyed = entries.map((entry) => ({ entry, keys: entryKeys(entry) }));
  const naming = (forms: string[]): NameEntry[] =>
    keyed.filter(({ keys }) => forms.some((f) => keys.includes(f))).map(({ entry }) => entry);

  const exact = naming(queryForms(query, chars));
  if (exact.length > 0) return { ...none, exact };

  const terms = queryTerms(query);
  const named = terms.length > 1 ? [...new Set(terms.flatMap((t) => naming(queryForms(t, chars))))] : [];

  const forms = queryForms(query, chars).filter((f) => [...f].length >= PARTIAL_MIN);
  const partial = keyed
    .filter(({ entry, keys }) => !named.includes(entry) && forms.some((f) => keys.some((k) => k.includes(f))))
    .map(({ entry }) => entry)
    .sort(byCoverage);
  return { exact, named, partial };
}

/**
 * Entities whose names are close to a query that found nothing: by edit distance
 * or by shared characters, whichever is kinder, more than half alike.
 */
export function suggestNames(entries: readonly NameEntry[], raw: string, chars: CharMap = {}, limit = 5): NameEntry[] {
  const forms = queryForms(normalizeQuery(raw), chars);
  if (forms.length === 0) return [];
  const scored = entries
    .map((entry) => {
      let best = 0;
      for (const key of entryKeys(entry)) for (const form of forms) best = Math.max(best, similarity(form, key));
      return { entry, score: best };
    })
    .filter((s) => s.score > 0.5);
  scored.sort((a, b) => b.score - a.score || byCoverage(a.entry, b.entry));
  return scored.slice(0, limit).map((s) => s.entry);
}

/** max(1 − edit distance / longer length, Dice coefficient of the character multisets); 0 when no character is shared. */
export function similarity(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  if (x.length === 0 || y.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const c of x) counts.set(c, (counts.get(c) ?? 0) + 1);
  let common = 0;
  for (const c of y) {
    const n = counts.get(c) ?? 0;
    if (n > 0) {
      common += 1;
      counts.set(c, n - 1);
    }
  }
  if (common === 0) return 0;
  const dice = (2 * common) / (x.length + y.length);
  const edit = 1 - editDistance(x, y) / Math.max(x.length, y.length);
  return Math.max(dice, edit);
}

/** Levenshtein distance over code points. */
export function editDistance(x: readonly string[], y: readonly string[]): number {
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i += 1) {
    const row = [i];
    for (let j = 1; j <= y.length; j += 1) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[y.length]!;
}
