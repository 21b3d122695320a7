/**
 * What Pagefind indexes for one article, made from the record rather than read back
 * from the built page: the same text a reader sees in the page's indexed part
 * (column, kicker, the heading, subtitle, the body with the lead's dateline), segmented
 * one Han character per word (segment.ts), in Simplified for Traditional sources,
 * with its filters, sort key and metadata (pagefind-fields.ts).
 * Built from data, the index can be made while the pages render, and its input
 * hashed for the build cache.
 */
import type { Article } from '../schema/article.ts';
import { displayTitle } from '../utils/articles.ts';
import { articlePath } from '../utils/urls.ts';
import { pagefindFields } from './pagefind-fields.ts';
import { BLOCK_BREAK, segmentText } from './segment.ts';

/** Pagefind's CustomRecord, declared here so the pure code does not import the indexer. */
export interface PagefindRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

/**
 * The records' language, as Pagefind reads it: "und" (undetermined), not the pages' zh-CN.
 * For zh Pagefind runs its dictionary segmenter (jieba) over the content, although
 * segmentText has already made every Han character a word of its own, so it could only
 * find the same words again: a third of the index's time at 10,000 articles (2.4 s a part
 * against 1.7 s). For a language it has no rules for it splits at spaces and punctuation
 * and lowercases, as it does for zh. The search page (lang zh-CN) finds no index of its
 * language and loads the largest, as Pagefind does; there is one.
 */
export const INDEX_LANGUAGE = 'und';

/** The blocks of the page's indexed part, in reading order. */
function indexedBlocks(article: Article): string[] {
  const lead = article.dateline ? article.paragraphs.findIndex((p) => p.kind === 'text') : -1;
  return [
    article.column,
    article.kicker,
    // The page's h1: an untitled story is headed by its opening words.
    displayTitle(article),
    article.subtitle,
    ...article.paragraphs.map((p, i) => (i === lead ? `${article.dateline}${p.text}` : p.text)),
  ].filter((t): t is string => Boolean(t));
}

/** Pagefind ends an HTML block that has no closing punctuation with ". ", so excerpts keep sentences apart. */
const CLOSED = /\p{P}$/u;

function joinBlocks(blocks: readonly string[]): string {
  return blocks.reduce((text, block, i) => (i === 0 ? block : `${text}${CLOSED.test(text) ? ' ' : '. '}${block}`), '');
}

/**
 * The page's indexed text as search results quote it (Pagefind's content, unsegmented):
 * blocks run on after closing punctuation and are parted by BLOCK_BREAK otherwise.
 */
export function pageText(article: Article, toSimplified: (text: string) => string): string {
  const convert = article.script === 'hant' ? toSimplified : (t: string) => t;
  return indexedBlocks(article)
    .map(convert)
    .reduce((text, block, i) => (i === 0 ? block : `${text}${CLOSED.test(text) ? '' : BLOCK_BREAK}${block}`), '');
}

/** The record for one article; its content is what Pagefind reads from the page's HTML, made from the data. */
export function pagefindRecord(article: Article, toSimplified: (text: string) => string): PagefindRecord {
  const convert = article.script === 'hant' ? toSimplified : (t: string) => t;
  const content = joinBlocks(indexedBlocks(article).map((block) => segmentText(convert(block))));
  return { url: articlePath(article.id), content, language: INDEX_LANGUAGE, ...pagefindFields(article) };
}
