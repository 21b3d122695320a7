/**
 * A card drawn from cached glyph masks: the same bytes whatever was drawn before it,
 * and the picture librsvg draws from the card's SVG (the way cards used to be drawn).
 */
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { findCjkFont } from '../io/cjk-font.ts';
import { IMAGE_HEIGHT, IMAGE_WIDTH } from './card.ts';
import { cardDrawer, drawSvgCard } from './draw-card.ts';

const font = findCjkFont();

const card = { kicker: '津城发展观察', title: '某某新区生态产业园二期主体结构封顶，计划年内投产 AI 与 5G 项目', footer: '某某日报 · 2026年1月2日 · 第3版' };
const other = { kicker: '津城发展观察 · 项目', title: '测试港物流枢纽（一期）', footer: '在建 · 12 篇报道 · 最新 2026年5月10日' };

const pixels = (png: Buffer): Promise<Buffer> => sharp(png).removeAlpha().raw().toBuffer();

describe.skipIf(!font)('drawing a card from glyph masks', () => {
  it('gives the same bytes every time, whatever the drawer drew before', async () => {
    const first = cardDrawer(font!);
    const a = await first(card);
    const seasoned = cardDrawer(font!);
    await seasoned(other);
    await Promise.all([seasoned({ ...other, title: '另一个标题' }), seasoned(card)]);
    expect((await seasoned(card)).equals(a)).toBe(true);
    expect((await first(card)).equals(a)).toBe(true);
  });

  it('draws a PNG of the card’s size that looks like the card drawn whole from its SVG', async () => {
    const draw = cardDrawer(font!);
    for (const c of [card, other]) {
      const png = await draw(c);
      const meta = await sharp(png).metadata();
      expect([meta.width, meta.height]).toEqual([IMAGE_WIDTH, IMAGE_HEIGHT]);
      const [mine, whole] = await Promise.all([pixels(png), drawSvgCard(c, font!.family).then(pixels)]);
      let sum = 0;
      for (let i = 0; i < mine.length; i++) sum += Math.abs(mine[i]! - whole[i]!);
      // Glyphs sit on whole pixels here and at fractions of one in librsvg: edges differ, letters do not.
      expect(sum / mine.length).toBeLessThan(4);
      expect(png.length).toBeLessThan((await drawSvgCard(c, font!.family)).length);
    }
  });

  it('draws the title: a different title gives a different picture', async () => {
    const draw = cardDrawer(font!);
    expect((await draw(card)).equals(await draw({ ...card, title: '另一个标题' }))).toBe(false);
  });

  it('draws a card with a character the font lacks from its SVG, and all cards so when the font cannot be read', async () => {
    const odd = { ...card, title: `私用区字符\u{e000}的标题` };
    expect((await cardDrawer(font!)(odd)).equals(await drawSvgCard(odd, font!.family))).toBe(true);
    const unreadable = cardDrawer({ ...font!, bold: { file: '/nonexistent.ttc', postscriptName: 'X' } });
    expect((await unreadable(card)).equals(await drawSvgCard(card, font!.family))).toBe(true);
  });
});
