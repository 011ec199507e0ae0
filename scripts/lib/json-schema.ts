/**
 * The JSON Schemas of schema/ compiled with ajv (draft 2020-12): the reference implementation of the data
 * contract, used by the tests that hold the zod schemas to it and by the validator for files that have
 * no zod mirror (life-situations.json).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv/dist/2020.js';

export type SchemaName = 'provider' | 'codebook' | 'municipalities' | 'catalogue' | 'life-situations';

/**
 * RFC 3339 full-date, written independently of src/catalogue/schema.ts on purpose: the contract test
 * compares the two, so sharing code would hide a mistake in either.
 */
function isFullDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export function createSchemaValidators(schemaDir: string): (name: SchemaName) => ValidateFunction | undefined {
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
  ajv.addVocabulary(['x-typeName']);
  ajv.addFormat('date', isFullDate);
  for (const file of readdirSync(schemaDir).filter((name) => name.endsWith('.schema.json')).sort()) {
    ajv.addSchema(JSON.parse(readFileSync(join(schemaDir, file), 'utf8')) as object);
  }
  return (name) => ajv.getSchema(`${name}.schema.json`);
}
