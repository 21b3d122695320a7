/**
 * Optional YAML front matter: a first line `---`, `key: value` lines, a closing
 * `---` line. Its keys override what later stages infer from the text. Never
 * throws: a problem becomes `error`, and the key it concerns is left out.
 */
import { parseDocument } from 'yaml';
import { z } from 'zod';
import { LINE_BREAK } from './lines.ts';
import type { FrontMatter } from './types.ts';

export interface FrontMatterSplit {
  meta: FrontMatter;
  /** The text after the block (the whole text when there is none). */
  body: string;
  /** 1-based line of the original text on which `body` starts. */
  bodyLine: number;
  /** What was wrong, for a warning (its code, front-matter, names the front matter); problems are joined by "; ". */
  error?: string;
}

const DATE_FORMATS = 'YYYY-MM-DD, YYYY/MM/DD or YYYY年M月D日';

/** YYYY-MM-DD, YYYY/MM/DD (month and day may have one digit) or YYYY年M月D日 → YYYY-MM-DD, if the day exists. */
export function parseMetaDate(value: string): string | null {
  const m = /^(\d{4})(?:([-/])(\d{1,2})\2(\d{1,2})|\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日)$/.exec(value.trim());
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[3] ?? m[5]);
  const day = Number(m[4] ?? m[6]);
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  return `${m[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Scalars a writer would mean as text: `page: 3` is the string "3". */
const scalar = () => z.union([z.string(), z.number()], { error: 'is not text or a number' });

const text = scalar()
  .transform((v) => String(v).trim())
  .pipe(z.string().min(1, 'is empty'));

const frontMatterSchema = z.object({
  source: text,
  page: text,
  // YAML 1.2 (the yaml package's default) keeps 2025-03-01 a string: no timestamp handling needed.
  date: scalar().transform((v, ctx) => {
    const iso = parseMetaDate(String(v));
    if (iso === null) {
      ctx.addIssue({ code: 'custom', message: `is not a date (expected ${DATE_FORMATS})` });
      return z.NEVER;
    }
    return iso;
  }),
  // Only web addresses: the url is rendered as a link, and javascript: must never be.
  url: text.refine((v) => {
    try {
      const { protocol } = new URL(v);
      return protocol === 'http:' || protocol === 'https:';
    } catch {
      return false;
    }
  }, 'is not an http(s) URL'),
});

type MetaKey = keyof typeof frontMatterSchema.shape;
const META_KEYS = Object.keys(frontMatterSchema.shape).sort() as MetaKey[];

const FENCE = /^---[ \t]*$/;

export function splitFrontMatter(text: string): FrontMatterSplit {
  const none: FrontMatterSplit = { meta: {}, body: text, bodyLine: 1 };
  const first = nextLine(text, 0);
  if (!FENCE.test(first.line)) return none;

  // A page may open with a rule of dashes above prose: only a block that
  // starts like "key: value" is front matter, so no text is swallowed.
  const opening = firstContentLine(text, first.next);
  if (!KEY_LINE.test(opening) && !FENCE.test(opening)) return none;

  let lineNo = 2;
  let at = first.next;
  const blockStart = at;
  while (at < text.length) {
    const { line, next } = nextLine(text, at);
    if (FENCE.test(line)) {
      return readBlock(text.slice(blockStart, at), text.slice(next), lineNo + 1);
    }
    at = next;
    lineNo++;
  }
  return { ...none, error: 'the "---" on line 1 is never closed by a "---" line; read as text' };
}

const KEY_LINE = /^[A-Za-z_][\w-]*[ \t]*:(?:[ \t]|$)/;

/** The first line from `at` on that is neither blank nor a YAML comment. */
function firstContentLine(text: string, at: number): string {
  while (at < text.length) {
    const { line, next } = nextLine(text, at);
    if (!/^\s*(?:#.*)?$/.test(line)) return line;
    at = next;
  }
  return '';
}

function readBlock(yaml: string, body: string, bodyLine: number): FrontMatterSplit {
  const doc = parseDocument(yaml);
  if (doc.errors.length > 0) {
    const err = doc.errors[0]!;
    // Line within the file: the block starts on line 2.
    const line = err.linePos?.[0].line;
    const where = line === undefined ? '' : ` on line ${line + 1}`;
    return { meta: {}, body, bodyLine, error: `invalid YAML${where}: ${firstLineOf(err.message)}` };
  }
  let raw: unknown;
  try {
    // Throws on alias bombs (the yaml package caps alias expansion).
    raw = doc.toJS();
  } catch (e) {
    return { meta: {}, body, bodyLine, error: `unreadable YAML: ${firstLineOf(String(e instanceof Error ? e.message : e))}` };
  }
  if (raw === null || raw === undefined) return { meta: {}, body, bodyLine };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { meta: {}, body, bodyLine, error: 'expected "key: value" lines' };
  }

  const meta: FrontMatter = {};
  const problems: string[] = [];
  const record = raw as Record<string, unknown>;
  for (const key of META_KEYS) {
    const value = record[key];
    if (value === undefined || value === null) continue;
    const parsed = frontMatterSchema.shape[key].safeParse(value);
    if (parsed.success) meta[key] = parsed.data;
    else problems.push(`${key} ${JSON.stringify(value)} ${parsed.error.issues[0]?.message ?? 'is invalid'}`);
  }
  return problems.length ? { meta, body, bodyLine, error: problems.join('; ') } : { meta, body, bodyLine };
}

/** The line starting at `at` and where the next one starts (line ends as in normalize). */
function nextLine(text: string, at: number): { line: string; next: number } {
  LINE_BREAK_FROM.lastIndex = at;
  const m = LINE_BREAK_FROM.exec(text);
  if (!m) return { line: text.slice(at), next: text.length };
  return { line: text.slice(at, m.index), next: m.index + m[0].length };
}

const LINE_BREAK_FROM = new RegExp(LINE_BREAK.source, 'g');

/** The yaml package's message without its block-relative position (the caller names the file line). */
function firstLineOf(message: string): string {
  return message
    .split('\n')[0]!
    .replace(/\s+at line \d+, column \d+:?\s*$/, '')
    .trim();
}
