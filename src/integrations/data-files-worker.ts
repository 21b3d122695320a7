/**
 * Thread of integrations/data-files.ts, started when the build starts with a copy of the
 * records: answers first with the site's digest (the pages' cache keys wait for it), then
 * makes the data files in the build cache beside the rendering (at a lower priority than
 * the rendering thread), or finds them kept there, and answers with the folder that
 * build:done links into dist.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { yieldToMainThread } from '../lib/thread-priority.ts';
import { recordsDataDigest } from '../routes/page-cache-build.ts';
import type { DataFilesJob, DataFilesAnswer } from './data-files-job.ts';

const job = workerData as DataFilesJob;
const digest = recordsDataDigest(job.records);
parentPort!.postMessage({ digest } satisfies DataFilesAnswer);
// Nothing waits on the files until the last page is written: the thread that renders the pages goes first.
yieldToMainThread();
// Loaded after the digest is sent: the search builders and their dictionaries take a while to load.
const { makeDataFiles } = await import('./data-files-job.ts');
parentPort!.postMessage({ kept: makeDataFiles(job, digest) } satisfies DataFilesAnswer);
