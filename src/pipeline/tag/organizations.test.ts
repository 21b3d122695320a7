import { describe, expect, it } from 'vitest';
import { findOrganizations, scanBack } from './organizations.ts';

describe('scanBack', () => {
  it('reads a name back to the start of a text that opens with a verb the name may follow', () => {
    // 设 of 建设 is where the reading stood one character in; the verb 建设 does not end there.
    const text = '建设蓝桥研究院今日揭牌，区委';
    expect(scanBack(text, text.indexOf('研究院'), new Set())).toBe(0);
    expect(findOrganizations(text).map((o) => o.name)).toEqual(['建设蓝桥研究院']);
  });

  it('finds the same start whatever the text says after the name', () => {
    const head = '发展海青研究院';
    for (const tail of ['。', '，市委', '，区委', '由镇']) {
      expect(scanBack(head + tail, head.indexOf('研究院'), new Set())).toBe(0);
    }
  });

  it('still stops after such a verb when a name ends right before it', () => {
    // 天津大学建设…实验室: 大学 ends like a name, so 建设 opens the clause of the next one.
    const text = '天津大学建设青禾实验室';
    expect(scanBack(text, text.indexOf('实验室'), new Set())).toBe(text.indexOf('青禾'));
  });
});
