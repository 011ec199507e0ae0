/**
 * The zod schemas (src/catalogue/schema.ts) against the JSON Schemas (schema/, through ajv): the same
 * fixtures go through both, and the test fails wherever they disagree.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import type * as z from 'zod/mini';
import {
  catalogueSchema,
  codebookFileSchema,
  municipalitiesFileSchema,
  providerFileSchema,
} from '../../src/catalogue/schema.js';
import { createSchemaValidators } from '../../scripts/lib/json-schema.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixtureDir = join(root, 'test/fixtures/contract');
const ajvFor = createSchemaValidators(join(root, 'schema'));

type ContractSchema = 'provider' | 'codebook' | 'municipalities' | 'catalogue';
const zodSchemas: Record<ContractSchema, z.ZodMiniType> = {
  provider: providerFileSchema,
  codebook: codebookFileSchema,
  municipalities: municipalitiesFileSchema,
  catalogue: catalogueSchema,
};

interface Verdicts {
  ajv: boolean;
  zod: boolean;
  ajvErrors: string;
  zodIssues: z.core.$ZodIssue[];
}

function judge(schema: ContractSchema, document: unknown): Verdicts {
  const validate = ajvFor(schema);
  assert.ok(validate, `ajv knows ${schema}.schema.json`);
  const ajv = validate(document);
  const zod = zodSchemas[schema].safeParse(document);
  return {
    ajv,
    zod: zod.success,
    ajvErrors: JSON.stringify(validate.errors?.slice(0, 3) ?? []),
    zodIssues: zod.success ? [] : zod.error.issues,
  };
}

function describeVerdicts(verdicts: Verdicts): string {
  const issues = verdicts.zodIssues.slice(0, 3).map((issue) => ({ path: issue.path.map(String).join('.'), code: issue.code, message: issue.message }));
  return `ajv ${verdicts.ajv ? 'accepts' : 'rejects'} ${verdicts.ajvErrors}; zod ${verdicts.zod ? 'accepts' : 'rejects'} ${JSON.stringify(issues)}`;
}

// ---- fixtures: whole documents, and cases that change one place of a base document ----

interface Case {
  name: string;
  pointer: string;
  value?: unknown;
  remove?: true;
  repeat?: [string, number];
  prefix?: string;
  suffix?: string;
}

interface CaseFile {
  schema: ContractSchema;
  base: string;
  cases: Case[];
}

function schemaOfFile(file: string): ContractSchema {
  const prefix = file.split('-')[0]?.replace(/\.json$/, '');
  assert.ok(prefix !== undefined && prefix in zodSchemas, `fixture ${file} starts with a schema name`);
  return prefix as ContractSchema;
}

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8')) as unknown;
}

function decodePointer(pointer: string): string[] {
  return pointer === '' ? [] : pointer.slice(1).split('/').map((token) => token.replaceAll('~1', '/').replaceAll('~0', '~'));
}

function applyCase(base: unknown, change: Case): unknown {
  const value = change.repeat ? `${change.prefix ?? ''}${change.repeat[0].repeat(change.repeat[1])}${change.suffix ?? ''}` : change.value;
  const tokens = decodePointer(change.pointer);
  const last = tokens.pop();
  if (last === undefined) return value;
  const document = structuredClone(base);
  let parent: unknown = document;
  for (const token of tokens) {
    parent = (parent as Record<string, unknown>)[token];
    assert.ok(typeof parent === 'object' && parent !== null, `${change.name}: ${change.pointer} exists in the base document`);
  }
  const container = parent as Record<string, unknown>;
  if (change.remove) {
    assert.ok(last in container, `${change.name}: ${change.pointer} exists before it is removed`);
    if (Array.isArray(container)) container.splice(Number(last), 1);
    else Reflect.deleteProperty(container, last);
  } else {
    container[last] = value;
  }
  return document;
}

function loadCases(path: string): Array<{ schema: ContractSchema; name: string; document: unknown }> {
  const file = readJson(path) as CaseFile;
  const base = readJson(join(dirname(path), file.base));
  return file.cases.map((change) => ({ schema: file.schema, name: change.name, document: applyCase(base, change) }));
}

function loadFixtures(kind: 'valid' | 'invalid') {
  const dir = join(fixtureDir, kind);
  return readdirSync(dir)
    .sort()
    .flatMap((file) =>
      file.endsWith('.cases.json')
        ? loadCases(join(dir, file)).map((entry) => ({ ...entry, name: `${file}: ${entry.name}` }))
        : [{ schema: schemaOfFile(file), name: file, document: readJson(join(dir, file)) }],
    );
}

const validFixtures = loadFixtures('valid');
const invalidFixtures = loadFixtures('invalid');

test('there are fixtures for every schema, valid and invalid', () => {
  for (const schema of Object.keys(zodSchemas)) {
    assert.ok(validFixtures.some((fixture) => fixture.schema === schema), `a valid ${schema} fixture`);
    assert.ok(invalidFixtures.some((fixture) => fixture.schema === schema), `an invalid ${schema} fixture`);
  }
});

for (const fixture of validFixtures) {
  test(`valid ${fixture.name}: accepted by ajv and zod`, () => {
    const verdicts = judge(fixture.schema, fixture.document);
    assert.ok(verdicts.ajv && verdicts.zod, describeVerdicts(verdicts));
  });
}

for (const fixture of invalidFixtures) {
  test(`invalid ${fixture.name}: rejected by ajv and zod`, () => {
    const verdicts = judge(fixture.schema, fixture.document);
    assert.ok(!verdicts.ajv && !verdicts.zod, describeVerdicts(verdicts));
  });
}

// The one deliberate difference: zod also runs web addresses through safeWebHref (src/catalogue/links.ts).
function onlyWebUrlIssues(issues: readonly z.core.$ZodIssue[]): boolean {
  return issues.length > 0 && issues.every((issue) => issue.code === 'custom' && issue.message === 'web-url');
}

for (const fixture of loadCases(join(fixtureDir, 'stricter-in-zod.cases.json'))) {
  test(`stricter in zod: ${fixture.name}`, () => {
    const verdicts = judge(fixture.schema, fixture.document);
    assert.ok(verdicts.ajv && onlyWebUrlIssues(verdicts.zodIssues), describeVerdicts(verdicts));
  });
}

// ---- random mutations: put arbitrary JSON anywhere in a valid document, the two must still agree ----

function pointersOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  const keys = Array.isArray(value) ? value.map((_, index) => String(index)) : Object.keys(value);
  return [prefix, ...keys.flatMap((key) => pointersOf((value as Record<string, unknown>)[key], `${prefix}/${key}`))];
}

const interestingStrings = fc.constantFrom(
  '', ' ', 'a', 'A', '1', '-', 'a-b', '§ 40', '00000019', '000001', '00000', '0000001', '2024-02-29', '2023-02-29',
  'https://www.example.cz', 'http://example', 'javascript:alert(1)', 'info@example.cz', '+420 000 000 000', '000 000 000',
  'amb', 'pob', 'care', 'DruhSocialniSluzby', '😀', '\u202E', 'x'.repeat(101), '0123456789abcdef',
);
const interestingValues = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  interestingStrings,
  fc.constantFrom(0, 1, -1, 1.5, 90, 180.5, 1000000, 1000001, true, false, null, [], {}),
);

for (const fixture of validFixtures.filter((entry) => !entry.name.includes('.cases.json'))) {
  test(`random mutations of ${fixture.name}: ajv and zod agree`, () => {
    const pointers = pointersOf(fixture.document);
    fc.assert(
      fc.property(
        fc.array(fc.record({ pointer: fc.constantFrom(...pointers), value: interestingValues, remove: fc.boolean() }), { minLength: 1, maxLength: 3 }),
        (changes) => {
          let document = fixture.document;
          for (const { pointer, value, remove } of changes) {
            // Earlier changes may have removed the path; skip those.
            try {
              document = applyCase(document, { name: 'random', pointer, value, ...(remove && pointer !== '' ? { remove: true } : {}) });
            } catch {
              continue;
            }
          }
          const verdicts = judge(fixture.schema, document);
          const agree = verdicts.ajv === verdicts.zod || (verdicts.ajv && onlyWebUrlIssues(verdicts.zodIssues));
          assert.ok(agree, `${describeVerdicts(verdicts)}\n${JSON.stringify(document).slice(0, 2000)}`);
        },
      ),
      { numRuns: 300 },
    );
  });
}
