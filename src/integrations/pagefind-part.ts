/**
 * Indexes one part of the search index with Pagefind's Node API, in whichever thread
 * calls it (normally a worker of ./pagefind-workers.ts). Pagefind indexes in its own
 * process and is spoken to over stdio, one message per record: the records are all
 * sent at once rather than each after the last one's answer, so a thread that is busy
 * elsewhere costs no round trip per record. Pagefind writes the same bundle either way.
 *
 * `pagefind.close()` stops the one Pagefind process of this thread, so a thread
 * indexes one part at a time; the process's memory goes with the part.
 */
import * as pagefind from 'pagefind';
import type { PagefindRecord } from '../search/pagefind-record.ts';

/** Pagefind's parse errors quote the whole message (the record's text); the first line says what is wrong. */
const firstLine = (error: unknown): string => String(error instanceof Error ? error.message : error).split('\n')[0]!;

/** Writes the bundle for `records`, in their order, to `outputPath`; throws naming each record Pagefind refused. */
export async function indexPart(records: readonly PagefindRecord[], outputPath: string): Promise<void> {
  const created = await pagefind.createIndex({});
  if (!created.index) throw new Error(`Pagefind could not start: ${created.errors.join('; ')}`);
  const { index } = created;
  const problems: string[] = [];
  try {
    const added = await Promise.all(
      records.map((record) =>
        index.addCustomRecord(record).then(
          (answer) => answer.errors.map((e) => `${record.url}: ${e}`),
          (error: unknown) => [`${record.url}: ${firstLine(error)}`],
        ),
      ),
    );
    problems.push(...added.flat());
    if (problems.length === 0) {
      const written = await index.writeFiles({ outputPath });
      problems.push(...written.errors);
    }
  } finally {
    await pagefind.close();
  }
  if (problems.length > 0) throw new Error(`Pagefind indexing failed:\n${problems.join('\n')}`);
}
