/** A card's SVG drawn as PNG by sharp (librsvg; text through fontconfig). */
import sharp from 'sharp';

export function drawCard(svg: string): Promise<Buffer> {
  return sharp(Buffer.from(svg)).png().toBuffer();
}
