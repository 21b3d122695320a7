/**
 * The CJK font the share images are drawn with, as fontconfig resolves it (sharp
 * renders SVG text through fontconfig; the glyph advances are read from the same
 * files). Null when the machine has no font that covers Chinese: the images would
 * show empty boxes, so none are made.
 */
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';

/** One face of a font file (a TrueType collection holds several), by its PostScript name. */
export interface FontFace {
  file: string;
  postscriptName: string;
}

/** The faces the share cards are drawn with. */
export interface CardFonts {
  /** The family fontconfig knows both faces by. */
  family: string;
  bold: FontFace;
  regular: FontFace;
}

export interface CjkFont extends CardFonts {
  /** Changes when a font file does, so cached images are redrawn. */
  fingerprint: string;
}

/** fontconfig's answer to `pattern`: file, family, PostScript name and languages of the best match. */
function match(pattern: string): { face: FontFace; family: string; langs: string[] } | null {
  const out = execFileSync('fc-match', ['-f', '%{file}\\n%{family[0]}\\n%{postscriptname}\\n%{lang}', pattern], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const [file = '', family = '', postscriptName = '', langs = ''] = out.split('\n');
  return file && family ? { face: { file, postscriptName }, family, langs: langs.split('|') } : null;
}

export function findCjkFont(): CjkFont | null {
  try {
    // The best bold font for Simplified Chinese; fontconfig answers with some font even when none covers it.
    const bold = match(':lang=zh-cn:weight=bold');
    if (!bold || !bold.langs.includes('zh-cn')) return null;
    // The footer's weight in that family, as the card's SVG asks for it (the bold face again where there is no other).
    const regular = match(`${bold.family.replace(/[-\\:,]/g, '\\$&')}:lang=zh-cn:weight=regular`) ?? bold;
    const stamp = ({ file, postscriptName }: FontFace): string => {
      const { size, mtimeMs } = statSync(file);
      return `${file}:${postscriptName}:${size}:${Math.round(mtimeMs)}`;
    };
    return { family: bold.family, bold: bold.face, regular: regular.face, fingerprint: `${bold.family}|${stamp(bold.face)}|${stamp(regular.face)}` };
  } catch {
    return null;
  }
}
