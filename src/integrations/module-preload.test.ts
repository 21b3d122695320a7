import { describe, expect, it } from 'vitest';
import { staticImportsOf, withModulePreloads } from './module-preload.ts';

const imports = new Map([
  ['_astro/page.A.js', ['_astro/shared.B.js']],
  ['_astro/search.C.js', ['_astro/shared.B.js', '_astro/helper.D.js']],
  ['_astro/shared.B.js', ['_astro/deep.E.js']],
  ['_astro/helper.D.js', []],
  ['_astro/deep.E.js', []],
]);

describe('module preloads', () => {
  it('follows static imports through every level, each chunk once, the entries left out', () => {
    expect(staticImportsOf(['_astro/page.A.js', '_astro/search.C.js'], imports)).toEqual(['_astro/shared.B.js', '_astro/deep.E.js', '_astro/helper.D.js']);
  });

  it('puts a preload link for each imported module before the first module script, once', () => {
    const html = '<head><title>搜索</title><script type="module" src="/_astro/page.A.js"></script></head><body><script type="module" src="/_astro/search.C.js"></script></body>';
    const preloaded = withModulePreloads(html, imports);
    expect(preloaded).toBe(
      '<head><title>搜索</title><link rel="modulepreload" href="/_astro/shared.B.js"><link rel="modulepreload" href="/_astro/deep.E.js"><link rel="modulepreload" href="/_astro/helper.D.js"><script type="module" src="/_astro/page.A.js"></script></head><body><script type="module" src="/_astro/search.C.js"></script></body>',
    );
    expect(withModulePreloads(preloaded, imports)).toBe(preloaded);
  });

  it('leaves a page without module scripts, or whose scripts import nothing, as it is', () => {
    expect(withModulePreloads('<p>x</p>', imports)).toBe('<p>x</p>');
    const html = '<script type="module" src="/_astro/helper.D.js"></script>';
    expect(withModulePreloads(html, imports)).toBe(html);
  });
});
