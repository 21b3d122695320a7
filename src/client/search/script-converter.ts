/**
 * The 简/繁 converter for text the search draws. The 简/繁 switch
 * (src/client/script-toggle.ts) converts the page once, when the reader asks; text
 * the search adds afterwards is converted here with the same converter, and results
 * are redrawn when the reader switches.
 */
import { nameSplitter } from '../../utils/person-names.ts';

/** Text as the reader's script shows it. */
export type Convert = (text: string) => string;

let converter: Promise<Convert> | null = null;

const isTraditional = (): boolean => document.documentElement.dataset.script === 'hant';

/**
 * Identity in Simplified; otherwise the site's Traditional converter (loaded once),
 * which leaves `keepNames` as printed, as the pages leave people's names (于春津 is
 * not 於春津).
 */
export async function displayConverter(keepNames: readonly string[] = []): Promise<Convert> {
  if (!isTraditional()) return (text) => text;
  converter ??= import('../traditional.ts').then((m) => m.traditionalConverter());
  const convert = await converter;
  if (keepNames.length === 0) return convert;
  const split = nameSplitter(keepNames);
  return (text) =>
    split(text)
      .map((piece) => (piece.name ? piece.text : convert(piece.text)))
      .join('');
}

export function onScriptChange(callback: () => void): void {
  new MutationObserver(callback).observe(document.documentElement, { attributes: true, attributeFilter: ['data-script'] });
}
