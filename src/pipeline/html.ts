/**
 * Text pasted from a web page sometimes arrives as HTML. Markup is not news text:
 * block tags become line breaks, script/style bodies and other tags are dropped,
 * entities are decoded, so the rest of the pipeline sees plain text.
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ldquo: '“', rdquo: '”', mdash: '—', hellip: '…' };

/**
 * true when page markup, not text, is what the file is made of. A `<script>` quoted in
 * a story is text about code, so only structural tags count.
 */
export function looksLikeHtml(text: string): boolean {
  const sample = text.slice(0, 20_000);
  const tags = sample.match(/<\/?(?:html|head|body|div|p|span|br|a|img|table|tr|td|li|ul|h[1-6]|section|article)\b[^>]*>/gi);
  return (tags?.length ?? 0) >= 3;
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

function decodeEntity(name: string): string | undefined {
  if (name[0] === '#') {
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : undefined;
  }
  return ENTITIES[name.toLowerCase()];
}
