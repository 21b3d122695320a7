/**
 * Thread of opencc-phrases.ts: scans each rendered page it is handed, and answers `finish`
 * with the phrases of the pages under workerData (the build's folder), reading those it was
 * not handed.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { phraseReader, type PhraseRequest } from './site-phrases.ts';

const reader = phraseReader(workerData as string);
parentPort!.on('message', (request: PhraseRequest) => {
  if ('rendered' in request) for (const [file, page] of request.rendered) reader.rendered(file, page);
  else parentPort!.postMessage(reader.finish());
});
