/**
 * Simplified/Traditional conversion (opencc-js) and script detection.
 *
 * Imports only the opencc-js core and the two presets it needs; the tries are
 * built on first use because building them costs tens of milliseconds
 * (Simplified → Traditional: ~200 ms for the 1 MB phrase table), and most runs
 * never need the Traditional direction.
 */
import { ConverterBuilder, type ConverterFunction, type LocalePreset } from 'opencc-js/core';
import * as t2cn from 'opencc-js/preset/t2cn';
import * as cn2t from 'opencc-js/preset/cn2t';
import type { Script } from '../schema/article.ts';

let simplify: ConverterFunction | undefined;
let traditionalize: ConverterFunction | undefined;

/**
 * Traditional texts reach us from Taiwan and Hong Kong sources alike, so the
 * regional variants of both are folded to OpenCC's standard forms before the
 * Traditional → Simplified step (plain `tw2s` leaves the HK 衞 unconverted,
 * plain `t2s` leaves the TW 著 in 著重 alone). The `tw2s` config supplies the
 * phrase segmentation and the CJK compatibility ideograph normalisation.
 */
function simplifier(): ConverterFunction {
  if (!simplify) {
    const hk = t2cn.from['hk'];
    const tw = t2cn.from['tw'];
    const cn = t2cn.to['cn'];
    const base = t2cn.configs['tw2s'];
    if (!hk || !tw || !cn || !base) throw new Error('opencc-js: t2cn preset lacks hk/tw/cn dictionaries');
    const preset: LocalePreset = {
      from: { hktw: [...hk, ...tw] },
      to: { cn },
      // Spread keeps `normalizationChain`, which the builder honours but the typings omit.
      configs: { hktw2s: { ...base, conversionChain: [...hk, ...tw, ...cn] } },
    };
    simplify = ConverterBuilder(preset)({ from: 'hktw', to: 'cn' });
  }
  return simplify;
}

function traditionalizer(): ConverterFunction {
  traditionalize ??= ConverterBuilder(cn2t)({ from: 'cn', to: 'tw' });
  return traditionalize;
}

/** Traditional (Taiwan or Hong Kong forms) → Simplified (mainland). */
export function toSimplified(s: string): string {
  return s === '' ? s : simplifier()(s);
}

/** Simplified → Traditional, Taiwan standard: the site's 繁 view. */
export function toTraditional(s: string): string {
  return s === '' ? s : traditionalizer()(s);
}

/**
 * Share of Han characters that must change under Traditional → Simplified for a
 * text to count as Traditional. In running Traditional prose roughly a quarter
 * to a third of all characters differ (們 這 個 來 說 會 為 國 …); in Simplified
 * prose the only characters the converter touches are ones both standards share
 * (著 in 著名, 乾 in 乾坤, 於 as a surname) or a stray 後, well under 1 %.
 * 10 % sits far from both.
 */
const HANT_SHARE = 0.1;
/**
 * Distinct changed characters a Traditional text must show. Strays in
 * Simplified text come from a handful of characters (著 乾 於 後 …), so a short
 * Simplified line can pass the share with one or two of them; Traditional text
 * of any length brings many different ones (開 創 寶 區 網 聯 車 in eight words).
 */
const HANT_MIN_DISTINCT = 3;

/**
 * 'hant' when a meaningful share of the Han characters would change under
 * Traditional → Simplified conversion, else 'hans'.
 *
 * Converts each distinct character on its own (so phrase conversion cannot
 * shift positions) and weights it by its occurrences: one pass over the text
 * plus a few thousand one-character conversions, whatever the text's size.
 */
export function detectScript(text: string): Script {
  // Counts per code point: a flat array for the BMP (this loop sees every
  // character of a 20 MB corpus), a Map for the rare supplementary-plane Han.
  const bmp = bmpCounts;
  const seen: number[] = [];
  const astral = new Map<number, number>();
  let han = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x3400) continue;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const lo = text.charCodeAt(i + 1);
      if (lo < 0xdc00 || lo > 0xdfff) continue;
      const cp = 0x10000 + ((c - 0xd800) << 10) + (lo - 0xdc00);
      i++;
      if (isHan(cp)) {
        han++;
        astral.set(cp, (astral.get(cp) ?? 0) + 1);
      }
    } else if (isHan(c)) {
      han++;
      if (bmp[c]!++ === 0) seen.push(c);
    }
  }
  let changed = 0;
  let distinct = 0;
  const tally = (cp: number, n: number): void => {
    if (!changesAlone(cp)) return;
    changed += n;
    distinct++;
  };
  // Only the characters this text holds, and their counts put back to 0 for the next text.
  for (const cp of seen) {
    tally(cp, bmp[cp]!);
    bmp[cp] = 0;
  }
  if (han === 0) return 'hans';
  for (const [cp, n] of astral) tally(cp, n);
  return distinct >= HANT_MIN_DISTINCT && changed / han >= HANT_SHARE ? 'hant' : 'hans';
}

/** detectScript's counts, kept between calls (all 0 between them): a fresh array was 256 KB to clear and scan per text. */
const bmpCounts = new Int32Array(0x10000);

/** Per code point (a flat array for the BMP): 0 or absent not yet converted, 1 kept, 2 changed by Traditional → Simplified on its own. */
const bmpChanges = new Uint8Array(0x10000);
const astralChanges = new Map<number, 1 | 2>();

/**
 * Whether Traditional → Simplified changes the character `cp` on its own. Remembered for the process: every
 * paper asks about the same few thousand characters, and a conversion call costs far more than a lookup.
 */
function changesAlone(cp: number): boolean {
  const known = cp < 0x10000 ? bmpChanges[cp] : astralChanges.get(cp);
  if (known) return known === 2;
  const ch = String.fromCodePoint(cp);
  const changes = simplifier()(ch) !== ch ? 2 : 1;
  if (cp < 0x10000) bmpChanges[cp] = changes;
  else astralChanges.set(cp, changes);
  return changes === 2;
}

/** Han ideographs: unified, extension A, compatibility, and the supplementary planes 2–3. */
export function isHan(cp: number): boolean {
  return (
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0x20000 && cp <= 0x3ffff)
  );
}
