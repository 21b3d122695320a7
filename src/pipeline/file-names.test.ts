import { describe, expect, it } from 'vitest';
import { fileSlug, similarFileNames } from './file-names.ts';

describe('fileSlug', () => {
  it('keeps a plain lower-case file name as it is, folders joined by "--"', () => {
    expect(fileSlug('000_42694d7dabae5c0f.txt')).toBe('000_42694d7dabae5c0f');
    expect(fileSlug('2026/05/page-01.txt')).toBe('2026--05--page-01');
  });

  it('gives names that would make the same slug different slugs, each a function of its own name', () => {
    const clashing = ['x-y.txt', 'x y.txt', 'X_Y.txt', 'x_y.txt', 'x-y.md', 'x-y.TXT', 'x--y.txt', 'x/y.txt', 'x-/y.txt', 'a#b.txt', 'a?b.txt', 'a%b.txt', 'a-b.txt', 'a b.txt'];
    const slugs = clashing.map(fileSlug);
    expect(new Set(slugs).size).toBe(clashing.length);
    expect(fileSlug('x-y.txt')).toBe('x-y');
    expect(fileSlug('x y.txt')).toMatch(/^x-y-[0-9a-f]{8}$/);
    expect(fileSlug('x/y.txt')).toBe('x--y');
    // Another file's presence cannot matter: the same name always gives the same slug.
    expect(clashing.map(fileSlug)).toEqual(slugs);
  });

  it('gives Chinese file names a hash of the whole path so they cannot collide', () => {
    const a = fileSlug('天津日报0510.txt');
    expect(a).toMatch(/^0510-[0-9a-f]{8}$/);
    expect(a).not.toBe(fileSlug('今晚报0510.txt'));
    expect(fileSlug('天津日报.txt')).toMatch(/^[0-9a-f]{8}$/);
    expect(fileSlug('天津日报.txt')).not.toBe(fileSlug('天津日报.md'));
    expect(fileSlug('甲/天津日报.txt')).not.toBe(fileSlug('乙/天津日报.txt'));
  });
});

describe('similarFileNames', () => {
  it('names both files when two names differ only in case, spaces, punctuation or extension', () => {
    const warnings = similarFileNames(['x-y.txt', 'x y.txt', 'X_Y.txt', 'x-y.md', 'other.txt', 'a#b.txt', 'a?b.txt']);
    const said = warnings.map((w) => `${w.file} ~ ${/"(.+?)"/.exec(w.message)![1]}`).sort();
    expect(said).toEqual(['a?b.txt ~ a#b.txt', 'x y.txt ~ X_Y.txt', 'x-y.md ~ X_Y.txt', 'x-y.txt ~ X_Y.txt']);
    expect(similarFileNames(['000_a.txt', '001_b.txt'])).toEqual([]);
  });
});
