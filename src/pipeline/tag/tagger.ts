/**
 * What a tagger holds: everything that depends on the taxonomy alone, built once
 * (the automaton over every name and signal, the lookups, the segmenter with the
 * taxonomy's names in its dictionary) and only read while articles are tagged.
 */
import { projectKey } from '../../schema/project-names.ts';
import type { District, Industry, Project, Taxonomy } from '../../schema/taxonomy.ts';
import { loadSegmenter, type Segmenter } from './jieba.ts';
import { EXTRA_WORDS } from './keywords.ts';
import { buildLexicon, type Lexicon } from './lexicon.ts';
import { parkStems } from './projects.ts';

export interface Tagger {
  readonly taxonomy: Taxonomy;
  readonly lexicon: Lexicon;
  /** nodejieba with the lexicon's words loaded once for this tagger; it can only read. */
  readonly segmenter: Segmenter;
  readonly places: ReadonlyMap<string, District>;
  readonly projects: ReadonlyMap<string, Project>;
  readonly industries: ReadonlyMap<string, Industry>;
  /** Taxonomy projects by the key of each name and alias (see projectKey): a variant spelling finds its entry. */
  readonly projectKeys: ReadonlyMap<string, string>;
  /** Keys of names that are never discovered projects (not-projects.yml). */
  readonly notProjects: ReadonlySet<string>;
  /** Industry signal words, which name no project on their own. */
  readonly genericWords: ReadonlySet<string>;
  /** Parks by the short name their branches take (天开 of 天开园 → 天开高教科创园, for 天开津南园). */
  readonly parkStems: ReadonlyMap<string, string>;
}

export function createTagger(taxonomy: Taxonomy): Tagger {
  const lexicon = buildLexicon(taxonomy);
  return {
    taxonomy,
    lexicon,
    segmenter: loadSegmenter([...lexicon.words, ...EXTRA_WORDS]),
    places: new Map(taxonomy.districts.map((d) => [d.slug, d])),
    projects: new Map(taxonomy.projects.map((p) => [p.slug, p])),
    industries: new Map(taxonomy.industries.map((i) => [i.slug, i])),
    projectKeys: new Map(taxonomy.projects.flatMap((p) => [p.name, ...p.aliases].map((form) => [projectKey(form), p.slug] as const))),
    notProjects: new Set(taxonomy.notProjects.map(projectKey)),
    genericWords: new Set(taxonomy.industries.flatMap((i) => [...i.signals, ...i.weak])),
    parkStems: parkStems(taxonomy),
  };
}

