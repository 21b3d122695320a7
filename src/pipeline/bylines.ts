/**
 * Names out of bylines, datelines and credits. Works on the Simplified view and
 * returns names as they appear in it.
 */
import { ROLE } from './patterns.ts';

const ROLE_RE = new RegExp(ROLE, 'g');
const NAME_RE = /^[\u4e00-\u9fa5·]{2,4}$/;

/** "本报讯（记者 于春津 刘国栋）" → ["于春津", "刘国栋"]; "■ 本报记者 张清" → ["张清"]. */
export function reporterNames(text: string): string[] {
  const inner = /（([^（）]*)）/.exec(text)?.[1] ?? text;
  if (!new RegExp(ROLE).test(inner) && !/记者站/.test(inner)) return [];
  const cleaned = inner
    // "中国日报天津记者站 杨成": the bureau is not a name.
    .replace(/^.*记者站\s*/, ' ')
    .replace(/■/g, ' ')
    .replace(/摄$/, ' ')
    .replace(ROLE_RE, ' ');
  return cleaned
    .split(/[\s、，]+/)
    .filter((part) => NAME_RE.test(part));
}

/** "记者 周伟 摄" → ["周伟"]; "图片由…提供" → []. */
export function photographerNames(credit: string): string[] {
  if (!/摄$/.test(credit.trim())) return [];
  return credit
    .replace(/摄$/, ' ')
    // An agency prefix glued to the role ("新华社记者") is not a name.
    .replace(/^[^\s]*?(?=记者|通讯员)/, '')
    .replace(ROLE_RE, ' ')
    .split(/[\s、，]+/)
    .filter((part) => NAME_RE.test(part));
}

/** "【责任编辑：陈秋静】" → ["陈秋静"]. */
export function editorNames(text: string): string[] {
  const m = /(?:责任编辑|责编|编辑)[：:]\s*([^】）\]]+)/.exec(text);
  if (!m) return [];
  return m[1]!.split(/[\s、，]+/).filter((part) => NAME_RE.test(part));
}

export function uniq(names: string[]): string[] {
  return [...new Set(names)];
}

/**
 * Names are read from the Simplified view; readers of a Traditional page should see them
 * as printed. Conversion here is character for character, so positions line up.
 */
export function asPrinted(names: string[], plain: string, text: string): string[] {
  if (plain.length !== text.length) return names;
  return names.map((name) => {
    const at = plain.indexOf(name);
    return at < 0 ? name : text.slice(at, at + name.length);
  });
}
