/**
 * The "nothing lost" check: every non-space character of a paper's body (after normalisation,
 * the form every stage sees) must be in an article, in recorded furniture or in a reported
 * fragment. Shared by tests/invariants.test.ts and `scripts/check-nothing-lost.ts`.
 */
import { decode } from '../../src/pipeline/decode.ts';
import { splitFrontMatter } from '../../src/pipeline/frontmatter.ts';
import { plainBody } from '../../src/pipeline/html.ts';
import { normalize } from '../../src/pipeline/normalize.ts';
import type { ParseResult } from '../../src/schema/article.ts';
import type { SourceLine } from '../../src/pipeline/types.ts';

export type Counts = Map<string, number>;

/** Multiset of the non-space characters of some texts. */
export function characters(texts: readonly (string | null)[]): Counts {
  const counts: Counts = new Map();
  for (const text of texts) for (const ch of (text ?? '').replace(/\s+/g, '')) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  return counts;
}

/** What a parse result holds: articles' decks and paragraphs, furniture, fragments placed nowhere else. */
export function accounted(result: ParseResult): Counts {
  return characters([
    ...result.articles.flatMap((a) => [a.kicker, a.title, a.subtitle, ...a.paragraphs.map((p) => p.text)]),
    ...result.furniture.map((f) => f.text),
    ...result.fragments.filter((f) => f.placedIn === null).map((f) => f.text),
  ]);
}

/** The body lines of a paper as the stages see them, and what normalisation set aside; null when it is not text. */
export function inputLines(bytes: Uint8Array): { lines: SourceLine[]; setAside: string[] } | null {
  const decoded = decode(bytes);
  if (!decoded.ok) return null;
  const front = splitFrontMatter(decoded.text);
  const body = plainBody(front.body, front.bodyLine);
  const { lines, setAside } = normalize(body.text, front.bodyLine);
  return { lines, setAside: setAside.map((g) => g.text) };
}

export function input(bytes: Uint8Array): Counts {
  const read = inputLines(bytes);
  if (!read) throw new Error('not a text file');
  return characters([...read.lines.map((l) => l.text), ...read.setAside]);
}

/** Characters of `expected` that `got` lacks (with how many), and characters `got` holds beyond it. */
export function difference(expected: Counts, got: Counts): { missing: Counts; extra: Counts } {
  const missing: Counts = new Map();
  const extra: Counts = new Map();
  for (const [ch, n] of expected) if ((got.get(ch) ?? 0) < n) missing.set(ch, n - (got.get(ch) ?? 0));
  for (const [ch, n] of got) if ((expected.get(ch) ?? 0) < n) extra.set(ch, n - (expected.get(ch) ?? 0));
  return { missing, extra };
}
