/** Shapes passed between pipeline stages. Records leaving the pipeline are in src/schema. */
import type { FurnitureKind } from '../schema/article.ts';

/** One line of a source file after normalisation. */
export interface SourceLine {
  /** 1-based line number in the original file (front matter included). */
  line: number;
  /** Normalised text in the script of the source: what readers are shown. */
  text: string;
  /** The same line in Simplified characters: what the analysis stages match against. */
  plain: string;
}

/** Text a stage took out of the lines (page furniture, a gloss, a dateline), kept with its line. */
export interface SetAside {
  kind: FurnitureKind;
  line: number;
  text: string;
}

/** Metadata from YAML front matter; each key overrides inference. */
export interface FrontMatter {
  source?: string;
  date?: string;
  page?: string;
  url?: string;
}
