/**
 * npm run parse -- [PATH ...]
 * Runs the site's pipeline over files or folders (default content/papers) and prints
 * one JSON object { articles, fragments, warnings } to stdout; nothing else goes there.
 * A broken taxonomy stops it with the file, entry and reason on stderr (exit 1).
 */
import { createPipeline, type Pipeline } from '../src/io/pipeline.ts';
import { PAPERS_DIR, readPaperPaths } from '../src/io/read-papers.ts';
import { TaxonomyError } from '../src/io/read-taxonomy.ts';

const paths = process.argv.slice(2);
const inputs = readPaperPaths(paths.length > 0 ? paths : [PAPERS_DIR]);
let pipeline: Pipeline;
try {
  pipeline = createPipeline();
} catch (error) {
  if (!(error instanceof TaxonomyError)) throw error;
  process.stderr.write(`taxonomy is broken / 分类表有误:\n${error.message}\n`);
  process.exit(1);
}
const { articles, fragments, warnings } = pipeline.parseAll(inputs);
process.stdout.write(`${JSON.stringify({ articles, fragments, warnings }, null, 2)}\n`);
