/**
 * `import code from './x.ts?inline-script'`: the module and everything it imports,
 * bundled on their own into one classic script, minified, as a string, for a page to
 * put in an `is:inline` <script>. A script Astro processes is a module, which runs only
 * once the page is parsed and the modules it imports have arrived, one level after
 * another; an inline classic script runs where the parser meets it, and can still be
 * written in TypeScript that shares its code with the page's modules.
 */
import { resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';

const SUFFIX = '?inline-script';
/** Vite's mark of a module no file holds, so no other plugin transforms it. */
const VIRTUAL = '\0';

/** The script's text: deterministic for the same sources. */
export async function bundleInlineScript(entry: string): Promise<{ code: string; inputs: string[] }> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'es2022',
    write: false,
    metafile: true,
    legalComments: 'none',
    logLevel: 'silent',
  });
  return { code: result.outputFiles[0]!.text.trim(), inputs: Object.keys(result.metafile.inputs).map((input) => resolve(input)) };
}

export function inlineScripts(): AstroIntegration {
  return {
    name: 'inline-script',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'tianjin-news:inline-script',
                enforce: 'pre',
                async resolveId(source, importer) {
                  if (!source.endsWith(SUFFIX)) return null;
                  const resolved = await this.resolve(source.slice(0, -SUFFIX.length), importer, { skipSelf: true });
                  return resolved ? `${VIRTUAL}${resolved.id}${SUFFIX}` : null;
                },
                async load(id) {
                  if (!id.startsWith(VIRTUAL) || !id.endsWith(SUFFIX)) return null;
                  const { code, inputs } = await bundleInlineScript(id.slice(VIRTUAL.length, -SUFFIX.length));
                  for (const input of inputs) this.addWatchFile(input);
                  return `export default ${JSON.stringify(code)};`;
                },
              },
            ],
          },
        });
      },
    },
  };
}
