/**
 * Scheduling priority of the calling thread, with no knowledge of the project.
 *
 * A build's helper threads work beside its main thread, which renders every page and is the
 * build's critical path; when there are more busy threads than cores, a helper with time to
 * spare should give way to it. Linux applies a nice value to one thread (the id that
 * /proc/thread-self names), not the whole process. Once lowered, an unprivileged thread cannot
 * raise it again: call this only after the answers someone waits on are sent.
 */
import { readlinkSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';

/** Lowers this thread's priority to `nice` (higher is lower); does nothing where threads have no nice value of their own. */
export function yieldToMainThread(nice = 10): void {
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(tid) && tid > 0 && getPriority(tid) < nice) setPriority(tid, nice);
  } catch {
    // No /proc/thread-self (not Linux) or not allowed: the thread keeps its priority.
  }
}
