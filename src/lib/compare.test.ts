import { describe, expect, it } from 'vitest';
import { compareDatesNewestFirst, compareDatesNullLast, compareStrings, descending, nullsLast } from './compare.ts';

describe('comparators', () => {
  it('orders strings by code unit, whatever the locale, and says 0 only for equal strings', () => {
    expect(['b', '天津', 'B', 'a', '天', ''].sort(compareStrings)).toEqual(['', 'B', 'a', 'b', '天', '天津']);
    expect(compareStrings('x', 'x')).toBe(0);
  });

  it('puts null after every date, oldest first or newest first', () => {
    const dates = ['2026-05', null, '2025', '2026-05-10', null];
    expect([...dates].sort(compareDatesNullLast)).toEqual(['2025', '2026-05', '2026-05-10', null, null]);
    expect([...dates].sort(compareDatesNewestFirst)).toEqual(['2026-05-10', '2026-05', '2025', null, null]);
  });

  it('reverses a comparator and extends any comparator to null', () => {
    const byNumber = (a: number, b: number): number => a - b;
    expect([2, 3, 1].sort(descending(byNumber))).toEqual([3, 2, 1]);
    expect([2, null, 1].sort(nullsLast(byNumber))).toEqual([1, 2, null]);
  });
});
