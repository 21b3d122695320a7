/**
 * Reads source files from disk for the loader and the CLIs; the pipeline itself never touches the file system.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename, relative, sep } from 'node:path';
import { listFiles } from './list-files.ts';
import type { PaperInput } from '../pipeline/index.ts';

export const PAPERS_DIR = 'content/papers';

/** Text dumps editors drop in; anything else in the folder (images, notes) is not a paper. */
const PAPER_EXT = /\.(?:txt|text|md)$/i;

/** All papers under `dir`, named relative to it with forward slashes, sorted by name. */
export function readPapers(dir: string = PAPERS_DIR): PaperInput[] {
  return listPaperFiles(dir).map((path) => ({ file: toPosix(relative(dir, path)), bytes: readFileSync(path) }));
}

/** Files and folders as given on a command line: a folder contributes its papers, a file itself. */
export function readPaperPaths(paths: string[]): PaperInput[] {
  return paths.flatMap((path) => (statSync(path).isDirectory() ? readPapers(path) : [{ file: basename(path), bytes: readFileSync(path) }]));
}

export function listPaperFiles(dir: string): string[] {
  return listFiles(dir, (name) => PAPER_EXT.test(name));
}

function toPosix(path: string): string {
  return path.split(sep).join('/');
}
