import { describe, expect, it } from 'vitest';
import { splitLines } from './lines.ts';

describe('splitLines', () => {
  it('splits on LF, CRLF, lone CR, U+2028 and U+2029', () => {
    expect(splitLines('a\nb\r\nc\rd\u2028e\u2029f')).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  });

  it('treats a final line end as closing the last line, and keeps blank lines', () => {
    expect(splitLines('a\n\nb\n')).toEqual(['a', '', 'b']);
    expect(splitLines('a\r\n\r\n')).toEqual(['a', '']);
    expect(splitLines('\n')).toEqual(['']);
    expect(splitLines('')).toEqual([]);
  });
});
