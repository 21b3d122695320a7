/**
 * The drawing thread lays out each card and writes it into its file itself, answering once, at
 * finish, with each page's file: the images are the bytes this thread draws, the same card of two
 * pages is one image, and a file already there is not drawn again.
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
    const setup = { cacheDir: folder, key: 'k', fonts: font! };
    const pool = createDrawPool(setup, (m) => warnings.push(m));
    pool.add('/og/articles/a.png', cards[0]!);
    pool.add('/og/articles/b.png', cards[0]!);
    pool.add('/og/projects/p.png', cards[1]!);
    const first = await pool.finish();
    await pool.close();
    expect(warnings).toEqual([]);
    expect(first).toMatchObject({ drawn: 2, cached: 0 });
    expect([...first.files.keys()]).toEqual(['/og/articles/a.png', '/og/articles/b.png', '/og/projects/p.png']);
    expect(first.files.get('/og/articles/a.png')).toBe(first.files.get('/og/articles/b.png'));
    const here = cardDrawer(font!);
    expect(readFileSync(first.files.get('/og/articles/a.png')!).equals(await here(cards[0]!))).toBe(true);
    expect(readFileSync(first.files.get('/og/projects/p.png')!).equals(await here(cards[1]!))).toBe(true);

    rmSync(first.files.get('/og/projects/p.png')!);
    const other = createDrawPool(setup);
    other.add('/og/articles/a.png', cards[0]!);
    other.add('/og/projects/p.png', cards[1]!);
    const second = await other.finish();
    await other.close();
    expect(second).toMatchObject({ drawn: 1, cached: 1 });
    expect(existsSync(second.files.get('/og/projects/p.png')!)).toBe(true);
  });
});
