/**
 * The index chunks of a Pagefind bundle, read from its metadata file (pagefind.<hash>.pf_meta):
 * for each chunk its first and last word and its hash. The search page gets them with the
 * list of parts (search/pagefind-parts.ts), so it can ask for a query's chunks as soon as that
 * list is in, beside Pagefind's own setup (script, WebAssembly, metadata) instead of after it:
 * Pagefind names a query's chunks only once its metadata is in and decoded.
 *
 * The file is Pagefind's: gzip around "pagefind_dcd" and a CBOR array whose third item lists
 * the chunks as [from, to, hash]. A file in any other form gives null and the page goes
 * without the hints (Pagefind then asks for the chunks itself, as it always can).
 */
import { gunzipSync } from 'node:zlib';
import type { IndexChunk } from '../search/pagefind-parts.ts';

const SIGNATURE = 'pagefind_dcd';

/** A CBOR item: what Pagefind's metadata holds (no tags, no floats). */
export type Cbor = number | string | Uint8Array | boolean | null | Cbor[] | { [key: string]: Cbor };

/** Reads one CBOR item of `bytes` at `at.offset` (RFC 8949, the definite-length subset); throws on anything else. */
function readItem(bytes: Uint8Array, at: { offset: number }): Cbor {
  const head = bytes[at.offset++];
  if (head === undefined) throw new Error('CBOR ends early');
  const major = head >> 5;
  const info = head & 31;
  const argument = (): number => {
    if (info < 24) return info;
    const size = info === 24 ? 1 : info === 25 ? 2 : info === 26 ? 4 : 0;
    if (size === 0 || at.offset + size > bytes.length) throw new Error(`CBOR length form ${info} not read`);
    let value = 0;
    for (let i = 0; i < size; i++) value = value * 256 + bytes[at.offset++]!;
    return value;
  };
  switch (major) {
    case 0:
      return argument();
    case 1:
      return -1 - argument();
    case 2:
    case 3: {
      const length = argument();
      if (at.offset + length > bytes.length) throw new Error('CBOR string runs past the end');
      const raw = bytes.subarray(at.offset, (at.offset += length));
      return major === 3 ? new TextDecoder('utf-8', { fatal: true }).decode(raw) : raw;
    }
    case 4:
      return Array.from({ length: argument() }, () => readItem(bytes, at));
    case 5: {
      const map: { [key: string]: Cbor } = {};
      for (let n = argument(); n > 0; n--) map[String(readItem(bytes, at))] = readItem(bytes, at);
      return map;
    }
    case 7:
      if (info === 20 || info === 21) return info === 21;
      if (info === 22) return null;
  }
  throw new Error(`CBOR item ${major}/${info} not read`);
}

const isChunk = (item: Cbor): item is IndexChunk => Array.isArray(item) && item.length === 3 && item.every((s) => typeof s === 'string');

/** What one of Pagefind's CBOR files (metadata, index or filter chunk) holds, decoded; null when it is not one. */
export function readPagefindFile(file: Uint8Array): Cbor | null {
  try {
    const bytes = gunzipSync(file);
    if (bytes.subarray(0, SIGNATURE.length).toString('latin1') !== SIGNATURE) return null;
    return readItem(bytes.subarray(SIGNATURE.length), { offset: 0 });
  } catch {
    return null;
  }
}

/** The chunks a metadata file lists, in its order; null when the file is not Pagefind's metadata as known here. */
export function readIndexChunks(metaFile: Uint8Array): IndexChunk[] | null {
  const meta = readPagefindFile(metaFile);
  const chunks = Array.isArray(meta) ? meta[2] : undefined;
  return Array.isArray(chunks) && chunks.every(isChunk) ? chunks : null;
}
