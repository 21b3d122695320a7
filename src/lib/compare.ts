/**
 * Comparators for `Array.prototype.sort`, with no knowledge of the project.
 *
 * Strings compare by UTF-16 code unit (JavaScript's `<`), never by locale: the order is
 * the same on every machine and Node version, which byte-identical builds rely on.
 */

export type Compare<T> = (a: T, b: T) => number;

/** Strings by UTF-16 code unit; 0 only when they are equal. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `compare` reversed: largest (for dates, newest) first. */
export const descending =
  <T>(compare: Compare<T>): Compare<T> =>
  (a, b) =>
    compare(b, a);

/** `compare` extended to null, which comes after every value (an undated record after the dated ones, whichever way those run). */
export const nullsLast =
  <T>(compare: Compare<T>): Compare<T | null> =>
  (a, b) =>
    a === b ? 0 : a === null ? 1 : b === null ? -1 : compare(a, b);

/** ISO dates (any precision), oldest first, null last. */
export const compareDatesNullLast: Compare<string | null> = nullsLast(compareStrings);

/** ISO dates (any precision), newest first, null still last. */
export const compareDatesNewestFirst: Compare<string | null> = nullsLast(descending(compareStrings));
