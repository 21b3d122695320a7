import { describe, expect, it } from 'vitest';
import { compactForm, decodeCharMap, encodeCharMap, normalizeQuery, queryTerms, simplifyByTable } from './query-fold.ts';

describe('normalizeQuery', () => {
  it('folds full-width digits and letters, lower-cases and drops the quotes readers copy with names', () => {
    expect(normalizeQuery('  “１１７项目” ')).toBe('117项目');
    expect(normalizeQuery('《ＴＥＤＡ》  冷链')).toBe('teda 冷链');
    expect(normalizeQuery('「天開園」')).toBe('天開園');
  });

  it('splits terms on spaces, each once', () => {
    expect(queryTerms(normalizeQuery('冷链  投资 冷链'))).toEqual(['冷链', '投资']);
    expect(queryTerms('')).toEqual([]);
  });
});

describe('character table', () => {
  const map = { 園: '园', 開: '开', 寶: '宝' };

  it('converts the characters it lists and keeps the rest', () => {
    expect(simplifyByTable('天開園 abc 坻', map)).toBe('天开园 abc 坻');
    // Inherited object keys are not characters of the table.
    expect(simplifyByTable('constructor', map)).toBe('constructor');
  });

  it('round-trips through its compact string form, in a fixed order', () => {
    const encoded = encodeCharMap(map);
    expect(encoded).toBe('園园寶宝開开');
    expect(decodeCharMap(encoded)).toEqual(map);
  });

  it('compares without spaces, case or width', () => {
    expect(compactForm(' Ａb  冷 链 ')).toBe('ab冷链');
  });
});
