/**
 * Folds text for matching without moving any character: every code unit maps
 * to exactly one code unit, so offsets in the folded text are offsets in the
 * original. Full-width ASCII becomes ASCII, ASCII letters lower-case, and the
 * middle dots and brackets editors and sources mix are unified.
 */

const SAME: Record<string, string> = {
  '（': '(',
  '）': ')',
  '・': '·',
  '•': '·',
  '‧': '·',
  '∙': '·',
  '〔': '(',
  '〕': ')',
  '\u3000': ' ',
};

const NEEDS_FOLD = /[\uff01-\uff5e（）・•‧∙〔〕\u3000A-Z]/g;

function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  const mapped = code >= 0xff01 && code <= 0xff5e ? String.fromCharCode(code - 0xfee0) : (SAME[ch] ?? ch);
  return mapped >= 'A' && mapped <= 'Z' ? mapped.toLowerCase() : mapped;
}

export function fold(text: string): string {
  return text.replace(NEEDS_FOLD, foldChar);
}
