/**
 * The share box's QR code is what a phone's camera reads: each code drawn here is
 * rasterised and decoded back to the URL it was made from.
 */
import jsQR from 'jsqr';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { qrSvg } from './qr.ts';

async function decode(svg: string): Promise<string | null> {
  const { data, info } = await sharp(Buffer.from(svg), { density: 288 }).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength), info.width, info.height)?.data ?? null;
}

const urls = [
  'http://127.0.0.1:4321/articles/a/',
  'https://example.org/articles/2016--01--01--000_42694d7dabae5c0f-584f84/',
  'https://news.example.org/articles/2025--12--31--tianjin-ribao-p12_0123456789abcdef-fedcba/',
  `https://example.org/articles/${'x'.repeat(180)}/`,
  'https://example.org/articles/%E5%A4%A9%E6%B4%A5/',
];

describe('qrSvg', () => {
  it.each(urls)('draws a code that scans back to %s', async (url) => {
    expect(await decode(await qrSvg(url, '二维码'))).toBe(url);
  });

  it('names the image and escapes the name', async () => {
    const svg = await qrSvg(urls[0]!, `本文链接的二维码："<b>&`);
    expect(svg.startsWith('<svg role="img" aria-label="本文链接的二维码：&quot;&lt;b&gt;&amp;" class="qr" ')).toBe(true);
    expect(svg.endsWith('</svg>')).toBe(true);
  });

  it('draws the same code for the same URL', async () => {
    expect(await qrSvg(urls[1]!, 'a')).toBe(await qrSvg(urls[1]!, 'a'));
  });
});
