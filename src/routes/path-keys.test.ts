import { describe, expect, it } from 'vitest';
import { pathCacheKey, withCacheKeys } from './path-keys.ts';

const paths = [
  { params: { id: 'a' }, props: { title: '示例港区新航线开通', tags: ['港口'] } },
  { params: { id: 'b' }, props: { title: '示例园区签约', tags: [] } },
  { params: { id: 'c' } },
];

describe('cache keys of static paths', () => {
  it('gives every path a key of its own', () => {
    const keys = withCacheKeys(paths, 'site-1').map((p) => p.cacheKey);
    expect(new Set(keys).size).toBe(3);
    expect(withCacheKeys(paths, 'site-1').map((p) => p.params)).toEqual(paths.map((p) => p.params));
  });

  it('a changed prop changes the key of that path only', () => {
    const before = withCacheKeys(paths, 'site-1').map((p) => p.cacheKey);
    const changed = paths.map((p) => (p.params.id === 'b' ? { ...p, props: { ...p.props, title: '示例园区签约仪式' } } : p));
    const after = withCacheKeys(changed, 'site-1').map((p) => p.cacheKey);
    expect(after.map((k, i) => k !== before[i])).toEqual([false, true, false]);
  });

  it('a change to what every page is made from (data, code outside the page graph) changes every key', () => {
    const before = withCacheKeys(paths, 'site-1').map((p) => p.cacheKey);
    const after = withCacheKeys(paths, 'site-2').map((p) => p.cacheKey);
    expect(after.filter((k, i) => k === before[i])).toEqual([]);
  });

  it('does not depend on the order object keys were written in', () => {
    const a = pathCacheKey('s', { params: { facet: 'stage', value: 'x' }, props: { n: 1, m: { y: 2, z: 3 } } });
    const b = pathCacheKey('s', { params: { value: 'x', facet: 'stage' }, props: { m: { z: 3, y: 2 }, n: 1 } });
    expect(a).toBe(b);
  });

  it('tells a params value from the same text in props', () => {
    expect(pathCacheKey('s', { params: { id: 'a' }, props: { id: 'b' } })).not.toBe(pathCacheKey('s', { params: { id: 'b' }, props: { id: 'a' } }));
  });
});
