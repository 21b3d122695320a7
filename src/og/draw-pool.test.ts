/**
 * The drawing thread writes each card into its file itself and answers once, at finish:
 * the images are the bytes this thread draws, and a file already there is not drawn again.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findCjkFont } from '../io/cjk-font.ts';
import { cardDrawer } from './draw-card.ts';
import { createDrawPool } from './draw-pool.ts';

const font = findCjkFont();
const folder = mkdtempSync(join(tmpdir(), 'og-pool-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const cards = [
  { kicker: '津城发展观察', title: '某某园区二期主体结构封顶', footer: '某某日报 · 2026年1月2日 · 第3版' },
  { kicker: '津城发展观察 · 项目', title: '测试港物流枢纽（一期）', footer: '在建 · 12 篇报道 · 最新 2026年5月10日' },
];

describe.skipIf(!font)('drawing pool', () => {
  it('writes every card into its file on the worker, the same bytes as drawn here, and counts the cached ones', async () => {
    const warnings: string[] = [];
    const pool = createDrawPool(font!, (m) => warnings.push(m));
    const files = cards.map((_, i) => join(folder, `${i}.png`));
    cards.forEach((card, i) => pool.write(card, files[i]!));
    await expect(pool.finish()).resolves.toEqual({ drawn: 2, cached: 0 });
    await pool.close();
    expect(warnings).toEqual([]);
    const here = cardDrawer(font!);
    for (const [i, card] of cards.entries()) expect(readFileSync(files[i]!).equals(await here(card))).toBe(true);

    const again = createDrawPool(font!);
    again.write(cards[0]!, files[0]!);
    again.write(cards[1]!, join(folder, 'new.png'));
    await expect(again.finish()).resolves.toEqual({ drawn: 1, cached: 1 });
    await again.close();
    expect(existsSync(join(folder, 'new.png'))).toBe(true);
  });
});
