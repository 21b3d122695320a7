import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { palettePng, toScanlines } from './palette-png.ts';

describe('palettePng', () => {
  const palette = [
    [251, 250, 247],
    [163, 20, 28],
    [28, 28, 30],
  ] as const;
  const indices = Uint8Array.from({ length: 6 * 4 }, (_, i) => (i < 6 ? 1 : i % 7 === 0 ? 2 : 0));

  it('writes a PNG any decoder reads back as the palette colours of the indices', async () => {
    const png = palettePng(toScanlines(indices, 6, 4), 6, 4, palette);
    const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    expect([info.width, info.height, info.channels]).toEqual([6, 4, 3]);
    expect(Array.from(data)).toEqual(Array.from(indices).flatMap((i) => palette[i]!));
  });

  it('gives the same bytes for the same image, and other bytes for another', () => {
    const png = palettePng(toScanlines(indices, 6, 4), 6, 4, palette);
    expect(palettePng(toScanlines(Uint8Array.from(indices), 6, 4), 6, 4, palette).equals(png)).toBe(true);
    expect(palettePng(toScanlines(indices.map((i) => (i === 2 ? 1 : i)), 6, 4), 6, 4, palette).equals(png)).toBe(false);
  });

  it('refuses a palette PNG cannot hold and indices of the wrong size', () => {
    const rows = toScanlines(indices, 6, 4);
    expect(() => palettePng(rows, 6, 4, [])).toThrow('1 to 256');
    expect(() => toScanlines(indices, 5, 4)).toThrow('5×4');
    expect(() => palettePng(rows, 5, 4, palette)).toThrow('5×4');
  });
});
