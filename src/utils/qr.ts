/**
 * QR codes drawn at build time as inline SVG, so sharing to WeChat needs no
 * script and no request.
 */
import QRCode from 'qrcode';

const OPTIONS = {
  type: 'svg',
  errorCorrectionLevel: 'M',
  margin: 2,
  /**
   * One fixed mask: qrcode would otherwise draw the symbol under all eight masks and score each
   * (nearly all of its time, once per article page). The mask is written in the symbol's format
   * information, so any of the eight decodes the same; the score only avoids patterns that could
   * trouble a poor scanner, and qr.test.ts decodes the codes drawn with this one.
   */
  maskPattern: 2,
  color: { dark: '#000000', light: '#ffffff' },
} as const;
/**
 * A page URL as one byte-mode segment: qrcode would otherwise search for the shortest mix of
 * numeric, alphanumeric and byte segments (a third of its time), and lower-case URLs are byte mode anyway.
 */
const SEGMENT_MODE = 'byte';

const escapeAttribute = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** An SVG QR code of `text` with an accessible name. Black on white in dark mode too: scanners need that contrast. */
export async function qrSvg(text: string, label: string): Promise<string> {
  const svg = await QRCode.toString([{ data: Buffer.from(text, 'utf8'), mode: SEGMENT_MODE }], OPTIONS);
  // qrcode's root element has no accessible name; give it one.
  return svg.replace(/^<svg /, `<svg role="img" aria-label="${escapeAttribute(label)}" class="qr" `).replace(/\n$/, '');
}
