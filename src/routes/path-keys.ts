/**
 * The cache key of each path from getStaticPaths (see cached-paths.ts): pure, so a test can
 * see which keys a change moves.
 */
import { createHash } from 'node:crypto';

/** JSON with object keys sorted, so the same value always gives the same text. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v instanceof Map) return { map: [...v.entries()] };
    if (v instanceof Set) return { set: [...v] };
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      return Object.fromEntries(Object.keys(v).sort().map((k) => [k, (v as Record<string, unknown>)[k]]));
    }
    return v;
  });
}

export interface StaticPath {
  params: Record<string, string | number | undefined>;
  props?: Record<string, unknown>;
}

/** The cache key of one path: the build's shared digest, then what is the path's own. */
export function pathCacheKey(shared: string, path: StaticPath): string {
  return createHash('sha256')
    .update(shared)
    .update('\u0000')
    .update(stableJson(path.params))
    .update('\u0000')
    .update(stableJson(path.props ?? null))
    .digest('hex');
}

/** `paths` with a cache key on each, made from `shared` (a digest of what every path depends on). */
export function withCacheKeys<P extends StaticPath>(paths: readonly P[], shared: string): (P & { cacheKey: string })[] {
  return paths.map((path) => ({ ...path, cacheKey: pathCacheKey(shared, path) }));
}
