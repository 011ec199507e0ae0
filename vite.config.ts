import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import type * as CatalogueBuild from './scripts/lib/catalogue-build.js';

const dataDir = resolve(import.meta.dirname, 'catalogue-data');
// Loaded through Vite's module runner when the dev server needs it, so the library build does not depend
// on the Node data tooling, and an edited build script takes effect without a restart.
const catalogueBuildModule = resolve(import.meta.dirname, 'scripts/lib/catalogue-build.ts');

/**
 * In development, /catalogue.json is built from catalogue-data/ on every request, so the demo always
 * shows the data as they are on disk; editing a data file reloads the page.
 */
function catalogueFromData(): Plugin {
  return {
    name: 'social-services-catalogue:data',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use('/catalogue.json', (_request, response, next) => {
        (server.ssrLoadModule(catalogueBuildModule) as Promise<typeof CatalogueBuild>)
          .then(async ({ buildCatalogueFromDirectory, serializeCatalogue }) => {
            const { catalogue, errors } = await buildCatalogueFromDirectory(dataDir);
            if (errors.length > 0) {
              server.config.logger.warn(`catalogue-data: ${errors.length} problems, run npm run validate to see them`);
            }
            response.setHeader('content-type', 'application/json; charset=utf-8');
            response.setHeader('cache-control', 'no-store');
            response.end(serializeCatalogue(catalogue));
          })
          .catch(next);
      });
      server.watcher.add(dataDir);
      server.watcher.on('change', (file) => {
        if (file.startsWith(dataDir)) server.ws.send({ type: 'full-reload' });
      });
    },
  };
}

/**
 * Shrinks the text of Lit `css` templates in the library build: comments out, whitespace collapsed,
 * none around braces, semicolons and child combinators (quoted strings left as they are). The styles are about a fifth of
 * the element; kept readable in the source.
 */
function minifyCssText(text: string): string {
  const strings: string[] = [];
  // Comments and strings in one left-to-right pass: an apostrophe in a comment starts no string.
  const bare = text
    .replace(/\/\*[\s\S]*?\*\/|"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g, (token) =>
      token.startsWith('/*') ? ' ' : `\uE000${strings.push(token) - 1}\uE000`,
    )
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};>]) ?/g, '$1')
    .replace(/;}/g, '}')
    .trim();
  return bare.replace(/\uE000(\d+)\uE000/g, (_match, index: string) => strings[Number(index)] ?? '');
}

function minifyLitCss(): Plugin {
  return {
    name: 'social-services-catalogue:minify-lit-css',
    apply: 'build',
    transform(code, id) {
      if (!id.includes('/src/') || !code.includes('css`')) return null;
      // Only templates without interpolations: their text is the whole style sheet.
      return { code: code.replace(/\bcss`([^`$]*)`/g, (_match, text: string) => `css\`${minifyCssText(text)}\``), map: null };
    },
  };
}

// `npm start` serves the demo pages in demo/; `npm run build` writes the one-file library for script-tag users.
export default defineConfig(({ command }) =>
  command === 'serve'
    ? { root: resolve(import.meta.dirname, 'demo'), plugins: [catalogueFromData()] }
    : {
        plugins: [minifyLitCss()],
        // Search uses fuse.js only to score typo candidates: no extended search, no logical queries.
        resolve: { alias: [{ find: /^fuse\.js$/, replacement: 'fuse.js/basic' }] },
        build: {
          lib: {
            entry: resolve(import.meta.dirname, 'src/index.ts'),
            formats: ['es'],
            fileName: () => 'social-services-catalogue.js',
          },
          outDir: 'dist',
          // dist/ also holds the built catalogue from `npm run build:data`.
          emptyOutDir: false,
          target: 'es2022',
          // Library mode keeps whitespace by default; the embed file is for script tags, so minify it fully.
          rolldownOptions: { output: { minify: true } },
        },
      },
);
