/** The sample papers repeated to a benchmark-sized corpus, each copy under its own folder so ids stay distinct. */
import { readPapers } from '../../src/io/read-papers.ts';
import type { PaperInput } from '../../src/pipeline/index.ts';

export interface Corpus {
  papers: PaperInput[];
  copies: number;
  samples: number;
  megabytes: number;
}

export function repeatedSamples(targetMb: number): Corpus {
  const samples = readPapers();
  const sampleBytes = samples.reduce((n, p) => n + p.bytes.length, 0);
  const copies = Math.ceil((targetMb * 1024 * 1024) / sampleBytes);
  const papers: PaperInput[] = [];
  for (let i = 0; i < copies; i++) for (const p of samples) papers.push({ file: `${String(i).padStart(5, '0')}/${p.file}`, bytes: p.bytes });
  return { papers, copies, samples: samples.length, megabytes: (copies * sampleBytes) / 1024 / 1024 };
}
