/**
 * The CJK font the share images are drawn with, as fontconfig resolves it (sharp
 * renders SVG text through fontconfig). Null when the machine has no font that
 * covers Chinese: the images would show empty boxes, so none are made.
 */
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';

export interface CjkFont {
  file: string;
  /** The family name to ask for, e.g. "Noto Sans CJK SC". */
  family: string;
  /** Changes when the font file does, so cached images are redrawn. */
  fingerprint: string;
}

export function findCjkFont(): CjkFont | null {
  try {
    // The best bold font for Simplified Chinese; fontconfig answers with some font even when none covers it.
    const out = execFileSync('fc-match', ['-f', '%{file}\\n%{family[0]}\\n%{lang}', ':lang=zh-cn:weight=bold'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const [file = '', family = '', langs = ''] = out.split('\n');
    if (!file || !family || !langs.split('|').includes('zh-cn')) return null;
    const { size, mtimeMs } = statSync(file);
    return { file, family, fingerprint: `${file}:${family}:${size}:${Math.round(mtimeMs)}` };
  } catch {
    return null;
  }
}
