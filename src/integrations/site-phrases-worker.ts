/** Worker thread of opencc-phrases.ts: reads the built pages under workerData (a folder) and answers with their phrases. */
import { parentPort, workerData } from 'node:worker_threads';
import { sitePhrases } from './site-phrases.ts';

parentPort!.postMessage(sitePhrases(workerData as string));
