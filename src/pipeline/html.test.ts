import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlToText, looksLikeHtml } from './html.ts';

const sample = (name: string) => readFileSync(new URL(`../../content/papers/${name}`, import.meta.url), 'utf8');

describe('looksLikeHtml', () => {
  it('flags a saved web page', () => {
    expect(looksLikeHtml('<!DOCTYPE html>\n<html><head><title>x</title></head><body><p>天津</p></body></html>')).toBe(true);
  });

  it('flags a fragment where tags dominate', () => {
    expect(looksLikeHtml('<div class="a"><p>天津日报</p><p>本报讯</p><br/></div>')).toBe(true);
  });

  it('leaves plain text and a quoted <script> alone', () => {
    expect(looksLikeHtml(sample('002_a64ee2d8bd336b9e.txt'))).toBe(false);
    expect(looksLikeHtml(`${sample('000_42694d7dabae5c0f.txt')}\n<script>alert(1)</script>\n`)).toBe(false);
    expect(looksLikeHtml('a < b and c > d, 1<2')).toBe(false);
  });
});

describe('htmlToText', () => {
  it('turns block tags into lines, drops scripts and decodes entities', () => {
    const { text, firstTagLine } = htmlToText('标题\n<div><p>本报讯 A&amp;B</p><script>alert(1)</script><p>第二段&#x3002;</p></div>');
    expect(firstTagLine).toBe(2);
    expect(text).not.toContain('alert');
    expect(text.split('\n').filter(Boolean)).toEqual(['标题', '本报讯 A&B', '第二段。']);
  });
});
