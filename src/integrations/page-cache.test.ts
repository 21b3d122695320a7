import { describe, expect, it } from 'vitest';
import type { OgCard } from '../og/card.ts';
import { carryCards } from './page-cache.ts';

const card = (title: string): OgCard => ({ kicker: '天津新闻', title, footer: '天津日报 · 2026年6月1日 · 第1版' });

describe('share cards of restored pages', () => {
  it('a rendered page keeps what it registered now; a restored page gets the card of the build it was rendered in', () => {
    const offered = new Map([['/og/articles/a.png', card('新标题')]]);
    const previous = { '/articles/a': card('旧标题'), '/articles/b': card('乙'), '/about': null };
    const carried = carryCards(['/articles/a', '/articles/b', '/about'], new Set(['/articles/a']), previous, offered);
    expect(carried.cards).toEqual({ '/articles/a': card('新标题'), '/articles/b': card('乙'), '/about': null });
    expect(carried.restore).toEqual([['/articles/b', card('乙')]]);
    expect(carried.missing).toEqual([]);
    expect(carried.renderedPages).toBe(1);
  });

  it('a rendered page that no longer registers a card is recorded without one', () => {
    const carried = carryCards(['/articles/a'], new Set(['/articles/a']), { '/articles/a': card('甲') }, new Map());
    expect(carried.cards).toEqual({ '/articles/a': null });
    expect(carried.restore).toEqual([]);
  });

  it('names a restored page the record does not know, and drops pages that are gone', () => {
    const carried = carryCards(['/articles/new'], new Set(), { '/articles/gone': card('丙') }, new Map());
    expect(carried.missing).toEqual(['/articles/new']);
    expect(carried.cards).toEqual({});
  });
});
