/** Shapes passed between pipeline stages. Records leaving the pipeline are in src/schema. */

/** One line of a source file after normalisation. */
export interface SourceLine {
  /** 1-based line number in the original file (front matter included). */
  line: number;
  /** Normalised text in the script of the source: what readers are shown. */
  text: string;
  /** The same line in Simplified characters: what the analysis stages match against. */
  plain: string;
}

/** Metadata from YAML front matter; each key overrides inference. */
export interface FrontMatter {
  source?: string;
  date?: string;
  page?: string;
  url?: string;
}
