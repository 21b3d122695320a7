/**
 * How the evaluations compare a record's text with a gold quote: both folded to the
 * same form, so width, spacing, quote style and script do not count as differences.
 */
import { toSimplified } from '../../src/pipeline/script.ts';

const SPACE = /\s+/g;
const DOUBLE_QUOTES = /[“”„‟〝〞＂]/g;
const SINGLE_QUOTES = /[‘’‛]/g;
/** A bullet or triangle a brief starts with (▲今天上午…) is layout, not words. */
const LEADING_MARK = /^[▲△■□●○◆◇★☆•·\-]+/;

/** NFKC (full-width punctuation and digits to ASCII), Simplified, no spaces, one quote style. */
export function fold(s: string): string {
  return toSimplified(s.normalize('NFKC'))
    .replace(SPACE, '')
    .replace(DOUBLE_QUOTES, '"')
    .replace(SINGLE_QUOTES, "'")
    .replace(LEADING_MARK, '');
}
