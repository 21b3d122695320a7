/**
 * What a reader types, reduced to what the indexes hold: half-width letters and
 * digits, no decorative quotes or brackets, Simplified characters.
 */

/** A Traditional → Simplified character table, limited to characters the site's text uses. */
export type CharMap = Readonly<Record<string, string>>;

/** Quotes and brackets readers wrap names in (“117项目”, 《…》, 「…」); they never carry meaning in a query. */
const WRAPPERS = /["'“”‘’「」『』《》〈〉【】〔〕()（）]/g;

/**
 * NFKC folds full-width forms (１１７, ＡＢ) to ASCII; Latin letters are lower-cased
 * because Pagefind lower-cases what it indexes; whitespace runs become one space.
 */
export function normalizeQuery(raw: string): string {
  return raw.normalize('NFKC').replace(WRAPPERS, ' ').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The whitespace-separated terms of a normalized query, duplicates dropped, in order. */
export function queryTerms(query: string): string[] {
  return [...new Set(query.split(' ').filter(Boolean))];
}

/**
 * Traditional → Simplified character by character through `map` (no OpenCC in the
 * browser); characters it does not list stay as they are.
 */
export function simplifyByTable(text: string, map: CharMap): string {
  let out = '';
  for (const ch of text) out += Object.hasOwn(map, ch) ? map[ch] : ch;
  return out;
}

/** Lower-cased, NFKC text with whitespace removed: the form in which strings are compared literally. */
export function compactForm(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\s\u200b]+/g, '');
}

/** The table as one string of (Traditional, Simplified) character pairs: the smallest JSON for it. */
export function encodeCharMap(map: CharMap): string {
  return Object.keys(map)
    .sort()
    .map((k) => k + map[k])
    .join('');
}

export function decodeCharMap(pairs: string): CharMap {
  const chars = [...pairs];
  const map: Record<string, string> = {};
  for (let i = 0; i + 1 < chars.length; i += 2) map[chars[i]!] = chars[i + 1]!;
  return map;
}
