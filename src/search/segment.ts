/**
 * Word boundaries that indexing and querying agree on.
 *
 * Pagefind segments Chinese with a dictionary when it indexes (jieba, via charabia)
 * and with the browser's Intl.Segmenter when it searches. The two disagree, so
 * 生态城 is indexed as 生态 + 城 and a search for it also finds every page with
 * 生态 somewhere and 城 somewhere else. Here both sides make every Han character
 * its own word: the indexer sees "生 态 城", the query becomes the phrase
 * "\"生 态 城\"", and Pagefind's phrase matching then finds exactly the pages where
 * those characters stand next to each other. No dictionary is involved on either
 * side, so nothing can drift apart. The indexer is given the text of the records
 * (pagefind-record.ts), not the built pages.
 */

/** A space goes wherever a Han character meets any other character. */
const BETWEEN = /(?<=\p{Script=Han})(?=\S)|(?<=\S)(?=\p{Script=Han})/gu;

/** Separates every Han character from its neighbours by a space; nothing is added at the ends. */
export function segmentText(text: string): string {
  return text.replace(BETWEEN, ' ');
}

/**
 * The Pagefind query for one search term: a quoted phrase of its segmented words.
 * Pagefind honours one phrase per query, so callers search term by term.
 */
export function phraseQuery(term: string): string {
  const words = segmentText(term.replace(/"/g, ' ')).trim().split(/\s+/).filter(Boolean);
  return words.length === 0 ? '' : `"${words.join(' ')}"`;
}

/** Shown where Pagefind marks the end of a block (". ") inside Chinese text. */
export const BLOCK_BREAK = '｜';

/**
 * Pagefind's view of a segmented page (its `content`, `excerpt`, titles taken from
 * text) has spaces around every Han character; readers should not see them. A space
 * touching a Han character or CJK punctuation goes; spaces between Latin words stay.
 * The ". " Pagefind puts after a heading or paragraph that ends without punctuation
 * becomes a visible break, so a title does not run into the text after it.
 */
export function unsegment(text: string): string {
  return text
    .replace(/[\u200b\s]+/g, ' ')
    .replace(/(?<=[\p{Script=Han}”’」』）)]) ?\. (?=\S)/gu, BLOCK_BREAK)
    .replace(/ (?=[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2018-\u201f\u2026\u2014])/gu, '')
    .replace(/(?<=[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2018-\u201f\u2026\u2014]) /gu, '')
    .trim();
}
