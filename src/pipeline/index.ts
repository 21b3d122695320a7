/**
 * parsePaper: one source file in, article records out. The only place that
 * composes the stages; each stage is a pure function in its own module.
 */
import type { Article, Fragment, ParseResult, Warning } from '../schema/article.ts';
import { assemblePage } from './assemble.ts';
import { classifyLines } from './classify.ts';
import { dateStories } from './dates.ts';
import { decode } from './decode.ts';
import { duplicateIdMessage, similarFileNames } from './file-names.ts';
import { splitFrontMatter } from './frontmatter.ts';
import { setAsideFurniture } from './furniture.ts';
import { htmlToText, looksLikeHtml } from './html.ts';
import { normalize } from './normalize.ts';
import { pageRecords, pageSource } from './record.ts';
import { splitStories } from './split/index.ts';

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

/** A line longer than this was not broken by its producer; worth telling the editor. */
const LONG_LINE = 100_000;
/** Bump when a stage changes its output, so digest caches know to re-parse. */
export const PIPELINE_VERSION = '2';

export function parsePaper(input: PaperInput, options: ParseOptions): ParseResult {
  const { file } = input;
  const warnings: Warning[] = [];
  const empty = (): ParseResult => ({ articles: [], furniture: [], fragments: [], warnings });

  if (input.notRead !== undefined) {
    warnings.push({ file, line: 0, message: input.notRead });
    return empty();
  }
  const decoded = decode(input.bytes);
  if (!decoded.ok) {
    warnings.push({ file, line: decoded.line, message: decoded.message });
    return empty();
  }
  if (decoded.mixed) {
    const ranges = decoded.mixed.map(([a, b]) => (a === b ? `${a}` : `${a}–${b}`)).join(', ');
    const which = decoded.mixed.length === 1 && decoded.mixed[0]![0] === decoded.mixed[0]![1] ? 'line' : 'lines';
    const verb = which === 'line' ? 'is' : 'are';
    warnings.push({ file, line: decoded.mixed[0]![0], message: `${which} ${ranges} ${verb} GB18030 (GBK), the rest UTF-8: decoded line by line; consider saving the file as UTF-8` });
  } else if (decoded.encoding !== 'utf-8') {
    const name = { 'utf-16le': 'UTF-16 LE', 'utf-16be': 'UTF-16 BE', gb18030: 'GB18030 (GBK)' }[decoded.encoding];
    const bom = decoded.encoding.startsWith('utf-16') && !decoded.bom ? ' without a byte order mark' : '';
    warnings.push({ file, line: 1, message: `decoded as ${name}${bom}; consider saving the file as UTF-8` });
  }

  const front = splitFrontMatter(decoded.text);
  // The message says "front matter:" itself.
  if (front.error) warnings.push({ file, line: 1, message: front.error });
  let body = front.body;
  if (looksLikeHtml(body)) {
    const converted = htmlToText(body);
    warnings.push({ file, line: front.bodyLine + converted.firstTagLine - 1, message: 'HTML markup found and removed; please supply plain text' });
    body = converted.text;
  }

  const { lines, script, setAside: glosses } = normalize(body, front.bodyLine);
  for (const line of lines) {
    if (line.text.length > LONG_LINE) {
      warnings.push({ file, line: line.line, message: `line is ${line.text.length} characters long with no line break; it is read as one paragraph` });
    }
  }

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

  if (articles.length === 0) warnings.push(noStoryWarning(file, front.bodyLine, fragments));

  const tagged = options.tag ? articles.map((a) => ({ ...a, ...options.tag!(a) })) : articles;
  return { articles: tagged, furniture, fragments, warnings };
}

/** Why a file gave no article, and where its text went: nowhere is lost, and the editor is told so. */
function noStoryWarning(file: string, bodyLine: number, fragments: readonly Fragment[]): Warning {
  if (fragments.length === 0) return { file, line: bodyLine, message: 'no article found in this file (all its lines are page furniture)' };
  const chars = fragments.reduce((n, f) => n + f.text.length, 0);
  const count = fragments.length === 1 ? '1 fragment' : `${fragments.length} fragments`;
  return { file, line: fragments[0]!.line, message: `no story found (no headline or lead): its text, ${chars} characters from line ${fragments[0]!.line}, is kept as ${count}` };
}

/** Parses many files; output order follows file names, never the order they were given in. */
export function parsePapers(inputs: PaperInput[], options: ParseOptions): ParseResult {
  const sorted = [...inputs].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const out: ParseResult = { articles: [], furniture: [], fragments: [], warnings: similarFileNames(sorted.map((i) => i.file)) };
  const owners = new Map<string, string>();
  for (const input of sorted) {
    const result = parsePaper(input, options);
    for (const article of result.articles) {
      const owner = owners.get(article.id);
      if (owner === undefined) owners.set(article.id, input.file);
      else out.warnings.push({ file: input.file, line: article.line, message: duplicateIdMessage(article.id, owner) });
    }
    out.articles.push(...result.articles);
    out.furniture.push(...result.furniture);
    out.fragments.push(...result.fragments);
    out.warnings.push(...result.warnings);
  }
  return out;
}
