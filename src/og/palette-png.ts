/**
 * A palette PNG from an image of colour indices. Share cards hold a few colour ramps
 * (the background into each text colour), so 8-bit indices hold them exactly enough
 * and are a third of the RGB bytes to compress; sharp can encode RGB but not a
 * palette of our choosing. Deterministic: same indices and palette, same bytes.
 */
import * as zlib from 'node:zlib';

/**
 * Run-length matches only (zlib's Z_RLE): a card's rows are runs of paper between glyph
 * edges, so on the share cards this is 0.75 ms a card against 1.0 ms at level 3 and 2.7 ms
 * at zlib's default 6, and 4% smaller than level 3 (15.5 KB against 16.2 KB; level 6:
 * 13.8 KB; librsvg's RGBA PNG at level 6 was 40 KB). Level 9 takes 29 ms.
 */
const DEFLATE: zlib.ZlibOptions = { level: 6, strategy: zlib.constants.Z_RLE };

const CRC_TABLE = Uint32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** zlib's own where Node has it (22.2 and later: seven times faster), else by table. */
const crc32: (data: Uint8Array) => number =
  typeof zlib.crc32 === 'function'
    ? (data) => zlib.crc32(data)
    : (data) => {
        let c = 0xffffffff;
        for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
        return (c ^ 0xffffffff) >>> 0;
      };

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  out.set(data, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * `indices` (width × height bytes, row by row) as PNG scanlines: each row behind its filter
 * byte, 0 (none), as rows that are mostly one index repeated are deflated best as they are.
 */
export function toScanlines(indices: Uint8Array, width: number, height: number): Uint8Array {
  if (indices.length !== width * height) throw new Error(`${indices.length} indices for a ${width}×${height} image`);
  const rows = new Uint8Array((width + 1) * height);
  for (let y = 0; y < height; y++) rows.set(indices.subarray(y * width, (y + 1) * width), y * (width + 1) + 1);
  return rows;
}

/**
 * The PNG of `scanlines` (see toScanlines; a drawer may lay its image out so directly) with
 * `palette` their colours as [r, g, b]. Synchronous: it runs on the drawing thread, which has
 * nothing else to do meanwhile, and the caller may reuse the scanlines as soon as it returns.
 */
export function palettePng(scanlines: Uint8Array, width: number, height: number, palette: readonly (readonly [number, number, number])[]): Buffer {
  if (palette.length === 0 || palette.length > 256) throw new Error(`a PNG palette holds 1 to 256 colours, not ${palette.length}`);
  if (scanlines.length !== (width + 1) * height) throw new Error(`${scanlines.length} bytes of scanlines for a ${width}×${height} image`);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 3; // colour type: palette
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('PLTE', Uint8Array.from(palette.flat())),
    chunk('IDAT', zlib.deflateSync(scanlines, DEFLATE)),
    chunk('IEND', new Uint8Array(0)),
  ]);
}
