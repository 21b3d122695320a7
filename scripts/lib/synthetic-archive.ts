/**
 * A synthetic archive made from the sample papers, for benchmarks and determinism
 * checks: copy k of the samples is one day's paper (its own date in front matter),
 * with amounts shifted, the districts rotated and the reporters renamed, so that
 * tags, timelines, feeds and search see an archive that grows in every dimension
 * rather than one page repeated. Pure and seeded by the copy number only: the same
 * N gives the same files on every machine.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readPapers } from '../../src/io/read-papers.ts';
import { createPipeline } from '../../src/io/pipeline.ts';
import type { PaperInput } from '../../src/pipeline/index.ts';
import type { Article } from '../../src/schema/article.ts';

export interface SyntheticPaper {
  /** Path inside the archive folder: YYYY/MM/DD/<sample name>. */
  file: string;
  text: string;
  copy: number;
  /** YYYY-MM-DD, the copy's publication date. */
  date: string;
}

const DISTRICTS = ['和平区', '河东区', '河西区', '南开区', '河北区', '红桥区', '东丽区', '西青区', '津南区', '北辰区', '武清区', '宝坻区', '宁河区', '静海区', '蓟州区', '滨海新区'];
const DISTRICT = new RegExp(DISTRICTS.join('|'), 'g');

// Invented names, so bylines and the people index vary across the archive.
const REPORTERS = ['林海川', '周若溪', '韩立新', '苏晓岚', '郑明远', '高文静', '宋一帆', '罗家宁', '唐悦', '冯志强', '沈书言', '许清和', '何青', '曹远航', '彭思源', '邓海燕'];
const REPORTER = /(记者\s*)([\u4e00-\u9fff]{2,3})/g;

// An amount or count as printed before its unit; not a date, a project number (117项目) or a time.
const AMOUNT = /(\d+(?:\.\d+)?)(?=(?:多|余)?(?:亿|万|千|元|家|个|名|人|%|％|平方米|公里|吨|辆|条|所|座))/g;
/**
 * A measure that is part of a name: 中石化南港120万吨乙烯项目 names one project, and
 * shifting its number would make sixteen projects of it (each discovered as new).
 * A count (45个优质项目) or a clause (年产10万吨的工厂) is not a name, so it shifts.
 */
const IN_NAME = /^(?:多|余)?(?:亿|万|千)?(?:吨|平方米|公里)级?(?:(?!的)[\p{Script=Han}A-Za-z]){0,8}?(?:项目|基地|产业园|园区|工厂|码头|中心)/u;

const START = Date.UTC(2016, 0, 1);
const DAY = 86_400_000;

/** The publication date of copy k: one paper a day from 2016-01-01. */
export function copyDate(copy: number): string {
  return new Date(START + copy * DAY).toISOString().slice(0, 10);
}

/** Copy k's version of a sample text (or of one article's text taken from it). */
export function varyText(text: string, copy: number): string {
  const shift = (copy % 16) + 1;
  return text
    .replace(DISTRICT, (name) => DISTRICTS[(DISTRICTS.indexOf(name) + copy) % DISTRICTS.length]!)
    .replace(REPORTER, (_all, lead: string, name: string) => lead + REPORTERS[(copy + name.charCodeAt(0)) % REPORTERS.length]!)
    .replace(AMOUNT, (value: string, _group: string, at: number, all: string) => {
      if (IN_NAME.test(all.slice(at + value.length, at + value.length + 20))) return value;
      const [whole, fraction] = value.split('.');
      const shifted = String(Number(whole) + shift);
      return fraction === undefined ? shifted : `${shifted}.${fraction}`;
    });
}

/** Sample papers from content/papers (the project's own five), sorted by name. */
export function loadSamples(dir?: string): { file: string; text: string }[] {
  return readPapers(dir).map((p) => ({ file: p.file, text: new TextDecoder().decode(p.bytes).replace(/^\uFEFF/, '') }));
}

/** The samples' articles as the pipeline's structural stages read them (no tagging: fast). */
export function sampleArticles(dir?: string): Article[] {
  return createPipeline({ tag: false }).parseAll(readPapers(dir)).articles;
}

/**
 * Copies of the samples until at least `articles` articles are reached (whole
 * copies; `perCopy` is how many articles one copy yields, `sampleArticles().length`).
 */
export function syntheticPapers(articles: number, perCopy: number, samples = loadSamples()): SyntheticPaper[] {
  const copies = Math.max(1, Math.ceil(articles / perCopy));
  const out: SyntheticPaper[] = [];
  for (let copy = 0; copy < copies; copy++) {
    const date = copyDate(copy);
    samples.forEach((sample, page) => {
      const body = varyText(sample.text, copy);
      out.push({ file: `${date.replaceAll('-', '/')}/${sample.file}`, copy, date, text: `---\ndate: ${date}\npage: "${page + 1}"\n---\n${body}` });
    });
  }
  return out;
}

/** The same papers as PaperInput, for running the pipeline in memory. */
export function asPaperInputs(papers: SyntheticPaper[]): PaperInput[] {
  const encoder = new TextEncoder();
  return papers.map((p) => ({ file: p.file, bytes: encoder.encode(p.text) }));
}

/** Writes the papers under `dir` (created as needed). */
export function writeArchive(dir: string, papers: SyntheticPaper[]): void {
  for (const paper of papers) {
    const path = join(dir, paper.file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, paper.text);
  }
}
