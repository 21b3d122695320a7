/**
 * The floor for the build benchmark: the same article texts as a plain Hugo site
 * (one page per article, a home page listing them), which a user could pick
 * instead of this project, then indexed by plain Pagefind.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../../src/schema/article.ts';
import { copyDate, varyText } from './synthetic-archive.ts';

const CONFIG = `baseURL = "http://127.0.0.1/"
languageCode = "zh-cn"
title = "floor"
disableKinds = ["taxonomy", "term", "RSS", "sitemap"]
`;

const BASE = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><header><a href="/">首页</a></header>{{ block "main" . }}{{ end }}<footer>floor</footer></body></html>
`;
const SINGLE = `{{ define "main" }}<article data-pagefind-body><h1>{{ .Title }}</h1><time>{{ .Date.Format "2006-01-02" }}</time>{{ .Content }}</article>{{ end }}
`;
const LIST = `{{ define "main" }}<ul>{{ range .Paginator.Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Date.Format "2006-01-02" }}</li>{{ end }}</ul>{{ end }}
`;

const quote = (text: string): string => JSON.stringify(text);

/** Writes the Hugo project for `copies` copies of the sample articles into `dir`. */
export function writeHugoSite(dir: string, samples: Article[], copies: number): number {
  for (const [path, text] of [
    ['hugo.toml', CONFIG],
    ['layouts/_default/baseof.html', BASE],
    ['layouts/_default/single.html', SINGLE],
    ['layouts/_default/list.html', LIST],
  ] as const) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const content = join(dir, 'content/articles');
  mkdirSync(content, { recursive: true });
  let pages = 0;
  for (let copy = 0; copy < copies; copy++) {
    samples.forEach((article, n) => {
      const title = varyText(article.title ?? article.paragraphs[0]?.text.slice(0, 20) ?? '', copy);
      const body = article.paragraphs.map((p) => varyText(p.text, copy)).join('\n\n');
      writeFileSync(join(content, `${copy}-${n}.md`), `---\ntitle: ${quote(title)}\ndate: ${copyDate(copy)}\n---\n${body}\n`);
      pages += 1;
    });
  }
  return pages;
}
