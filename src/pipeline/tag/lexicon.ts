/**
 * Turns the taxonomy into the surface forms the matcher looks for. Two layers
 * are read independently: names (places, projects, organisations and the
 * phrases that only look like them) and industry signals.
 */
import type { PlaceKind, Taxonomy } from '../../schema/taxonomy.ts';
import { fold } from './fold.ts';
import { buildMatcher, type Hit, type Matcher } from './matcher.ts';

export type NameTarget =
  /** `bare`: a generic word (高新区) that names the place only among other places (see places.ts). */
  | { type: 'place'; slug: string; name: string; kind: PlaceKind; bare?: true }
  | { type: 'project'; slug: string; name: string }
  | { type: 'organization'; slug: string; name: string }
  /** A phrase that contains a name but means something else (南开大学 for 南开区). */
  | { type: 'shadow'; phrase: string };

export interface SignalTarget {
  industries: { slug: string; name: string }[];
  weak: boolean;
}

export type LexiconValue = { layer: 'name'; target: NameTarget; form: string } | { layer: 'signal'; target: SignalTarget; form: string };

export interface Lexicon {
  matcher: Matcher<LexiconValue>;
  /** Every form worth a single token in the segmenter's dictionary. */
  words: string[];
}

/** "天津" / "天津市" in front of a Tianjin place name is understood without listing it. */
const CITY_PREFIXES = ['天津', '天津市'];

export function buildLexicon(taxonomy: Taxonomy): Lexicon {
  const names = new Map<string, LexiconValue>();
  const generated = new Map<string, LexiconValue>();
  const shadows = new Map<string, LexiconValue>();
  const signals = new Map<string, { layer: 'signal'; target: SignalTarget; form: string }>();

  const addName = (form: string, target: NameTarget): void => {
    const key = fold(form);
    if (!names.has(key)) names.set(key, { layer: 'name', target, form });
  };

  for (const place of taxonomy.districts) {
    const target: NameTarget = { type: 'place', slug: place.slug, name: place.name, kind: place.kind };
    const forms = [place.name, ...place.aliases];
    for (const form of forms) addName(form, target);
    if (place.kind !== 'other-place') {
      for (const form of forms) {
        for (const prefix of CITY_PREFIXES) {
          if (!form.startsWith('天津')) generated.set(fold(prefix + form), { layer: 'name', target, form: prefix + form });
        }
      }
    }
    for (const phrase of place.not) shadows.set(fold(phrase), { layer: 'name', target: { type: 'shadow', phrase }, form: phrase });
    for (const form of place.bare) addName(form, { ...target, bare: true });
  }
  for (const project of taxonomy.projects) {
    const target: NameTarget = { type: 'project', slug: project.slug, name: project.name };
    for (const form of [project.name, ...project.aliases]) addName(form, target);
    for (const phrase of project.not) shadows.set(fold(phrase), { layer: 'name', target: { type: 'shadow', phrase }, form: phrase });
  }
  for (const org of taxonomy.organizations ?? []) {
    const target: NameTarget = { type: 'organization', slug: org.slug, name: org.name };
    for (const form of [org.name, ...org.aliases]) addName(form, target);
  }
  for (const industry of taxonomy.industries) {
    const ref = { slug: industry.slug, name: industry.name };
    for (const [list, weak] of [
      [industry.signals, false],
      [industry.weak, true],
    ] as const) {
      for (const form of list) {
        const key = fold(form);
        const existing = signals.get(key);
        if (!existing) signals.set(key, { layer: 'signal', target: { industries: [ref], weak }, form });
        else if (!existing.target.industries.some((i) => i.slug === ref.slug)) {
          existing.target.industries.push(ref);
          // A word that is a full signal for any industry is not weak.
          existing.target.weak = existing.target.weak && weak;
        }
      }
    }
  }

  // Written names beat generated ones, and real names beat shadows.
  const nameLayer = new Map(shadows);
  for (const [key, value] of generated) nameLayer.set(key, value);
  for (const [key, value] of names) nameLayer.set(key, value);

  const patterns = [
    ...[...nameLayer].map(([text, value]) => ({ text, value })),
    ...[...signals].map(([text, value]) => ({ text, value: value as LexiconValue })),
  ];
  const words = [...new Set(patterns.map((p) => p.value.form).filter((w) => w.length >= 2))].sort();
  return { matcher: buildMatcher(patterns), words };
}

const ALNUM = /[0-9a-z]/;
const HAN = /[\u4e00-\u9fff]/;
/** What may stand before a name in a list: 、 is punctuation; these join items. */
const LIST_JOINER = /[和与及]/;

/**
 * Context rules a list of names cannot express: a name that starts or ends with
 * a digit or Latin letter must not continue a longer number or word (1247 in
 * 12470), a name ending in 区 followed by 域 is the word 区域, and a place's bare
 * word (高新区) after another character is the end of a longer name.
 */
export function acceptInContext(text: string): (hit: Hit<LexiconValue>) => boolean {
  return (hit) => {
    const form = text.slice(hit.start, hit.end);
    const before = text[hit.start - 1] ?? '';
    const after = text[hit.end] ?? '';
    if (ALNUM.test(form[0]!) && ALNUM.test(before)) return false;
    if (ALNUM.test(form[form.length - 1]!) && ALNUM.test(after)) return false;
    if (form.endsWith('区') && after === '域') return false;
    // A generic word closing a longer name (华明高新区) is that name's, not the place it stands for alone.
    if (hit.value.layer === 'name' && hit.value.target.type === 'place' && hit.value.target.bare && HAN.test(before) && !LIST_JOINER.test(before)) return false;
    return true;
  };
}
