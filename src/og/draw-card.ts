/**
 * Share cards drawn without a renderer run per card. What librsvg would redo for
 * every card is done once: the background is drawn once, and each character once
 * per style (size, weight) as a coverage mask (librsvg through fontconfig, as the
 * whole-card SVG draws it, many characters in one call). A card is then its masks
 * laid at the pen positions the font's advances give (fontkitten reads them from the
 * same font file) into an image of palette indices, written as a palette PNG.
 *
 * The palette is the background's colours plus, for each text colour, a ramp of
 * RAMP_LEVELS steps from the paper to it: text is only ever drawn on the paper in
 * one colour per line, so every pixel is one of those (coverage rounded to 1/80).
 * A card this does not hold (a character the font lacks, text over another colour
 * than the paper, a colour not in CARD_TEXT_FILLS) is drawn from its SVG instead.
 */
import { readFileSync } from 'node:fs';
import { create, type Font } from 'fontkitten';
import sharp from 'sharp';
import { CARD_BACKGROUND, CARD_COLORS, CARD_SCALE, CARD_TEXT_FILLS, cardSvg, cardTexts, escapeXml, IMAGE_HEIGHT, IMAGE_WIDTH, rectSvg, type CardText, type OgCard } from './card.ts';
import type { CardFonts, FontFace } from '../io/cjk-font.ts';
import { palettePng } from './palette-png.ts';


type Rgb = readonly [number, number, number];

/** Steps of coverage per text colour; 3 ramps of 80 leave 16 palette entries for the background. */
const RAMP_LEVELS = 80;

/** A glyph's coverage (0–255), cropped to its ink: `width` × `height` at (`left`, `top`) off the pen position on the baseline. */
interface Mask {
  left: number;
  top: number;
  width: number;
  height: number;
  alpha: Uint8Array;
}

const rgb = (hex: string): Rgb => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)) as unknown as Rgb;

function openFace(face: FontFace): Font {
  const font = create(readFileSync(face.file), face.postscriptName);
  if ('fonts' in font) throw new Error(`${face.file}: no face named ${face.postscriptName}`);
  return font;
}

/** Pixel geometry of a style's cells: room above the baseline for the font's ascent, a full em and overhang across. */
function cellOf(size: number): { px: number; cell: number; originX: number; baseline: number } {
  const px = size * CARD_SCALE;
  return { px, cell: Math.ceil(px * 1.6), originX: Math.ceil(px * 0.3), baseline: Math.ceil(px * 1.2) };
}

/** The inked part of the cell at `x0` of a strip `stride` pixels wide. */
function cropCell(data: Uint8Array, stride: number, x0: number, cell: number, originX: number, baseline: number): Mask {
  let minX = cell;
  let minY = cell;
  let maxX = -1;
  let maxY = -1;
  for (let y = 0; y < cell; y++) {
    for (let x = 0; x < cell; x++) {
      if (data[y * stride + x0 + x] === 0) continue;
      minX = Math.min(minX, x);
      maxX = Math.max(maxX, x);
      minY = Math.min(minY, y);
      maxY = Math.max(maxY, y);
    }
  }
  if (maxX < 0) return { left: 0, top: 0, width: 0, height: 0, alpha: new Uint8Array(0) };
  const width = maxX - minX + 1;
  const height = maxY - minY + 1;
  const alpha = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    const from = (minY + y) * stride + x0 + minX;
    alpha.set(data.subarray(from, from + width), y * width);
  }
  return { left: minX - originX, top: minY - baseline, width, height, alpha };
}

interface Background {
  indices: Uint8Array;
  paperIndex: number;
  /** Null when the background has too many colours to leave room for the text ramps. */
  palette: Rgb[] | null;
}

export type CardDrawer = (card: OgCard) => Promise<Buffer>;

/** A card drawn whole by librsvg (the way every card was drawn before; the fallback here). */
export const drawSvgCard = (card: OgCard, family: string): Promise<Buffer> => sharp(Buffer.from(cardSvg(card, family))).removeAlpha().png().toBuffer();

/** Draws cards as above; every card from its SVG when the font files cannot be read here. */
export function cardDrawer(fonts: CardFonts): CardDrawer {
  let faces: { bold: Font; regular: Font };
  try {
    faces = { bold: openFace(fonts.bold), regular: openFace(fonts.regular) };
  } catch {
    return (card) => drawSvgCard(card, fonts.family);
  }
  const masks = new Map<string, Promise<Mask>>();
  const advances = new Map<string, number>();
  const paper = rgb(CARD_COLORS.paper);

  const background: Promise<Background> = (async () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${IMAGE_WIDTH}" height="${IMAGE_HEIGHT}" viewBox="0 0 ${IMAGE_WIDTH / CARD_SCALE} ${IMAGE_HEIGHT / CARD_SCALE}">${CARD_BACKGROUND.map(rectSvg).join('')}</svg>`;
    const pixels = await sharp(Buffer.from(svg)).removeAlpha().raw().toBuffer();
    // Its colours, in the order they first occur, become the palette's first entries.
    const index = new Map<number, number>();
    const colors: Rgb[] = [];
    const indices = new Uint8Array(IMAGE_WIDTH * IMAGE_HEIGHT);
    for (let i = 0; i < indices.length; i++) {
      const packed = (pixels[i * 3]! << 16) | (pixels[i * 3 + 1]! << 8) | pixels[i * 3 + 2]!;
      let n = index.get(packed);
      if (n === undefined) {
        n = colors.length;
        index.set(packed, n);
        colors.push([pixels[i * 3]!, pixels[i * 3 + 1]!, pixels[i * 3 + 2]!]);
      }
      indices[i] = Math.min(n, 255);
    }
    const paperIndex = index.get((paper[0] << 16) | (paper[1] << 8) | paper[2]) ?? -1;
    const palette = [...colors];
    for (const fill of CARD_TEXT_FILLS) {
      const c = rgb(fill);
      for (let level = 1; level <= RAMP_LEVELS; level++) {
        const a = level / RAMP_LEVELS;
        palette.push([0, 1, 2].map((k) => Math.round(paper[k]! * (1 - a) + c[k]! * a)) as unknown as Rgb);
      }
    }
    return { indices, paperIndex, palette: palette.length <= 256 ? palette : null };
  })();

  /** In font units; read once per character (fontkitten makes a glyph object on every call). */
  const advance = (face: Font, bold: boolean, c: string): number => {
    const key = `${bold ? 'b' : 'r'}${c}`;
    let a = advances.get(key);
    if (a === undefined) advances.set(key, (a = face.glyphForCodePoint(c.codePointAt(0)!).advanceWidth));
    return a;
  };

  const styleKey = (t: Pick<CardText, 'size' | 'bold'>): string => `${t.size}${t.bold ? 'b' : 'r'}`;

  /** Queues the masks this card's text lacks: one strip per style, each character in a cell at a whole-pixel origin. */
  const drawMasks = (texts: CardText[]): void => {
    const missing = new Map<string, { style: CardText; chars: Set<string> }>();
    for (const t of texts) {
      const key = styleKey(t);
      for (const c of t.text) {
        if (c === ' ' || masks.has(`${key}${c}`)) continue;
        if (!missing.has(key)) missing.set(key, { style: t, chars: new Set() });
        missing.get(key)!.chars.add(c);
      }
    }
    for (const [key, { style, chars }] of missing) {
      const list = [...chars];
      const { cell, originX, baseline } = cellOf(style.size);
      const width = cell * list.length;
      const unit = 1 / CARD_SCALE;
      const svg = [
        `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${cell}" viewBox="0 0 ${width * unit} ${cell * unit}">`,
        `<g font-family="${escapeXml(`'${fonts.family}', sans-serif`)}" font-size="${style.size}"${style.bold ? ' font-weight="700"' : ''}>`,
        ...list.map((c, i) => `<text x="${(i * cell + originX) * unit}" y="${baseline * unit}">${escapeXml(c)}</text>`),
        '</g></svg>',
      ].join('');
      const strip = sharp(Buffer.from(svg)).extractChannel(3).raw().toBuffer();
      list.forEach((c, i) => masks.set(`${key}${c}`, strip.then((data) => cropCell(data, width, i * cell, cell, originX, baseline))));
    }
  };

  // Scratch images, shared by every card: a card is laid out in one synchronous pass.
  const indices = new Uint8Array(IMAGE_WIDTH * IMAGE_HEIGHT);
  const coverage = new Uint8Array(indices.length);
  /** Which text colour a covered pixel has, plus one (0: none yet). */
  const ramps = new Uint8Array(indices.length);

  /** Lays the card's glyphs into `indices`; false when the card cannot be drawn this way. */
  const layOut = (texts: CardText[], glyphs: Mask[], bg: Background): boolean => {
    const palette = bg.palette!;
    indices.set(bg.indices);
    coverage.fill(0);
    ramps.fill(0);
    let g = 0;
    for (const t of texts) {
      const ramp = CARD_TEXT_FILLS.indexOf(t.fill);
      if (ramp < 0) return false;
      const base = palette.length - (CARD_TEXT_FILLS.length - ramp) * RAMP_LEVELS - 1;
      const face = t.bold ? faces.bold : faces.regular;
      const perUnit = cellOf(t.size).px / face.unitsPerEm;
      const baseline = Math.round(t.y * CARD_SCALE);
      let pen = t.x * CARD_SCALE;
      for (const c of t.text) {
        if (c !== ' ') {
          const m = glyphs[g++]!;
          const left = Math.round(pen) + m.left;
          const top = baseline + m.top;
          // Clipped to the image once, so the loop needs no checks.
          const x0 = Math.max(0, -left);
          const x1 = Math.min(m.width, IMAGE_WIDTH - left);
          const y0 = Math.max(0, -top);
          const y1 = Math.min(m.height, IMAGE_HEIGHT - top);
          for (let y = y0; y < y1; y++) {
            let p = (top + y) * IMAGE_WIDTH + left + x0;
            let k = y * m.width + x0;
            for (let x = x0; x < x1; x++, p++, k++) {
              const a = m.alpha[k]!;
              if (a === 0) continue;
              if (ramps[p] === 0) {
                if (indices[p] !== bg.paperIndex) return false;
                ramps[p] = ramp + 1;
              } else if (ramps[p] !== ramp + 1) return false;
              // The same colour over itself: coverages combine as 1 − (1 − a)(1 − b).
              const cov = coverage[p]! + a - Math.round((coverage[p]! * a) / 255);
              coverage[p] = cov;
              const level = Math.round((cov * RAMP_LEVELS) / 255);
              indices[p] = level === 0 ? bg.paperIndex : base + level;
            }
          }
        }
        pen += advance(face, t.bold, c) * perUnit;
      }
    }
    return true;
  };

  const covered = (texts: CardText[]): boolean =>
    texts.every((t) => Array.from(t.text).every((c) => c === ' ' || (t.bold ? faces.bold : faces.regular).hasGlyphForCodePoint(c.codePointAt(0)!)));

  return async (card) => {
    const texts = cardTexts(card);
    if (!covered(texts)) return drawSvgCard(card, fonts.family);
    drawMasks(texts);
    const glyphs = await Promise.all(texts.flatMap((t) => Array.from(t.text, (c) => (c === ' ' ? [] : [masks.get(`${styleKey(t)}${c}`)!])).flat()));
    const bg = await background;
    if (!bg.palette || bg.paperIndex < 0 || !layOut(texts, glyphs, bg)) return drawSvgCard(card, fonts.family);
    // palettePng copies the indices before it yields, so the next card may reuse them.
    return palettePng(indices, IMAGE_WIDTH, IMAGE_HEIGHT, bg.palette);
  };
}
