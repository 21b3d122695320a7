import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { palettePng } from './palette-png.ts';

describe('palettePng', () => {
  const palette = [
    [251, 250, 247],
    [163, 20, 28],
    [28, 28, 30],
  ] as const;
  const indices = Uint8Array.from({ length: 6 * 4 }, (_, i) => (i < 6 ? 1 : i % 7 === 0 ? 2 : 0));

  it('writes a PNG any decoder reads back as the palette colours of the indices', async () => {
    const png = await palettePng(indices, 6, 4, palette);
    const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    expect([info.width, info.height, info.channels]).toEqual([6, 4, 3]);
    expect(Array.from(data)).toEqual(Array.from(indices).flatMap((i) => palette[i]!));
  });

  it('gives the same bytes for the same image, and leaves the caller free to reuse the indices', async () => {
    const scratch = Uint8Array.from(indices);
    const pending = palettePng(scratch, 6, 4, palette);
    scratch.fill(2);
    expect((await pending).equals(await palettePng(indices, 6, 4, palette))).toBe(true);
  });

  it('refuses a palette PNG cannot hold and indices of the wrong size', async () => {
    await expect(palettePng(indices, 6, 4, [])).rejects.toThrow('1 to 256');
    await expect(palettePng(indices, 5, 4, palette)).rejects.toThrow('5×4');
  });
});
