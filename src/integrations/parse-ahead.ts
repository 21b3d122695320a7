/**
 * Gives parsing a head start in `astro build`: the papers the cache lacks go to the parse workers as the
 * config is set up, while Astro prepares Vite and loads the content config on its one thread; the
 * articles loader then takes their answers (see parseAhead in src/loaders/papers-loader.ts).
 */
import { createRequire } from 'node:module';
import type { AstroIntegration } from 'astro';
import type { createPipeline } from '../io/pipeline.ts';
import { paperCacheIn, parseAhead } from '../loaders/papers-loader.ts';
import { sitePapers } from '../loaders/site-papers.ts';

/**
 * The pipeline in this process, loaded only if no worker can start: importing it up front would put its
 * modules on the one thread the head start is meant to spare.
 */
const pipelineHere: typeof createPipeline = (settings) => (createRequire(import.meta.url)('../io/pipeline.ts') as { createPipeline: typeof createPipeline }).createPipeline(settings);

export function parsePapersAhead(): AstroIntegration {
  return {
    name: 'papers-loader',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command === 'build') parseAhead(sitePapers(pipelineHere), paperCacheIn(config.cacheDir), logger);
      },
    },
  };
}
