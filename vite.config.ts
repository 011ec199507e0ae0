import { resolve } from 'node:path';
import { defineConfig, minify, parseSync, Visitor, type Plugin } from 'vite';
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

/**
 * Collapses the indentation of Lit `html` and `svg` templates in the library build: every run of white
 * space that holds a line break becomes one space, which HTML renders the same way (no template puts
 * such a run inside `pre` or a `white-space: pre` element). Found in the syntax tree, so the
 * expressions between the template's parts are never touched.
 */
function collapseLitTemplateWhitespace(): Plugin {
  return {
    name: 'social-services-catalogue:collapse-lit-template-whitespace',
    apply: 'build',
    transform(code, id) {
      if (!id.includes('/src/') || !/\b(?:html|svg)`/.test(code)) return null;
      const parts: Array<{ start: number; raw: string }> = [];
      new Visitor({
        TaggedTemplateExpression(node) {
          if (node.tag.type !== 'Identifier' || (node.tag.name !== 'html' && node.tag.name !== 'svg')) return;
          // A part's span starts at the backtick or the `}` before its text.
          for (const part of node.quasi.quasis) parts.push({ start: part.start + 1, raw: part.value.raw });
        },
      }).visit(parseSync(id, code).program);
      let result = code;
      for (const { start, raw } of parts.sort((a, b) => b.start - a.start)) {
        result = result.slice(0, start) + raw.replace(/\s*\n\s*/g, ' ') + result.slice(start + raw.length);
      }
      return { code: result, map: null };
    },
  };
}

/**
 * Full minification of the library build. Done on the finished chunk rather than by the output options, so
 * that the pure-call annotation comments library mode keeps (which nothing reads in a finished file) go too.
 * Property names are left alone: a renamed property would break any lookup by name the minifier cannot see.
 *
 * The file then starts with V8's compile hint `//# allFunctionsCalledOnLoad`: Chromium compiles every
 * function when it loads the script (off the main thread when the script is streamed) instead of each on
 * its first call. Nearly all of the element runs when the catalogue arrives (validation, the model, the
 * first render), so that compiling happened then, about 10 ms of the arrival's ~40 ms of main-thread work
 * on the real catalogue; now it is done while the catalogue downloads. Other engines ignore the comment.
 */
function minifyChunk(): Plugin {
  return {
    name: 'social-services-catalogue:minify-chunk',
    apply: 'build',
    async renderChunk(code, chunk) {
      const result = await minify(chunk.fileName, code, { module: true, compress: { target: 'es2022' }, mangle: true });
      if (result.errors.length > 0) this.error(result.errors.map((error) => error.message).join('\n'));
      return { code: `//# allFunctionsCalledOnLoad\n${result.code}`, map: null };
    },
  };
}

// `npm start` serves the demo pages in demo/; `npm run build` writes the one-file library for script-tag users.
export default defineConfig(({ command }) =>
  command === 'serve'
    ? { root: resolve(import.meta.dirname, 'demo'), plugins: [catalogueFromData()] }
    : {
        plugins: [minifyLitCss(), collapseLitTemplateWhitespace(), minifyChunk()],
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
          // The plugin above minifies the chunk; the output step must not do it again.
          rolldownOptions: { output: { minify: false } },
        },
      },
);
