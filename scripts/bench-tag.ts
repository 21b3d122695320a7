/**
 * node scripts/bench-tag.ts [MB]
 * Tagging throughput: the sample papers repeated to at least MB megabytes (default 20),
 * parsed once, then (1) tagArticle alone over their articles and (2) parse + tag end to
 * end, each with the share of the time spent inside nodejieba.
 */
import { performance } from 'node:perf_hooks';
import { site } from '../src/config/site.ts';
import { loadTaxonomy } from '../src/io/read-taxonomy.ts';
import { parsePapers } from '../src/pipeline/index.ts';
import { createTagger, tagArticle } from '../src/pipeline/tag/index.ts';
import { jiebaStats, resetJiebaStats } from '../src/pipeline/tag/jieba.ts';
import { repeatedSamples } from './lib/corpus.ts';

const { papers: corpus, copies, samples: sampleCount, megabytes: mb } = repeatedSamples(Number(process.argv[2] ?? 20));

let t0 = performance.now();
const taxonomy = loadTaxonomy();
const tagger = createTagger(taxonomy);
const setup = jiebaStats();
console.log(`node ${process.version}; ${copies} copies of ${sampleCount} samples = ${mb.toFixed(1)} MB`);
console.log(`createTagger: ${(performance.now() - t0).toFixed(0)} ms (nodejieba load + dictionary: ${setup.ms.toFixed(0)} ms), ${tagger.lexicon.matcher.size} names and signals`);

t0 = performance.now();
const { articles } = parsePapers(corpus, { homePaper: site.homePaper });
const parseSeconds = (performance.now() - t0) / 1000;
console.log(`parse only:  ${articles.length} articles in ${parseSeconds.toFixed(2)} s = ${(articles.length / parseSeconds).toFixed(0)} articles/s, ${(mb / parseSeconds).toFixed(2)} MB/s`);

resetJiebaStats();
t0 = performance.now();
for (const article of articles) tagArticle(article, tagger);
const tagSeconds = (performance.now() - t0) / 1000;
const tagJieba = jiebaStats();
console.log(
  `tag only:    ${articles.length} articles in ${tagSeconds.toFixed(2)} s = ${(articles.length / tagSeconds).toFixed(0)} articles/s, ${(mb / tagSeconds).toFixed(2)} MB/s; ` +
    `nodejieba ${(tagJieba.ms / 1000).toFixed(2)} s in ${tagJieba.calls} calls = ${((100 * tagJieba.ms) / (tagSeconds * 1000)).toFixed(0)}% of tagging`,
);

resetJiebaStats();
t0 = performance.now();
const tagged = parsePapers(corpus, { homePaper: site.homePaper, tag: (a) => tagArticle(a, tagger) });
const bothSeconds = (performance.now() - t0) / 1000;
const bothJieba = jiebaStats();
console.log(
  `parse + tag: ${tagged.articles.length} articles in ${bothSeconds.toFixed(2)} s = ${(tagged.articles.length / bothSeconds).toFixed(0)} articles/s, ${(mb / bothSeconds).toFixed(2)} MB/s; ` +
    `nodejieba ${(bothJieba.ms / 1000).toFixed(2)} s = ${((100 * bothJieba.ms) / (bothSeconds * 1000)).toFixed(0)}% of the total`,
);
