/**
 * The loader's digest cache: what parsing one paper gave (its checked records and its warnings), kept on
 * disk under the digest of the paper's bytes and of everything else that shapes its records, so a later
 * build reads it back instead of parsing again. One small file per paper, in V8's own serialisation (the
 * structured clone the parse workers already answer in): reading a paper back costs a fraction of a
 * millisecond and no schema check, and the whole archive is never written or parsed as one document.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { Article } from '../schema/article.ts';
import type { Warning } from '../schema/warning.ts';

/** A paper as parsed: its records (each checked against the schema) and the warnings parsing and checking gave. */
export interface ParsedPaper {
  articles: Article[];
  warnings: Warning[];
}

export interface PaperCache {
  /** Whether an entry is kept under `digest` (not read: it may still turn out damaged). */
  has: (digest: string) => boolean;
  /** The paper parsed under `digest`, or null (never parsed, or its file unreadable). */
  get: (digest: string) => ParsedPaper | null;
  set: (digest: string, paper: ParsedPaper) => void;
  /** Removes every entry but those in `keep` (the papers of this build). */
  prune: (keep: ReadonlySet<string>) => void;
}

const ENTRY = /^[0-9a-f]{64}$/;

export function paperCache(dir: string): PaperCache {
  const path = (digest: string): string => join(dir, digest);
  return {
    has: (digest) => existsSync(path(digest)),
    get: (digest) => {
      let bytes: Buffer;
      try {
        bytes = readFileSync(path(digest));
      } catch {
        return null;
      }
      try {
        const value = deserialize(bytes) as ParsedPaper;
        return Array.isArray(value?.articles) && Array.isArray(value.warnings) ? value : null;
      } catch {
        // A file cut short or written by another Node: parsed again, as if never cached.
        return null;
      }
    },
    set: (digest, paper) => {
      mkdirSync(dir, { recursive: true });
      // Written aside and renamed, so a build that stops halfway never leaves half an entry.
      const partial = `${path(digest)}.${process.pid}`;
      writeFileSync(partial, serialize(paper));
      renameSync(partial, path(digest));
    },
    prune: (keep) => {
      let names: string[];
      try {
        names = readdirSync(dir);
      } catch {
        return;
      }
      for (const name of names) if (!(ENTRY.test(name) && keep.has(name))) rmSync(join(dir, name), { force: true });
    },
  };
}
