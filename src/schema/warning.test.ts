import { describe, expect, it } from 'vitest';
import { formatWarning, WARNING_CODES, warningSchema, warningText } from './warning.ts';

describe('warnings', () => {
  it('take only the listed codes', () => {
    expect(warningSchema.safeParse({ file: 'a.txt', line: 1, code: 'html', message: 'x' }).success).toBe(true);
    expect(warningSchema.safeParse({ file: 'a.txt', line: 1, code: 'something', message: 'x' }).success).toBe(false);
    expect(warningSchema.safeParse({ file: 'a.txt', line: 1, message: 'x' }).success).toBe(false);
    for (const entry of Object.values(WARNING_CODES)) expect(entry.meaning).not.toBe('');
  });

  it('read as file, line and message, with the label of a code that has one', () => {
    expect(formatWarning({ file: '2026/a.txt', line: 3, code: 'long-line', message: 'line is long' })).toBe('2026/a.txt:3 line is long');
    expect(warningText({ code: 'front-matter', message: 'date "x" is not a date' })).toBe('front matter: date "x" is not a date');
  });
});
