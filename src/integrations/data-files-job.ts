/**
 * What the data files of a build are made from, and how they are made into the build
 * cache: in the data-files thread (data-files-worker.ts), or in the main thread when no
 * thread can start (integrations/data-files.ts).
 */
import { createHash } from 'node:crypto';
import { codeInputs } from '../io/code-digest.ts';
import type { SiteRecords } from '../loaders/site-records.ts';
import { releaseConverters } from '../search/traditional.ts';
import { dataFiles } from './data-file-list.ts';
import { keepDataFiles, type Tally } from './data-files-store.ts';

/** Bumped when what is written for the same inputs changes in a way the code digest cannot see. */
const FORMAT = 1;

export interface DataFilesJob {
  records: SiteRecords;
  /** The site's name and URL as a route sees them. */
  siteInfo: { name: string; url: string };
  /** Where the files are kept between builds. */
  cacheDir: string;
  /** The data-files integration's module and the project root: the code the files are made by is what it imports. */
  entry: string;
  root: string;
}

export type Kept = Tally & { folder: string; cached: boolean };

/** What the thread sends back: the site digest first, then the kept files. */
export type DataFilesAnswer = { digest: string } | { kept: Kept };

/**
 * The job's files in the build cache, under a key of everything they are made of: the site's
 * data (`digest`, siteDataDigest), its name and URL, the code that makes them, the lock file
 * and the Node version. A build whose key is kept makes nothing.
 */
export function makeDataFiles(job: DataFilesJob, digest: string): Kept {
  const key = createHash('sha256')
    .update(JSON.stringify({ FORMAT, siteInfo: job.siteInfo, data: digest, ...codeInputs(job.entry, job.root) }))
    .digest('hex')
    .slice(0, 32);
  return keepDataFiles(
    () => {
      const files = dataFiles(job.records, job.siteInfo);
      // The names' forms and the character table are made with the list (searchFiles); the files written after need no OpenCC tables but toSimplified's.
      releaseConverters();
      return files;
    },
    key,
    job.cacheDir,
  );
}
