/**
 * Line ends, as every stage counts them: decode's line numbers, front matter's
 * block and normalize's lines all use this one set.
 */

/** Line ends recognised everywhere in the pipeline. */
export const LINE_BREAK = /\r\n|\r|\n|\u2028|\u2029/;

/**
 * The lines of a text. A final line end closes the last line rather than
 * opening an empty one, so "a\nb\n" has two lines, as editors count them.
 */
export function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split(LINE_BREAK);
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}
