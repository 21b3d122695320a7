/**
 * A warning for the editor: the file and line it concerns, a code that says what kind of
 * problem it is (the idea of unified's vfile `ruleId`) and a message in plain words. The
 * codes are a fixed list, so the report groups warnings by them and a test can name one.
 */
import { z } from 'zod';

/** Every code, with what it means (the report prints this over each group) and, where the message needs it, the label it is shown with. */
export const WARNING_CODES = {
  'not-read': { meaning: 'a file or folder in the papers folder that is not read (not a paper, too large, hidden)' },
  'not-text': { meaning: 'a file that is not text (empty, binary, neither UTF-8 nor GB18030)' },
  'mixed-encoding': { meaning: 'GB18030 (GBK) lines among UTF-8 ones, decoded line by line' },
  'not-utf8': { meaning: 'a file decoded as UTF-16 or GB18030 (GBK), not UTF-8' },
  'front-matter': { meaning: 'front matter that cannot be read, or a key whose value is left out', label: 'front matter' },
  html: { meaning: 'HTML markup in a text file, removed' },
  'long-line': { meaning: 'a line never broken, read as one paragraph' },
  'no-article': { meaning: 'a file that gives no article' },
  'similar-name': { meaning: 'a file named like another but for case, spaces, punctuation or extension' },
  'duplicate-id': { meaning: 'a story whose article id another file holds, not published' },
  'invalid-record': { meaning: 'a record that does not match the article schema, not published' },
  'parse-failed': { meaning: 'a file the pipeline failed on' },
} as const satisfies Record<string, { meaning: string; label?: string }>;

export type WarningCode = keyof typeof WARNING_CODES;
const warningCode = z.enum(Object.keys(WARNING_CODES) as [WarningCode, ...WarningCode[]]);

export const warningSchema = z.object({
  file: z.string(),
  /** 1-based; 0 when the warning is about the file as a whole. */
  line: z.number().int().nonnegative(),
  code: warningCode,
  /** Plain words, without a label: the code says which part of the pipeline speaks. */
  message: z.string(),
});
export type Warning = z.infer<typeof warningSchema>;

/** What a stage reports: the file is added by parsePaper, which knows it. */
export type StageWarning = Omit<Warning, 'file'>;

/** The message as an editor reads it: with its code's label where it has one ("front matter: …"). */
export function warningText(warning: Pick<Warning, 'code' | 'message'>): string {
  const entry = WARNING_CODES[warning.code];
  return 'label' in entry ? `${entry.label}: ${warning.message}` : warning.message;
}

/** One line of the build log: file, line and message. */
export function formatWarning(warning: Warning): string {
  return `${warning.file}:${warning.line} ${warningText(warning)}`;
}
