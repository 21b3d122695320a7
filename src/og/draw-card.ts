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
import { palettePng, toScanlines } from './palette-png.ts';


type Rgb = readonly [number, number, number];

/** Steps of coverage per text colour; 3 ramps of 80 leave 16 palette entries for the background. */
const RAMP_LEVELS = 80;
/** A coverage (0–255) as its step on a ramp. */
const LEVEL = Uint8Array.from({ length: 256 }, (_, cov) => Math.round((cov * RAMP_LEVELS) / 255));

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
  /** The background's indices as PNG scanlines (see palette-png.ts). */
  scanlines: Uint8Array;
  paperIndex: number;
  /** How many of the rows above row y are paper from edge to edge (y from 0 to the height). */
  paperRowsBefore: Uint16Array;
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
  /** Each character's mask per style, once its strip is drawn; `drawing` holds the strips on their way. */
  const masks = new Map<string, Mask>();
  const drawing = new Map<string, Promise<void>>();
  const metrics = new Map<string, { covered: boolean; advance: number }>();
  const paper = rgb(CARD_COLORS.paper);
  let bg: Background | null = null;

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
    const paperRowsBefore = new Uint16Array(IMAGE_HEIGHT + 1);
    for (let y = 0; y < IMAGE_HEIGHT; y++) paperRowsBefore[y + 1] = paperRowsBefore[y]! + Number(indices.subarray(y * IMAGE_WIDTH, (y + 1) * IMAGE_WIDTH).every((i) => i === paperIndex));
    return { scanlines: toScanlines(indices, IMAGE_WIDTH, IMAGE_HEIGHT), paperIndex, paperRowsBefore, palette: palette.length <= 256 ? palette : null };
  })();

  /** Read once per character and face (fontkitten makes a glyph object on every call); the advance is in font units. */
  const metric = (t: CardText, c: string): { covered: boolean; advance: number } => {
    const key = `${t.bold ? 'b' : 'r'}${c}`;
    let m = metrics.get(key);
    if (m === undefined) {
      const face = t.bold ? faces.bold : faces.regular;
      const cp = c.codePointAt(0)!;
      m = { covered: face.hasGlyphForCodePoint(cp), advance: face.glyphForCodePoint(cp).advanceWidth };
      metrics.set(key, m);
    }
    return m;
  };

  const styleKey = (t: Pick<CardText, 'size' | 'bold'>): string => `${t.size}${t.bold ? 'b' : 'r'}`;

  /**
   * Starts drawing the masks this card's text lacks: one strip per style, each character in a cell
   * at a whole-pixel origin. Returns the strips to wait for (none once every character is drawn).
   */
  const drawMasks = (texts: CardText[]): Promise<void>[] => {
    const waits = new Set<Promise<void>>();
    const missing = new Map<string, { style: CardText; chars: Set<string> }>();
    for (const t of texts) {
      const key = styleKey(t);
      for (const c of t.text) {
        if (c === ' ' || masks.has(`${key}${c}`)) continue;
        const on = drawing.get(`${key}${c}`);
        if (on) waits.add(on);
        else {
          if (!missing.has(key)) missing.set(key, { style: t, chars: new Set() });
          missing.get(key)!.chars.add(c);
        }
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
      const strip = sharp(Buffer.from(svg))
        .extractChannel(3)
        .raw()
        .toBuffer()
        .then((data) => {
          list.forEach((c, i) => {
            masks.set(`${key}${c}`, cropCell(data, width, i * cell, cell, originX, baseline));
            drawing.delete(`${key}${c}`);
          });
        });
      for (const c of list) drawing.set(`${key}${c}`, strip);
      waits.add(strip);
    }
    return [...waits];
  };

  // Scratch images, shared by every card (a card is laid out and encoded in one synchronous pass), in the
  // layout of PNG scanlines: each row of indices behind its filter byte, so the image is deflated as it is.
  const STRIDE = IMAGE_WIDTH + 1;
  const scanlines = new Uint8Array(STRIDE * IMAGE_HEIGHT);
  const coverage = new Uint8Array(scanlines.length);
  /** Which text colour a covered pixel has, plus one (0: none yet). */
  const ramps = new Uint8Array(scanlines.length);

  /** Lays the card's glyphs into `scanlines`; false when the card cannot be drawn this way. */
  const layOut = (texts: CardText[], bg: Background): boolean => {
    const palette = bg.palette!;
    const paperIndex = bg.paperIndex;
    scanlines.set(bg.scanlines);
    coverage.fill(0);
    ramps.fill(0);
    /** The boxes glyphs were laid in so far, four numbers each: left, top, right, bottom (exclusive). */
    const inked: number[] = [];
    for (const t of texts) {
      const ramp = CARD_TEXT_FILLS.indexOf(t.fill);
      if (ramp < 0) return false;
      const id = ramp + 1;
      const base = palette.length - (CARD_TEXT_FILLS.length - ramp) * RAMP_LEVELS - 1;
      const key = styleKey(t);
      const perUnit = cellOf(t.size).px / (t.bold ? faces.bold : faces.regular).unitsPerEm;
      const baseline = Math.round(t.y * CARD_SCALE);
      let pen = t.x * CARD_SCALE;
      for (const c of t.text) {
        if (c !== ' ') {
          const m = masks.get(`${key}${c}`)!;
          const { alpha, width } = m;
          const left = Math.round(pen) + m.left;
          const top = baseline + m.top;
          // Clipped to the image once, so the loops need no checks.
          const x0 = Math.max(0, -left);
          const x1 = Math.min(width, IMAGE_WIDTH - left);
          const y0 = Math.max(0, -top);
          const y1 = Math.min(m.height, IMAGE_HEIGHT - top);
          // Most glyphs fall on plain paper no other glyph has touched: each pixel is then its own coverage.
          const bx0 = left + x0;
          const by0 = top + y0;
          const bx1 = left + x1;
          const by1 = top + y1;
          let alone = y1 <= y0 || bg.paperRowsBefore[by1]! - bg.paperRowsBefore[by0]! === by1 - by0;
          for (let b = 0; alone && b < inked.length; b += 4) alone = !(inked[b]! < bx1 && bx0 < inked[b + 2]! && inked[b + 1]! < by1 && by0 < inked[b + 3]!);
          inked.push(bx0, by0, bx1, by1);
          for (let y = y0; y < y1; y++) {
            let p = (top + y) * STRIDE + 1 + left + x0;
            let k = y * width + x0;
            if (alone) {
              for (let x = x0; x < x1; x++, p++, k++) {
                const a = alpha[k]!;
                if (a === 0) continue;
                ramps[p] = id;
                coverage[p] = a;
                const level = LEVEL[a]!;
                scanlines[p] = level === 0 ? paperIndex : base + level;
              }
              continue;
            }
            for (let x = x0; x < x1; x++, p++, k++) {
              const a = alpha[k]!;
              if (a === 0) continue;
              let cov = a;
              if (ramps[p] === 0) {
                if (scanlines[p] !== paperIndex) return false;
                ramps[p] = id;
              } else if (ramps[p] !== id) return false;
              else {
                // The same colour over itself: coverages combine as 1 − (1 − a)(1 − b).
                const under = coverage[p]!;
                cov = under + a - Math.round((under * a) / 255);
              }
              coverage[p] = cov;
              const level = LEVEL[cov]!;
              scanlines[p] = level === 0 ? paperIndex : base + level;
            }
          }
        }
        pen += metric(t, c).advance * perUnit;
      }
    }
    return true;
  };

  const covered = (texts: CardText[]): boolean => texts.every((t) => Array.from(t.text).every((c) => c === ' ' || metric(t, c).covered));

  return async (card) => {
    const texts = cardTexts(card);
    if (!covered(texts)) return drawSvgCard(card, fonts.family);
    const waits = drawMasks(texts);
    if (waits.length > 0) await Promise.all(waits);
    bg ??= await background;
    if (!bg.palette || bg.paperIndex < 0 || !layOut(texts, bg)) return drawSvgCard(card, fonts.family);
    return palettePng(scanlines, IMAGE_WIDTH, IMAGE_HEIGHT, bg.palette);
  };
}
