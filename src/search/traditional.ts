/**
 * Traditional spellings, computed at build time with opencc-js so the browser never
 * loads OpenCC for search: names get their whole-phrase Traditional forms, free
 * text gets a per-character table cut down to the characters the site uses.
 */
import { Converter, type ConverterFunction } from 'opencc-js';
import type { CharMap } from './query-fold.ts';

/**
 * Taiwan (with and without its phrase vocabulary, 智能→智慧, 项目→專案) and
 * Hong Kong standards: the spellings a Traditional reader may type. Built on first
 * use: the config imports this module, and its five dictionaries cost over a second
 * of the build's one thread before the parse workers could start.
 */
let converters: { toTraditional: ConverterFunction[]; fromTaiwan: ConverterFunction; fromHongKong: ConverterFunction } | null = null;

function opencc(): NonNullable<typeof converters> {
  converters ??= {
    toTraditional: [Converter({ from: 'cn', to: 'tw' }), Converter({ from: 'cn', to: 'twp' }), Converter({ from: 'cn', to: 'hk' })],
    fromTaiwan: Converter({ from: 'tw', to: 'cn' }),
    fromHongKong: Converter({ from: 'hk', to: 'cn' }),
  };
  return converters;
}

/** Traditional spellings of a Simplified name that differ from it, sorted, without duplicates. */
export function traditionalForms(name: string): string[] {
  const forms = new Set(opencc().toTraditional.map((convert) => convert(name)));
  forms.delete(name);
  return [...forms].sort();
}

const HAN = /^\p{Script=Han}$/u;

/**
 * Every character of `texts` once. A regular expression match per character of the
 * whole archive cost more than the rest of the table; a code point scan into a set
 * does the same in a fraction, and the Han test then runs once per distinct character.
 */
function distinctCharacters(texts: Iterable<string>): string[] {
  const seen = new Set<number>();
  for (const text of texts) {
    for (let i = 0; i < text.length; i += 1) {
      const code = text.codePointAt(i)!;
      if (code > 0xffff) i += 1;
      seen.add(code);
    }
  }
  return [...seen].map((code) => String.fromCodePoint(code));
}

/**
 * Traditional → Simplified for the Han characters of `texts`: for each character
 * its Taiwan and Hong Kong forms map back to it. A form that the texts themselves
 * use as a character is left out (mapping it would rewrite a character the index
 * holds), and when two characters share a form, the one OpenCC converts it back to
 * wins; the table is sorted so the output is byte-identical for the same texts.
 */
export function buildCharMap(texts: Iterable<string>): CharMap {
  const used = new Set<string>();
  for (const ch of distinctCharacters(texts)) if (HAN.test(ch)) used.add(ch);
  const { toTraditional, fromTaiwan, fromHongKong } = opencc();
  const candidates = new Map<string, Set<string>>();
  for (const ch of used) {
    for (const convert of toTraditional) {
      const form = convert(ch);
      if (form === ch || [...form].length !== 1 || used.has(form)) continue;
      const set = candidates.get(form) ?? new Set<string>();
      set.add(ch);
      candidates.set(form, set);
    }
  }
  const map: Record<string, string> = {};
  for (const form of [...candidates.keys()].sort()) {
    const sources = [...candidates.get(form)!].sort();
    const back = [fromTaiwan(form), fromHongKong(form)].find((s) => sources.includes(s));
    map[form] = back ?? sources[0]!;
  }
  return map;
}
