/**
 * Generates src/generated/catalogue-types.ts from the JSON Schemas in schema/, the single source of truth
 * for the data's types. `--check` fails (exit 1) when the committed file is stale instead of writing it.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile, type JSONSchema } from 'json-schema-to-typescript';

const schemaDir = fileURLToPath(new URL('../schema/', import.meta.url));
const outFile = fileURLToPath(new URL('../src/generated/catalogue-types.ts', import.meta.url));
const schemaFiles = ['provider', 'codebook', 'municipalities', 'catalogue', 'life-situations'];

const pascalCase = (key: string) => key.replace(/(^|[-_])([a-z])/g, (_m, _sep, c: string) => c.toUpperCase());

type SchemaNode = { [key: string]: unknown };

/**
 * The Czech `title`s are for providers' editors; json-schema-to-typescript would turn each into a type
 * name. Fold them into the JSDoc instead, so that types are named by `x-typeName` or their `$defs` key.
 */
function foldTitles(node: unknown): unknown {
  if (Array.isArray(node)) return node.map((item) => foldTitles(item));
  if (node === null || typeof node !== 'object') return node;
  const copy: SchemaNode = {};
  for (const [key, value] of Object.entries(node as SchemaNode)) {
    if (key === '$defs' && value && typeof value === 'object') {
      copy[key] = Object.fromEntries(
        Object.entries(value).map(([name, def]) => [name, { 'x-typeName': pascalCase(name), ...(foldTitles(def) as SchemaNode) }]),
      );
    } else if (key === 'properties' && value && typeof value === 'object') {
      copy[key] = Object.fromEntries(Object.entries(value).map(([name, def]) => [name, foldTitles(def)]));
    } else {
      copy[key] = foldTitles(value);
    }
  }
  // Annotations beside a $ref would make a new, numbered copy of the referenced type.
  if ('$ref' in copy) return { $ref: copy.$ref };
  const { title } = copy;
  if (typeof title === 'string') {
    delete copy.title;
    copy.description = typeof copy.description === 'string' ? `${title}: ${copy.description}` : title;
  }
  return copy;
}

async function writeFoldedSchemas(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'catalogue-schemas-'));
  for (const name of schemaFiles) {
    const schema: unknown = JSON.parse(await readFile(join(schemaDir, `${name}.schema.json`), 'utf8'));
    await writeFile(join(dir, `${name}.schema.json`), JSON.stringify(foldTitles(schema)));
  }
  return dir;
}

export async function generateTypes(): Promise<string> {
  const foldedDir = await writeFoldedSchemas();
  // One root that refers to every schema, so shared definitions are declared once in one module.
  const root: JSONSchema = {
    type: 'object',
    additionalProperties: false,
    properties: Object.fromEntries(schemaFiles.map((name) => [name, { $ref: `${name}.schema.json` }])),
  };
  const source = await compile(root, 'SchemaFiles', {
    cwd: foldedDir,
    additionalProperties: false,
    bannerComment:
      '/* Generated from schema/*.schema.json by `npm run generate:types`. Do not edit by hand. */',
    customName: (schema) => (schema as { 'x-typeName'?: string })['x-typeName'],
    style: { singleQuote: true, printWidth: 110 },
    unreachableDefinitions: false,
  });
  await rm(foldedDir, { recursive: true });
  // The synthetic root only exists to reach every schema; drop its interface.
  return source.replace(/export interface SchemaFiles \{[^}]*\}\n\n?/, '');
}

const generated = await generateTypes();
if (process.argv.includes('--check')) {
  const current = await readFile(outFile, 'utf8').catch(() => '');
  if (current !== generated) {
    console.error('src/generated/catalogue-types.ts neodpovídá schématům v schema/. Spusťte: npm run generate:types');
    process.exit(1);
  }
} else {
  await writeFile(outFile, generated);
  console.log('Written src/generated/catalogue-types.ts');
}
