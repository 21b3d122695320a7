import { describe, expect, it } from 'vitest';
import { fileSlug } from './record.ts';

describe('fileSlug', () => {
  it('keeps an ASCII file name readable', () => {
    expect(fileSlug('000_42694d7dabae5c0f.txt')).toBe('000-42694d7dabae5c0f');
    expect(fileSlug('2026/05/page-01.txt')).toBe('2026-05-page-01');
  });
  it('gives Chinese file names a short hash so they cannot collide', () => {
    const a = fileSlug('天津日报0510.txt');
    const b = fileSlug('今晚报0510.txt');
    expect(a).toMatch(/^0510-[0-9a-f]{6}$/);
    expect(a).not.toBe(b);
    expect(fileSlug('天津日报.txt')).toMatch(/^[0-9a-f]{6}$/);
  });
});
