/**
 * The Simplified→Traditional (Taiwan) converter for the 简/繁 switch. Loaded by a
 * dynamic import only when a reader asks for Traditional: OpenCC's core, its
 * character table and Taiwan variants (~50 KB), plus the phrase list trimmed to this
 * site's text at build time instead of OpenCC's full 1 MB list.
 */
import { ConverterFactory, type ConverterFunction, type DictLike } from 'opencc-js/core';
import STCharacters from 'opencc-js/dict/STCharacters';
import TWVariants from 'opencc-js/dict/TWVariants';
import TWVariantsPhrases from 'opencc-js/dict/TWVariantsPhrases';
import { openccPhrasesPath } from '../utils/urls.ts';

async function sitePhrases(): Promise<DictLike> {
  try {
    const response = await fetch(openccPhrasesPath);
    if (response.ok) {
      const text = await response.text();
      return text === '' ? [] : text;
    }
  } catch {
    // Offline or not built yet: fall through.
  }
  if (import.meta.env.DEV) {
    // The trimmed list exists only after a build; in dev use the full one.
    const [full, regional] = await Promise.all([import('opencc-js/dict/STPhrases'), import('opencc-js/dict/STPhrases_GeneratedFromRegionalPhrases')]);
    return `${full.default}|${regional.default}`;
  }
  // Character-by-character conversion still reads correctly in most places.
  return [];
}

export async function traditionalConverter(): Promise<ConverterFunction> {
  return ConverterFactory([await sitePhrases(), STCharacters], [TWVariantsPhrases, TWVariants]);
}
