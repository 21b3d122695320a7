/**
 * Traditional spellings, computed at build time with opencc-js so the browser never
 * loads OpenCC for search: names get their whole-phrase Traditional forms, free
 * text gets a per-character table cut down to the characters the site uses.
 */
import { Converter, Locale, Trie, type ConverterFunction, type DictGroup, type DictLike } from 'opencc-js';
import type { CharMap } from './query-fold.ts';

/** A Simplified → Traditional config of OpenCC's preset: normalised, cut into phrases, then converted in stages. */
interface ChainConfig {
  normalizationChain?: readonly DictGroup[];
  segmentation: DictLike | DictGroup;
  conversionChain: readonly DictGroup[];
}

/** The Traditional spellings a reader may type: Taiwan (with and without its phrase vocabulary, 智能→智慧, 项目→專案) and Hong Kong. */
const TRADITIONAL_CONFIGS = ['s2tw', 's2twp', 's2hk'] as const;

const sameDicts = (a: readonly unknown[] | undefined, b: readonly unknown[] | undefined): boolean =>
  a !== undefined && b !== undefined && a.length === b.length && a.every((d, i) => d === b[i]);
const sameGroups = (a: readonly DictGroup[] | undefined, b: readonly DictGroup[] | undefined): boolean =>
  a !== undefined && b !== undefined && a.length === b.length && a.every((g, i) => sameDicts(g, b[i]));

function trieOf(dicts: DictLike | DictGroup): Trie {
  const trie = new Trie();
  // As OpenCC reads a segmentation: a list of "key value|…" strings is a group, anything else one dictionary.
  if (Array.isArray(dicts) && dicts.every((d) => typeof d === 'string')) trie.loadDictGroup(dicts as DictGroup);
  else trie.loadDict(dicts as DictLike);
  return trie;
}

/**
 * The three Simplified → Traditional conversions of a text at once. OpenCC's three configs
 * differ only in their last stage: the normalisation, the phrase segmentation and the
 * Simplified → Traditional stage (its 1 MB phrase table) are the same dictionaries, which
 * three Converter()s would each load into tries of their own (125 MB of heap, held by the
 * data-files thread while the pages render). Here they are loaded once and the last stages
 * apply to the same segments, which is what each converter computes. Should a later
 * opencc-js shape its configs otherwise, each is its own Converter() again.
 */
function traditionalConverter(): (text: string) => string[] {
  const configs = TRADITIONAL_CONFIGS.map((name) => Locale.configs[name] as ChainConfig | undefined);
  const [first, ...rest] = configs;
  const shared =
    first !== undefined &&
    first.conversionChain.length === 2 &&
    Array.isArray(first.segmentation) &&
    rest.every(
      (c) =>
        c !== undefined &&
        c.conversionChain.length === 2 &&
        sameGroups(c.normalizationChain ?? [], first.normalizationChain ?? []) &&
        Array.isArray(c.segmentation) &&
        sameDicts(c.segmentation as readonly unknown[], first.segmentation as readonly unknown[]) &&
        sameDicts(c.conversionChain[0], first.conversionChain[0]),
    );
  if (!shared) {
    const converters = TRADITIONAL_CONFIGS.map((name) => Converter({ from: 'cn', to: name.slice(2) }));
    return (text) => converters.map((convert) => convert(text));
  }
  const normalize = (first.normalizationChain ?? []).map(trieOf);
  const segmenter = trieOf(first.segmentation);
  const traditional = trieOf(first.conversionChain[0]!);
  const regional = (configs as ChainConfig[]).map((c) => trieOf(c.conversionChain[1]!));
  return (text) => {
    const segments = segmenter.segment(normalize.reduce((t, trie) => trie.convert(t), text)).map((segment) => traditional.convert(segment));
    return regional.map((trie) => segments.map((segment) => trie.convert(segment)).join(''));
  };
}

/**
 * Built on first use: the config imports this module, and the dictionaries cost over a
 * second of the build's one thread before the parse workers could start.
 */
let converters: { toTraditional: (text: string) => string[]; fromTaiwan: ConverterFunction; fromHongKong: ConverterFunction } | null = null;

function opencc(): NonNullable<typeof converters> {
  converters ??= {
    toTraditional: traditionalConverter(),
    fromTaiwan: Converter({ from: 'tw', to: 'cn' }),
    fromHongKong: Converter({ from: 'hk', to: 'cn' }),
  };
  return converters;
}

/**
 * Lets the dictionaries go: the data-files thread has made every name's forms and the
 * character table before it writes the files, and holds the rest of its data until the
 * last page. Used again, they are built again.
 */
export function releaseConverters(): void {
  converters = null;
}

/** Traditional spellings of a Simplified name that differ from it, sorted, without duplicates. */
export function traditionalForms(name: string): string[] {
  const forms = new Set(opencc().toTraditional(name));
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
    for (const form of toTraditional(ch)) {
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
