/**
 * Thread of opencc-phrases.ts: reads each page it is told of under workerData (the build's
 * folder), echoes `synced` requests once every page before them is read, and answers
 * `finish` with the site's phrases.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { phraseReader, type PhraseRequest } from './site-phrases.ts';

const reader = phraseReader(workerData as string);
parentPort!.on('message', (request: PhraseRequest) => {
  if ('written' in request) for (const file of request.written) reader.written(file);
  else if ('synced' in request) parentPort!.postMessage(request);
  else parentPort!.postMessage(reader.finish());
});
