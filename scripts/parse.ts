/**
 * npm run parse -- [PATH ...]
 * Runs the site's pipeline over files or folders (default content/papers) and prints
 * one JSON object { articles, fragments, warnings } to stdout; nothing else goes there.
 */
import { createPipeline } from '../src/io/pipeline.ts';
import { PAPERS_DIR, readPaperPaths } from '../src/io/read-papers.ts';

const paths = process.argv.slice(2);
const inputs = readPaperPaths(paths.length > 0 ? paths : [PAPERS_DIR]);
const { parseAll } = createPipeline();
const { articles, fragments, warnings } = parseAll(inputs);
process.stdout.write(`${JSON.stringify({ articles, fragments, warnings }, null, 2)}\n`);
