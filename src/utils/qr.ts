/**
 * QR codes drawn at build time as inline SVG, so sharing to WeChat needs no
 * script and no request.
 */
import QRCode from 'qrcode';
import qrcodePackage from 'qrcode/package.json' with { type: 'json' };
import { cachedText } from '../io/digest-cache.ts';

// Drawing a code costs milliseconds, once per article page: a rebuild reads it back (keyed by everything that shapes it).
const OPTIONS = { type: 'svg', errorCorrectionLevel: 'M', margin: 2, color: { dark: '#000000', light: '#ffffff' } } as const;
/**
 * A page URL as one byte-mode segment: qrcode would otherwise search for the shortest mix of
 * numeric, alphanumeric and byte segments (a third of its time), and lower-case URLs are byte mode anyway.
 */
const SEGMENT_MODE = 'byte';
const KEY = `qrcode@${qrcodePackage.version}:${JSON.stringify(OPTIONS)}:${SEGMENT_MODE}`;

/** An SVG QR code of `text` with an accessible name. Black on white in dark mode too: scanners need that contrast. */
export async function qrSvg(text: string, label: string): Promise<string> {
  const svg = await cachedText('qr', `${KEY}\u0000${text}`, () => QRCode.toString([{ data: Buffer.from(text, 'utf8'), mode: SEGMENT_MODE }], OPTIONS));
  const escaped = label.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  // qrcode's root element has no accessible name; give it one.
  return svg.replace(/^<svg /, `<svg role="img" aria-label="${escaped}" class="qr" `).replace(/\n$/, '');
}
