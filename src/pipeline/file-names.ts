/**
 * File names as the site uses them: the slug every article id starts with, and the check that tells an
 * editor when two files are named alike (a copy saved under a second name, most likely).
 */
import { createHash } from 'node:crypto';
import type { Warning } from '../schema/warning.ts';
import { compareStrings } from '../lib/compare.ts';

export function digest(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * A file's path as a URL slug, a function of the path alone (so no other file can change it) and one-to-one:
 * a plain lower-case name keeps its readable form ("000_42694d7dabae5c0f.txt" → "000_42694d7dabae5c0f",
 * folders joined by "--"); any other name (capitals, spaces, punctuation, Chinese, another extension than
 * .txt) gets a slug of its ASCII letters and digits plus 8 hex of the whole path, so "x y.txt", "X_Y.txt"
 * and "x-y.md" never take the URLs of "x-y.txt".
 */
export function fileSlug(file: string): string {
  const segments = file.split('/');
  if (PLAIN_FILE.test(segments.at(-1)!) && segments.slice(0, -1).every((s) => PLAIN_SEGMENT.test(s))) {
    return segments.join('--').replace(/\.txt$/, '');
  }
  const ascii = file
    .replace(/\.[^./]+$/, '')
    .toLowerCase()
    .split('/')
    .map((s) => s.replace(/[^a-z0-9_]+/g, '-').replace(/^[-_]+|[-_]+$/g, ''))
    .filter(Boolean)
    .join('--');
  return [ascii, digest(file).slice(0, 8)].filter(Boolean).join('-');
}

/** Lower-case letters and digits in runs joined by single "-" or "_": such a name is its own slug. */
const PLAIN_SEGMENT = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/;
const PLAIN_FILE = new RegExp(`${PLAIN_SEGMENT.source.slice(0, -1)}\\.txt$`);

/** The name with case, punctuation, spaces and the extension ignored: what makes two names look alike. */
function looseName(file: string): string {
  return file
    .replace(/\.[^./]+$/, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * One warning per file whose name differs from an earlier file's only in case, punctuation, spaces or
 * extension ("x y.txt", "X_Y.txt", "x-y.md" beside "x-y.txt"), naming both. Their ids stay apart (see
 * fileSlug); the warning is for the editor, who probably did not mean to publish a story twice.
 */
export function similarFileNames(files: readonly string[]): Warning[] {
  const first = new Map<string, string>();
  const out: Warning[] = [];
  for (const file of [...files].sort(compareStrings)) {
    const key = looseName(file);
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, file);
    else out.push({ file, line: 0, code: 'similar-name', message: `the name differs from "${earlier}" only in case, spaces, punctuation or extension; both are published, each with its own URLs` });
  }
  return out;
}

/** Two files gave the same article id (possible only for hashed names, by a hash collision): the later one gives way. */
export function duplicateIdMessage(id: string, owner: string): string {
  return `article id ${id} is already used by "${owner}"; this story is not published until one of the two files is renamed`;
}
