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

export const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** One line of text on the card, in the card's 1200×630 units; `y` is the baseline. */
export interface CardText {
  x: number;
  y: number;
  size: number;
  bold: boolean;
  fill: string;
  text: string;
}

/** The card's colours: the text colours are the only ones drawn over the paper. */
export const CARD_COLORS = { paper: '#fbfaf7', accent: '#a3141c', rule: '#dcd9d2', ink: '#1c1c1e', muted: '#56565c' } as const;
export const CARD_TEXT_FILLS: readonly string[] = [CARD_COLORS.accent, CARD_COLORS.ink, CARD_COLORS.muted];

/** A filled rectangle of the card's fixed background, in card units. */
export interface CardRect {
  x: number;
  y: number;
  width: number;
  height: number;
  fill: string;
}

/** The same for every card: paper, the red band on top, the rule above the footer. */
export const CARD_BACKGROUND: readonly CardRect[] = [
  { x: 0, y: 0, width: CARD_WIDTH, height: CARD_HEIGHT, fill: CARD_COLORS.paper },
  { x: 0, y: 0, width: CARD_WIDTH, height: 14, fill: CARD_COLORS.accent },
  { x: PADDING, y: CARD_HEIGHT - 110, width: CARD_WIDTH - 2 * PADDING, height: 2, fill: CARD_COLORS.rule },
];

/** Image pixels per card unit. */
export const CARD_SCALE = IMAGE_WIDTH / CARD_WIDTH;

/** The card's lines of text: kicker, title (wrapped), footer. */
export function cardTexts(card: OgCard): CardText[] {
  const inner = CARD_WIDTH - 2 * PADDING;
  const lines = wrap(card.title, inner / TITLE_SIZE, MAX_LINES);
  // The title block is centred in the space between the kicker and the footer.
  const top = 150;
  const bottom = CARD_HEIGHT - 130;
  const first = Math.round(top + (bottom - top - lines.length * TITLE_LINE) / 2 + TITLE_SIZE);
  const footer = wrap(card.footer, inner / 32, 1)[0] ?? '';
  return [
    { x: PADDING, y: 110, size: 36, bold: true, fill: CARD_COLORS.accent, text: card.kicker },
    ...lines.map((text, i) => ({ x: PADDING, y: first + i * TITLE_LINE, size: TITLE_SIZE, bold: true, fill: CARD_COLORS.ink, text })),
    { x: PADDING, y: CARD_HEIGHT - 55, size: 32, bold: false, fill: CARD_COLORS.muted, text: footer },
  ];
}

export const rectSvg = (r: CardRect): string => `<rect${r.x ? ` x="${r.x}"` : ''}${r.y ? ` y="${r.y}"` : ''} width="${r.width}" height="${r.height}" fill="${r.fill}"/>`;

/** The card as SVG; `family` is the CJK font to draw with (see io/cjk-font.ts). */
export function cardSvg(card: OgCard, family = 'Noto Sans CJK SC'): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${IMAGE_WIDTH}" height="${IMAGE_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}">`,
    ...CARD_BACKGROUND.map(rectSvg),
    `<g font-family="${escapeXml(`'${family}', sans-serif`)}">`,
    ...cardTexts(card).map((t) => `<text x="${t.x}" y="${t.y}" font-size="${t.size}"${t.bold ? ' font-weight="700"' : ''} fill="${t.fill}">${escapeXml(t.text)}</text>`),
    `</g></svg>`,
  ].join('\n');
}
