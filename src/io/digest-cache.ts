/**
 * A build cache on disk for values that depend only on their key: computed once,
 * then read back by every later build. Kept in Astro's cache folder
 * (ASTRO_CACHE_DIR when set, as the build benchmark sets it).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = (): string => process.env.ASTRO_CACHE_DIR ?? 'node_modules/.astro';

export async function cachedText(kind: string, key: string, compute: () => Promise<string>): Promise<string> {
  const dir = join(root(), kind);
  const path = join(dir, createHash('sha256').update(key).digest('hex').slice(0, 32));
  try {
    return readFileSync(path, 'utf8');
  } catch {
    // not cached yet
  }
  const value = await compute();
  mkdirSync(dir, { recursive: true });
  // Written aside and renamed, so a build that stops halfway never leaves half a value.
  const partial = `${path}.${process.pid}`;
  writeFileSync(partial, value);
  renameSync(partial, path);
  return value;
}
