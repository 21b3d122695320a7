import { describe, expect, it } from 'vitest';
import { splitNames } from './person-names.ts';

describe('splitNames', () => {
  it('cuts text into plain runs and names, the longer name first where two overlap', () => {
    expect(splitNames('记者 于春津 于春 摄', ['于春', '于春津'])).toEqual([
      { text: '记者 ', name: false },
      { text: '于春津', name: true },
      { text: ' ', name: false },
      { text: '于春', name: true },
      { text: ' 摄', name: false },
    ]);
  });

  it('leaves text without names whole, and reads names as text, not patterns', () => {
    expect(splitNames('本报讯', ['于春津'])).toEqual([{ text: '本报讯', name: false }]);
    expect(splitNames('a.b', ['.'])).toEqual([{ text: 'a', name: false }, { text: '.', name: true }, { text: 'b', name: false }]);
    expect(splitNames('', ['x'])).toEqual([]);
    expect(splitNames('x', [])).toEqual([{ text: 'x', name: false }]);
  });
});
