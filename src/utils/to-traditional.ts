/**
 * Build-time Simplified→Traditional conversion (OpenCC, Taiwan standard), used to
 * match names in articles printed in Traditional characters. Built on first use:
 * the phrase table is large and most builds never need it.
 */
import { ConverterFactory, type ConverterFunction } from 'opencc-js/core';
import STCharacters from 'opencc-js/dict/STCharacters';
import STPhrases from 'opencc-js/dict/STPhrases';
import TWVariants from 'opencc-js/dict/TWVariants';
import TWVariantsPhrases from 'opencc-js/dict/TWVariantsPhrases';

let converter: ConverterFunction | null = null;

export function toTraditional(text: string): string {
  converter ??= ConverterFactory([STPhrases, STCharacters], [TWVariantsPhrases, TWVariants]);
  return converter(text);
}
