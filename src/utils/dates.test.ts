import { describe, expect, it } from 'vitest';
import { dayNumber, feedDate, formatDate, monthRange } from './dates.ts';

describe('dates', () => {
  it('formats full and partial dates in Chinese', () => {
    expect(formatDate('2025-05-09')).toBe('2025年5月9日');
    expect(formatDate('2025-10')).toBe('2025年10月');
    expect(formatDate('2026')).toBe('2026年');
  });
  it('lists every month across a year boundary', () => {
    expect(monthRange('2024-11', '2025-02')).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
    expect(monthRange('2025-05', '2025-05')).toEqual(['2025-05']);
  });
  it('counts days between dates', () => {
    expect(dayNumber('2025-06-12') - dayNumber('2025-05-09')).toBe(34);
    expect(dayNumber('1970-01-02')).toBe(1);
  });
  it('keeps the calendar day in feed dates', () => {
    expect(feedDate('2025-05-09').toISOString()).toBe('2025-05-09T04:00:00.000Z');
  });
});
