/**
 * `npm run build:data [-- --data <dir>] [--out <file>]`: checks catalogue-data/ and writes the built
 * catalogue to dist/catalogue.json. Refuses invalid data (exit 1 with every problem listed).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { buildCatalogueFromDirectory, serializeCatalogue } from './lib/catalogue-build.js';
import { defaultDataDir, repositoryRoot } from './lib/catalogue-files.js';

function option(argv: readonly string[], name: string): string | undefined {
  const index = argv.findIndex((argument) => argument === name || argument.startsWith(`${name}=`));
  if (index < 0) return undefined;
  const argument = argv[index] ?? '';
  return argument.includes('=') ? argument.slice(name.length + 1) : argv[index + 1];
}

async function main(argv: readonly string[]): Promise<number> {
  const dataDir = resolve(option(argv, '--data') ?? defaultDataDir);
  const out = resolve(option(argv, '--out') ?? join(repositoryRoot, 'dist', 'catalogue.json'));
  const { catalogue, errors } = await buildCatalogueFromDirectory(dataDir);
  if (errors.length > 0) {
    for (const error of errors) console.error(error);
    console.error(`Katalog nebyl sestaven: data obsahují chyby (${errors.length}). Opravte je; podrobnosti vypíše npm run validate.`);
    return 1;
  }
  const text = serializeCatalogue(catalogue);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, text);
  const services = catalogue.providers.reduce((total, provider) => total + provider.services.length, 0);
  console.log(
    `${relative(process.cwd(), out)}: ${catalogue.providers.length} providers, ${services} services, ` +
      `${Buffer.byteLength(text)} bytes, version ${catalogue.version.slice(0, 12)}, data of ${catalogue.built}`,
  );
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    console.error(`Sestavení katalogu skončilo neočekávanou chybou (${detail}). Nahlaste ji prosím správcům katalogu.`);
    process.exitCode = 1;
  },
);
