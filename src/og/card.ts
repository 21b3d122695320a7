/**
 * The share image of a page as SVG: site name, title wrapped to at most three
 * lines, and a line of where and when (paper, date, page; or an entity's count).
 * Pure; measured by character class, since the renderer does not wrap text.
 */

/** The card is laid out on a 1200×630 grid (the usual Open Graph shape)… */
const CARD_WIDTH = 1200;
const CARD_HEIGHT = 630;
/**
 * …and drawn at 800×420: above the 300 px WeChat asks for and Twitter's large-card
 * minimum, at half the bytes and drawing time of 1200×630 (it matters at 10,000 articles).
 */
export const IMAGE_WIDTH = 800;
export const IMAGE_HEIGHT = 420;

export interface OgCard {
  /** Small line above the title: the site name, or the site name and a section. */
  kicker: string;
  title: string;
  /** Where and when, e.g. "天津日报 · 2026年5月10日 · 第1版". */
  footer: string;
}

const PADDING = 80;
const TITLE_SIZE = 64;
const TITLE_LINE = 88;
const MAX_LINES = 3;

/** Width of a character in em: full-width for Han, kana and full-width punctuation, about half for the rest. */
function charWidth(char: string): number {
  const cp = char.codePointAt(0)!;
  if (cp === 0x20) return 0.3;
  if (cp < 0x2e80) return /[A-Z]/.test(char) ? 0.65 : /[\u2018-\u201d]/.test(char) ? 1 : 0.55;
  return 1;
}

const widthOf = (text: string): number => Array.from(text).reduce((n, c) => n + charWidth(c), 0);

/** Runs that must not be broken: an ASCII word or number, or one other character. */
const tokens = (text: string): string[] => text.match(/[A-Za-z0-9.%-]+|\s+|./gsu) ?? [];

/** Greedy wrap into lines of at most `width` em; when text is left over, the last line ends in …. */
export function wrap(text: string, width: number, maxLines: number): string[] {
  const queue = tokens(text.replace(/\s+/g, ' ').trim());
  const lines: string[] = [];
  let line = '';
  for (let i = 0; i < queue.length; i++) {
    const token = queue[i]!;
    if (line === '' && token === ' ') continue;
    if (widthOf(line + token) <= width) {
      line += token;
      continue;
    }
    if (widthOf(token) > width) {
      // A word wider than a line is cut between characters.
      queue.splice(i, 1, ...Array.from(token));
      i -= 1;
      continue;
    }
    lines.push(line.trimEnd());
    line = token === ' ' ? '' : token;
  }
  if (line) lines.push(line.trimEnd());
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1]!;
  while (last && widthOf(`${last}…`) > width) last = Array.from(last).slice(0, -1).join('');
  kept[maxLines - 1] = `${last}…`;
  return kept;
}

const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** `family` is the CJK font to draw with (see io/cjk-font.ts). */
export function cardSvg(card: OgCard, family = 'Noto Sans CJK SC'): string {
  const inner = CARD_WIDTH - 2 * PADDING;
  const lines = wrap(card.title, inner / TITLE_SIZE, MAX_LINES);
  // The title block is centred in the space between the kicker and the footer.
  const top = 150;
  const bottom = CARD_HEIGHT - 130;
  const first = Math.round(top + (bottom - top - lines.length * TITLE_LINE) / 2 + TITLE_SIZE);
  const footer = wrap(card.footer, inner / 32, 1)[0] ?? '';
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${IMAGE_WIDTH}" height="${IMAGE_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}">`,
    `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="#fbfaf7"/>`,
    `<rect width="${CARD_WIDTH}" height="14" fill="#a3141c"/>`,
    `<rect x="${PADDING}" y="${CARD_HEIGHT - 110}" width="${inner}" height="2" fill="#dcd9d2"/>`,
    `<g font-family="${escapeXml(`'${family}', sans-serif`)}">`,
    `<text x="${PADDING}" y="110" font-size="36" font-weight="700" fill="#a3141c">${escapeXml(card.kicker)}</text>`,
    ...lines.map((l, i) => `<text x="${PADDING}" y="${first + i * TITLE_LINE}" font-size="${TITLE_SIZE}" font-weight="700" fill="#1c1c1e">${escapeXml(l)}</text>`),
    `<text x="${PADDING}" y="${CARD_HEIGHT - 55}" font-size="32" fill="#56565c">${escapeXml(footer)}</text>`,
    `</g></svg>`,
  ].join('\n');
}
