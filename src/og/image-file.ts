/**
 * One share image into its cache file, in whichever thread draws it (the drawing
 * worker, or the build's thread when no worker runs). Node loads this file as it is
 * in the worker, so it imports only what Node can run that way.
 */
import { existsSync, renameSync, writeFileSync } from 'node:fs';
import { threadId } from 'node:worker_threads';

/**
 * Draws the image into `file` unless the file is there already (true when drawn). Written
 * whole under another name and then renamed, so an interrupted build never leaves half an
 * image in the cache; synchronously, as the thread that drew it has nothing else to do.
 */
export async function drawInto(file: string, draw: () => Promise<Uint8Array>): Promise<boolean> {
  if (existsSync(file)) return false;
  const png = await draw();
  const temporary = `${file}.${process.pid}-${threadId}.tmp`;
  writeFileSync(temporary, png);
  renameSync(temporary, file);
  return true;
}
