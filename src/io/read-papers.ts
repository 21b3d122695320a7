/**
 * Reads source files from disk for the loader and the CLIs; the pipeline itself never touches the file system.
 * Every file under the papers folder becomes an input: a paper with its bytes, or a file that is not read
 * with the reason (too large, not a text format), so the reason reaches the editor as a warning.
 */
import { openSync, readSync, closeSync, fstatSync, statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { walk } from './list-files.ts';
import { MAX_BYTES, tooLargeMessage } from '../pipeline/decode.ts';
import type { PaperInput } from '../pipeline/index.ts';
import { compareStrings } from '../lib/compare.ts';

export const PAPERS_DIR = 'content/papers';

/** Text dumps editors drop in. */
const PAPER_EXT = /\.(?:txt|text|md)$/i;
/** Saved web pages: the article is in there, but among menus and scripts the pipeline does not read. */
const HTML_EXT = /\.(?:html?|xhtml|mht(?:ml)?)$/i;

/** All files under `dir`, named relative to it with forward slashes, sorted by name. */
export function readPapers(dir: string = PAPERS_DIR): PaperInput[] {
  const { files, hiddenDirs } = walk(dir);
  const inputs = files.flatMap((path) => {
    const input = readPaperFile(path, toPosix(relative(dir, path)));
    return input ? [input] : [];
  });
  for (const path of hiddenDirs) {
    inputs.push(notRead(toPosix(relative(dir, path)), 'hidden folder (its name starts with "."): nothing in it is read'));
  }
  return inputs.sort((a, b) => compareStrings(a.file, b.file));
}

/**
 * Files and folders as given on a command line: a folder contributes its papers, a file itself. Anything
 * inside the papers folder is named as the site names it (content/papers/2026/x.txt is 2026/x.txt), so
 * `npm run parse` prints the ids the site uses.
 */
export function readPaperPaths(paths: string[], root: string = PAPERS_DIR): PaperInput[] {
  return paths.flatMap((path) => {
    const name = nameUnder(path, root);
    if (statSync(path).isDirectory()) {
      return readPapers(path).map((input) => ({ ...input, file: name ? joinName(name, input.file) : input.file }));
    }
    const input = readPaperFile(path, name ?? toPosix(path).split('/').pop()!, true);
    return input ? [input] : [];
  });
}

/** `path` relative to `root` when it lies inside it ('' for root itself), else null. */
function nameUnder(path: string, root: string): string | null {
  const rel = relative(resolve(root), resolve(path));
  if (rel.startsWith('..') || resolve(rel) === rel) return null;
  return toPosix(rel);
}

const joinName = (dir: string, file: string): string => (dir ? `${dir}/${file}` : file);

/**
 * One file as an input, the size checked before anything is read (a file of several GiB must not stop
 * the build). Hidden files that are not papers (.gitkeep, .DS_Store) are tools' files: null, no word.
 * `named` is true when the user named the file on a command line: then it is read whatever its name.
 */
function readPaperFile(path: string, file: string, named = false): PaperInput | null {
  const base = file.slice(file.lastIndexOf('/') + 1);
  if (!named && !PAPER_EXT.test(base)) {
    if (base.startsWith('.')) return null;
    if (HTML_EXT.test(base)) return notRead(file, 'an HTML file is not read: save the article as plain text (.txt) or copy its text into a .txt file');
    return notRead(file, `not read: only .txt, .text and .md files are papers (this is ${extension(base)})`);
  }
  const fd = openSync(path, 'r');
  try {
    const { size } = fstatSync(fd);
    if (size > MAX_BYTES) return notRead(file, tooLargeMessage(size));
    const bytes = new Uint8Array(size);
    let at = 0;
    while (at < size) {
      const n = readSync(fd, bytes, at, size - at, at);
      if (n === 0) break; // the file shrank while being read
      at += n;
    }
    return { file, bytes: at === size ? bytes : bytes.subarray(0, at) };
  } finally {
    closeSync(fd);
  }
}

function notRead(file: string, reason: string): PaperInput {
  return { file, bytes: new Uint8Array(0), notRead: reason };
}

function extension(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? `a ${name.slice(dot)} file` : 'a file without an extension';
}

function toPosix(path: string): string {
  return path.split(sep).join('/');
}
