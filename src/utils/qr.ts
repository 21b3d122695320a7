/**
 * QR codes drawn at build time as inline SVG, so sharing to WeChat needs no
 * script and no request.
 */
import QRCode from 'qrcode';

/** An SVG QR code of `text` with an accessible name. Black on white in dark mode too: scanners need that contrast. */
export async function qrSvg(text: string, label: string): Promise<string> {
  const svg = await QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2, color: { dark: '#000000', light: '#ffffff' } });
  const escaped = label.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  // qrcode's root element has no accessible name; give it one.
  return svg.replace(/^<svg /, `<svg role="img" aria-label="${escaped}" class="qr" `).replace(/\n$/, '');
}
