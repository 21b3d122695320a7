/**
 * The 简/繁 switch in the header. The choice is remembered in localStorage and
 * applied on every page; <html lang> follows (zh-CN ↔ zh-Hant: the characters change,
 * the wording stays mainland, so zh-TW would be wrong). A reader who chose 繁 never
 * sees the Simplified page first: Base.astro's head script hides the page before
 * its first paint until the conversion is done (or a few seconds have passed).
 */
import type { HTMLConvertHandler } from 'opencc-js/core';
import type { Script } from '../schema/article.ts';

const STORAGE_KEY = 'script';

function stored(): Script {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'hant' ? 'hant' : 'hans';
  } catch {
    return 'hans';
  }
}

function remember(script: Script): void {
  try {
    localStorage.setItem(STORAGE_KEY, script);
  } catch {
    // Private mode: the switch still works on this page.
  }
}

let handler: Promise<HTMLConvertHandler> | null = null;

function pageConverter(): Promise<HTMLConvertHandler> {
  handler ??= Promise.all([import('./traditional.ts'), import('opencc-js/core')]).then(async ([{ traditionalConverter }, { HTMLConverter }]) =>
    HTMLConverter(await traditionalConverter(), document.documentElement, 'zh-CN', 'zh-Hant'),
  );
  return handler;
}

export function initScriptToggle(): void {
  const button = document.querySelector<HTMLButtonElement>('[data-script-toggle]');
  if (!button) return;
  let current: Script = 'hans';

  const show = (script: Script): void => {
    button.textContent = script === 'hant' ? '简体' : '繁體';
    button.lang = script === 'hant' ? 'zh-CN' : 'zh-Hant';
    button.setAttribute('aria-pressed', String(script === 'hant'));
  };

  async function apply(script: Script): Promise<void> {
    if (script === current) return;
    button!.disabled = true;
    try {
      const converter = await pageConverter();
      if (script === 'hant') converter.convert();
      else converter.restore();
      current = script;
      document.documentElement.lang = script === 'hant' ? 'zh-Hant' : 'zh-CN';
      document.documentElement.dataset.script = script;
      show(script);
    } catch (error) {
      console.error('简繁转换失败', error);
    } finally {
      button!.disabled = false;
      delete document.documentElement.dataset.scriptPending;
    }
  }

  show('hans');
  button.hidden = false;
  button.addEventListener('click', () => {
    const next: Script = current === 'hant' ? 'hans' : 'hant';
    remember(next);
    void apply(next);
  });
  if (stored() === 'hant') void apply('hant');
  else delete document.documentElement.dataset.scriptPending;
}
