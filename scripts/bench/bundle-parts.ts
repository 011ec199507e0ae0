/**
 * What each library costs in the element's bundle: the bundle is built again (in memory) with the
 * library left out as an external import, and the gzip difference is its share. Shared compression
 * context makes the shares approximate, but they say where the bytes are.
 */
import { gzipSync } from 'node:zlib';
import { build, type Rolldown } from 'vite';

export interface BundlePart {
  readonly name: string;
  readonly gzip: number;
}

/** The libraries inside the bundle, by the module specifiers that belong to each. */
const libraries: ReadonlyArray<{ readonly name: string; readonly specifiers: readonly string[] }> = [
  { name: 'lit', specifiers: ['lit', 'lit-html', 'lit-element', '@lit/reactive-element'] },
  { name: 'fuse.js', specifiers: ['fuse.js'] },
  { name: 'zod', specifiers: ['zod'] },
  { name: 'lean-qr', specifiers: ['lean-qr'] },
];

function belongsTo(id: string, specifiers: readonly string[]): boolean {
  return specifiers.some((specifier) => id === specifier || id.startsWith(`${specifier}/`));
}

async function bundleGzip(configFile: string, external: readonly string[]): Promise<number> {
  const output = await build({
    configFile,
    logLevel: 'silent',
    build: { write: false, rolldownOptions: { external: (id) => belongsTo(id, external) } },
  });
  const chunks = (Array.isArray(output) ? output : [output as Rolldown.RolldownOutput]).flatMap((result) => result.output);
  const code = chunks.map((chunk) => (chunk.type === 'chunk' ? chunk.code : '')).join('');
  return gzipSync(code, { level: 9 }).length;
}

/** Each library's share of the bundle's gzip size, then the element's own code (the rest). */
export async function bundleParts(configFile: string): Promise<BundlePart[]> {
  const whole = await bundleGzip(configFile, []);
  const parts: BundlePart[] = [];
  for (const library of libraries) {
    parts.push({ name: library.name, gzip: whole - (await bundleGzip(configFile, library.specifiers)) });
  }
  const own = whole - parts.reduce((sum, part) => sum + part.gzip, 0);
  return [...parts, { name: 'own code', gzip: own }];
}
