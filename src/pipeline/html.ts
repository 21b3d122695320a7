/**
 * Text pasted from a web page sometimes arrives as HTML. Markup is not news text:
 * block tags become line breaks, script/style bodies and other tags are dropped,
 * entities are decoded, so the rest of the pipeline sees plain text.
 */
import type { StageWarning } from '../schema/warning.ts';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ldquo: '“', rdquo: '”', mdash: '—', hellip: '…' };

/** Tags whose presence marks a text as an HTML page rather than a plain dump. */
const DOCUMENT_TAG = /<(?:!doctype\s+html|html|head|body)[\s>]/i;
const COMMON_TAG =
  /<\/?(?:a|article|br|div|em|h[1-6]|hr|img|li|link|meta|ol|p|script|section|span|strong|style|table|td|th|tr|ul)(?:[\s/][^<>]{0,500})?>/gi;

/**
 * True when markup dominates: a document-level tag (<!doctype html>, <html>,
 * <head>, <body>), or at least 3 common tags making up a fifth or more of the
 * non-whitespace characters. A stray `<script>` quoted in an article does not
 * count; the caller warns, and tag stripping happens in a later stage.
 */
export function looksLikeHtml(text: string): boolean {
  if (!text.includes('<')) return false;
  if (DOCUMENT_TAG.test(text)) return true;
  let tags = 0;
  let markup = 0;
  for (const m of text.matchAll(COMMON_TAG)) {
    tags++;
    markup += m[0].length;
  }
  if (tags < 3) return false;
  const visible = text.replace(/\s+/g, '').length;
  return markup / visible >= 0.2;
}

/** Returns the text and the 1-based line of the first tag, for the warning. */
export function htmlToText(html: string): { text: string; firstTagLine: number } {
  const first = html.search(/<[a-z!/]/i);
  const firstTagLine = first < 0 ? 1 : html.slice(0, first).split('\n').length;
  const text = html
    .replace(/<(script|style|noscript)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<\s*br\s*\/?>/gi, '\n')
    .replace(/<\/?(?:p|div|h[1-6]|li|tr|section|article|header|footer|blockquote|table|ul|ol)\b[^>]*>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => decodeEntity(name) ?? whole);
  return { text, firstTagLine };
}

/** The body as plain text: an HTML body converted, with a warning naming its first tag's line (`firstLine` is the body's). */
export function plainBody(body: string, firstLine: number): { text: string; warning: StageWarning | null } {
  if (!looksLikeHtml(body)) return { text: body, warning: null };
  const converted = htmlToText(body);
  return { text: converted.text, warning: { line: firstLine + converted.firstTagLine - 1, code: 'html', message: 'HTML markup found and removed; please supply plain text' } };
}

function decodeEntity(name: string): string | undefined {
  if (name[0] === '#') {
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : undefined;
  }
  return ENTITIES[name.toLowerCase()];
}
