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
 * side, so nothing can drift apart.
 */

/** A space goes wherever a Han character meets any other character. */
const BETWEEN = /(?<=\p{Script=Han})(?=\S)|(?<=\S)(?=\p{Script=Han})/gu;

/** Separates every Han character from its neighbours by a space; nothing is added at the ends. */
export function segmentText(text: string): string {
  return text.replace(BETWEEN, ' ');
}

/** Elements whose text is not prose; their contents pass through untouched. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);

/**
 * Phrasing elements: text on either side of their tags runs on in the same line,
 * so a Han character there must still be kept apart from its neighbour across the
 * tag (<a>117项目</a>及 → "项 目 及", not "目及"). At other (block) boundaries no space
 * is added: Pagefind marks the end of a block with ". " only when the text does
 * not already end in white space, and that mark keeps excerpts readable.
 */
const INLINE = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'br', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'i', 'img', 'ins', 'kbd', 'mark',
  'q', 'rp', 'rt', 'ruby', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr',
]);

const HAN_START = /^\p{Script=Han}/u;
const HAN_END = /\p{Script=Han}$/u;

/**
 * Segments the text nodes of an HTML document, and only those: tags, attribute
 * values (filters, metadata), comments and script/style bodies are kept byte for
 * byte, so Pagefind still reads every data-pagefind-* attribute as written.
 * `convert` (e.g. Traditional → Simplified) is applied to the text first.
 */
export function segmentHtml(html: string, convert: (text: string) => string = (t) => t): string {
  return mapTextNodes(html, (text, before, after) => {
    let out = segmentText(convert(text));
    if (before !== null && INLINE.has(before) && HAN_START.test(out)) out = ` ${out}`;
    if (after !== null && INLINE.has(after) && HAN_END.test(out)) out = `${out} `;
    return out;
  });
}

/**
 * Rewrites the text between tags with `fn`, leaving markup, comments and the bodies
 * of script, style, textarea and title elements alone. `fn` also gets the names of
 * the tags just before and after the text (null at the ends of the document).
 * Character references (&amp;) reach `fn` as written; `fn` must keep them intact.
 */
export function mapTextNodes(html: string, fn: (text: string, before: string | null, after: string | null) => string): string {
  let out = '';
  let i = 0;
  let before: string | null = null;
  const text = (t: string, after: string | null): string => (t === '' ? '' : fn(t, before, after));
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt === -1) {
      out += text(html.slice(i), null);
      break;
    }
    if (html.startsWith('<!--', lt)) {
      out += text(html.slice(i, lt), null);
      const end = html.indexOf('-->', lt + 4);
      const stop = end === -1 ? html.length : end + 3;
      out += html.slice(lt, stop);
      before = null;
      i = stop;
      continue;
    }
    const close = tagEnd(html, lt);
    const tag = html.slice(lt, close);
    const name = /^<\/?([a-zA-Z][a-zA-Z0-9-]*)/.exec(tag)?.[1]?.toLowerCase() ?? null;
    out += text(html.slice(i, lt), name);
    out += tag;
    before = name;
    i = close;
    if (name && !tag.startsWith('</') && RAW_TEXT.has(name) && !tag.endsWith('/>')) {
      const match = new RegExp(`</${name}\\s*>`, 'i').exec(html.slice(i));
      const stop = match ? i + match.index : html.length;
      out += html.slice(i, stop);
      i = stop;
    }
  }
  return out;
}

/** Index just past the `>` that closes the tag opened at `start`, honouring quoted attribute values. */
function tagEnd(html: string, start: number): number {
  let quote: string | null = null;
  for (let j = start + 1; j < html.length; j += 1) {
    const c = html[j];
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === '>') {
      return j + 1;
    }
  }
  return html.length;
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
