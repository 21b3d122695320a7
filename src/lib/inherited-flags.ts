/**
 * The Node flags a build's child processes and worker threads start with: this process's own,
 * less the inspector and profiler flags, which belong to it alone (a second inspector would
 * fight for its port, a second profiler write over its profile, and a worker refuses some).
 */
const OWN_FLAGS = /^--(?:inspect|cpu-prof|heap-prof)/;

export const inheritedFlags = (flags: readonly string[] = process.execArgv): string[] => flags.filter((flag) => !OWN_FLAGS.test(flag));
