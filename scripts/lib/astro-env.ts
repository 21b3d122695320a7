/**
 * The environment a script gives the `astro build` it runs over a folder of papers: its own
 * cache, no telemetry, and no colour codes. Astro's logger colours its output wherever `CI`
 * is set, even into a pipe, and the scripts read the build's log lines.
 */
export function astroBuildEnv(papers: string, cache: string): NodeJS.ProcessEnv {
  const { FORCE_COLOR: _force, ...inherited } = process.env;
  return { ...inherited, PAPERS_DIR: papers, ASTRO_CACHE_DIR: cache, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' };
}
