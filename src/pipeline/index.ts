/**
 * parsePaper: one source file in, article records out. The only place that
 * composes the stages; each stage is a pure function in its own module.
 */
import type { Article, ParseResult } from '../schema/article.ts';
import type { StageWarning, Warning } from '../schema/warning.ts';
import { assemblePage } from './assemble.ts';
import { classifyLines } from './classify.ts';
import { dateStories } from './dates.ts';
import { decode, decodeWarning } from './decode.ts';
import { duplicateIdMessage, similarFileNames } from './file-names.ts';
import { splitFrontMatter } from './frontmatter.ts';
import { setAsideFurniture } from './furniture.ts';
import { plainBody } from './html.ts';
import { longLineWarnings, normalize } from './normalize.ts';
import { noArticleWarning, pageRecords, pageSource } from './record.ts';
import { splitStories } from './split/index.ts';
import { compareStrings } from '../lib/compare.ts';

export interface PaperInput {
  /** Path relative to the papers folder; it names the file in records and warnings. */
  file: string;
  bytes: Uint8Array;
  /** Why the file was not read (too large, not a text format); `bytes` is then empty and the reason becomes its warning. */
  notRead?: string;
}

/** What tagging adds to a record (issue: tagging). Injected so the pipeline core needs no dictionary. */
export type TagFn = (article: Article) => Pick<Article, 'tags' | 'keywords' | 'money' | 'milestones'>;

export interface ParseOptions {
  /** The paper that 本报讯 / 本报记者 refer to. */
  homePaper: string;
  tag?: TagFn;
}

export function parsePaper(input: PaperInput, options: ParseOptions): ParseResult {
  const { file } = input;
  const warnings: Warning[] = [];
  const warn = (w: StageWarning | null): void => {
    if (w) warnings.push({ file, line: w.line, code: w.code, message: w.message });
  };
  const empty = (): ParseResult => ({ articles: [], furniture: [], fragments: [], warnings });

  if (input.notRead !== undefined) {
    warn({ line: 0, code: 'not-read', message: input.notRead });
    return empty();
  }
  const decoded = decode(input.bytes);
  warn(decodeWarning(decoded));
  if (!decoded.ok) return empty();

  const front = splitFrontMatter(decoded.text);
  if (front.error) warn({ line: 1, code: 'front-matter', message: front.error });
  const body = plainBody(front.body, front.bodyLine);
  warn(body.warning);

  const { lines, script, setAside: glosses } = normalize(body.text, front.bodyLine);
  longLineWarnings(lines).forEach(warn);

  const page = setAsideFurniture(lines);
  const drafts = splitStories(classifyLines(page.lines, page.headline), { webPage: page.setAside.length > 0 });
  const assembled = assemblePage(drafts);
  const { stories } = assembled;

  const { articles, furniture, fragments } = pageRecords(assembled, [...glosses, ...page.setAside], {
    file,
    source: pageSource(stories, { frontMatter: front.meta.source, page: page.source }, options.homePaper),
    url: front.meta.url ?? null,
    page: front.meta.page ?? null,
    date: dateStories(lines, stories, front.meta.date ?? null),
    script,
    editors: page.editors,
  });

  if (articles.length === 0) warn(noArticleWarning(front.bodyLine, fragments));

  const tagged = options.tag ? articles.map((a) => ({ ...a, ...options.tag!(a) })) : articles;
  return { articles: tagged, furniture, fragments, warnings };
}

/** Parses many files; output order follows file names, never the order they were given in. */
export function parsePapers(inputs: PaperInput[], options: ParseOptions): ParseResult {
  const sorted = [...inputs].sort((a, b) => compareStrings(a.file, b.file));
  const out: ParseResult = { articles: [], furniture: [], fragments: [], warnings: similarFileNames(sorted.map((i) => i.file)) };
  const owners = new Map<string, string>();
  for (const input of sorted) {
    const result = parsePaper(input, options);
    for (const article of result.articles) {
      const owner = owners.get(article.id);
      if (owner === undefined) owners.set(article.id, input.file);
      else out.warnings.push({ file: input.file, line: article.line, code: 'duplicate-id', message: duplicateIdMessage(article.id, owner) });
    }
    out.articles.push(...result.articles);
    out.furniture.push(...result.furniture);
    out.fragments.push(...result.fragments);
    out.warnings.push(...result.warnings);
  }
  return out;
}
