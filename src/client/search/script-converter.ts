/**
 * The 简/繁 switch (src/client/script-toggle.ts) converts the page once, when
 * the reader asks; text the search adds afterwards is converted here with the same
 * converter, and results are redrawn when the reader switches.
 */
let converter: Promise<(text: string) => string> | null = null;

export const isTraditional = (): boolean => document.documentElement.dataset.script === 'hant';

/** Identity in Simplified; the site's Traditional converter (loaded once) otherwise. */
export async function displayConverter(): Promise<(text: string) => string> {
  if (!isTraditional()) return (text) => text;
  converter ??= import('../traditional.ts').then((m) => m.traditionalConverter());
  return converter;
}

export function onScriptChange(callback: () => void): void {
  new MutationObserver(callback).observe(document.documentElement, { attributes: true, attributeFilter: ['data-script'] });
}
