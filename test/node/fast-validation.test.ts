import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import * as z from 'zod/mini';
import { acceptor } from '../../src/catalogue/fast-validation.js';
import {
  catalogueSchema,
  codebookFileSchema,
  municipalitiesFileSchema,
  providerFileSchema,
  serviceSchema,
} from '../../src/catalogue/schema.js';

const validDir = fileURLToPath(new URL('../fixtures/contract/valid', import.meta.url));

const schemas: Record<string, z.ZodMiniType> = {
  provider: providerFileSchema,
  codebook: codebookFileSchema,
  municipalities: municipalitiesFileSchema,
  catalogue: catalogueSchema,
};

/** The valid contract fixtures (whole documents) with the schema their file name starts with. */
const fixtures = readdirSync(validDir)
  .filter((file) => !file.endsWith('.cases.json'))
  .map((file) => ({ file, schema: schemas[file.split(/[-.]/)[0] ?? ''], document: JSON.parse(readFileSync(join(validDir, file), 'utf8')) as unknown }));

const service = (fixtures.find((f) => f.file === 'provider-full.json')?.document as { services: unknown[] }).services[0];

function accepts(schema: z.ZodMiniType, value: unknown): boolean {
  const fast = acceptor(schema);
  assert.ok(fast, 'the schema compiles');
  return fast(value);
}

test('every valid contract fixture passes the fast pass as it is', () => {
  assert.ok(fixtures.length >= 4);
  for (const { file, schema, document } of fixtures) {
    assert.ok(schema, `${file} names its schema`);
    assert.ok(schema.safeParse(document).success, `${file} is valid`);
    assert.ok(accepts(schema, document), `${file} passes the fast pass`);
  }
});

const with_ = (changes: Record<string, unknown>) => ({ ...(service as object), ...changes });
const inherited = Object.assign(Object.create({ extra: 1 }) as object, service);

const serviceCases: Array<[string, unknown, boolean]> = [
  ['the fixture service', service, true],
  ['an unknown field', with_({ telefon: '000' }), false],
  ['an inherited enumerable field', inherited, false],
  ['a wrong type', with_({ registered: 'yes' }), false],
  ['a required field missing', with_({ name: undefined }), false],
  ['registered without kind (a refinement of the whole object)', with_({ registered: true, kind: undefined }), false],
  ['a pattern broken', with_({ id: 'Testovaci' }), false],
  ['a bound broken', with_({ kind: 0 }), false],
  ['not a whole number', with_({ kind: 1.5 }), false],
  ['not finite', with_({ kind: Number.POSITIVE_INFINITY }), false],
  ['an empty non-empty list', with_({ forms: [] }), false],
  ['duplicate items', with_({ targetGroups: [1, 1] }), false],
  ['blank text', with_({ description: '   ' }), false],
  ['501 code points', with_({ name: '😀'.repeat(501) }), false],
  ['500 code points in 1000 UTF-16 units', with_({ name: '😀'.repeat(500) }), true],
  ['a link the allow-list refuses', with_({ contacts: { web: ['https://user:secret@example.cz'] } }), false],
  ['one astral code point as a whole name', with_({ name: '😀' }), true],
  ['a long list with a duplicate (checked with a Set)', with_({ targetGroups: [...Array.from({ length: 20 }, (_, i) => i + 1), 5] }), false],
  ['a long list without one', with_({ targetGroups: Array.from({ length: 21 }, (_, i) => i + 1) }), true],
  ['an array', [service], false],
  ['null', null, false],
];
for (const [name, value, expected] of serviceCases) {
  test(`fast pass on a service: ${name}`, () => {
    assert.equal(accepts(serviceSchema, value), expected);
    // Whatever the pass accepts, zod accepts too, unchanged.
    if (expected) assert.deepEqual(serviceSchema.safeParse(value), { success: true, data: value });
  });
}

test('unknownKeys: ignore lets keys the schema does not name through, and nothing else', () => {
  const lenient = acceptor(serviceSchema, { unknownKeys: 'ignore' });
  assert.ok(lenient);
  const nested = { ...(service as object), places: [{ ...((service as { places: object[] }).places[0] ?? {}), testovaci: 1 }] };
  assert.equal(lenient(with_({ testovaciNovePole: 'x' })), true, 'an unknown field');
  assert.equal(lenient(nested), true, 'an unknown field in a nested object');
  assert.equal(accepts(serviceSchema, nested), false, 'the default still refuses it');
  // Every other broken service stays refused, with or without an unknown key beside its problem.
  for (const [name, value, expected] of serviceCases) {
    if (expected || name === 'an unknown field' || name === 'an inherited enumerable field') continue;
    assert.equal(lenient(value), false, `still refused: ${name}`);
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      assert.equal(lenient({ ...value, testovaciNovePole: 'x' }), false, `still refused with an unknown key: ${name}`);
    }
  }
});

test('schemas that change their input are not compiled', () => {
  assert.equal(acceptor(z.object({ a: z.string() })), undefined, 'a stripping object');
  assert.equal(acceptor(z.strictObject({ a: z.pipe(z.string(), z.transform((s: string) => s.length)) })), undefined, 'a transform inside');
  assert.equal(acceptor(z.strictObject({ a: z._default(z.string(), 'x') })), undefined, 'a default');
});

function pointersOf(value: unknown, path: readonly (string | number)[] = []): Array<readonly (string | number)[]> {
  if (typeof value !== 'object' || value === null) return [path];
  const keys = Array.isArray(value) ? value.map((_, index) => index) : Object.keys(value);
  return [path, ...keys.flatMap((key) => pointersOf((value as Record<string, unknown>)[key], [...path, key]))];
}

function changed(document: unknown, path: readonly (string | number)[], value: unknown, remove: boolean): unknown {
  if (path.length === 0) return value;
  const copy = structuredClone(document);
  let parent = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1] ?? '';
  if (remove && Array.isArray(parent)) parent.splice(Number(last), 1);
  else if (remove) Reflect.deleteProperty(parent, last);
  else parent[last] = value;
  return copy;
}

const values = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom('', ' ', 'a', '1', 'amb', '000001', '2024-02-30', 'https://example.cz', 'javascript:alert(1)', '😀', 0, 1, -1, 1.5, true, null, [], {}),
);

for (const { file, schema, document } of fixtures) {
  test(`random damage to ${file}: the fast pass never accepts what zod rejects`, () => {
    assert.ok(schema);
    const fast = acceptor(schema);
    assert.ok(fast);
    const pointers = pointersOf(document);
    let accepted = 0;
    let rejected = 0;
    fc.assert(
      fc.property(fc.constantFrom(...pointers), values, fc.boolean(), (path, value, remove) => {
        const damaged = changed(document, path, value, remove);
        if (fast(damaged)) {
          accepted++;
          assert.deepEqual(schema.safeParse(damaged), { success: true, data: damaged });
        } else rejected++;
      }),
      { numRuns: 400 },
    );
    // Both answers occur, so the property checked something.
    assert.ok(accepted > 0 && rejected > 0, `accepted ${accepted}, rejected ${rejected}`);
  });
}

/** Each kind of check the pass calls directly, against zod's own verdict on the same values. */
const checkCases: Array<[string, z.ZodMiniType, unknown[]]> = [
  ['a refinement', z.string().check(z.refine((s: string) => s.startsWith('a'))), ['a', 'b', '']],
  ['a pattern', z.string().check(z.regex(/^[0-9]{2}$/)), ['12', '123', '']],
  // A global pattern keeps its lastIndex between tests unless reset, as zod resets it.
  ['a global pattern, twice the same value', z.string().check(z.regex(/a/g)), ['ba', 'ba', 'b']],
  ['inclusive bounds', z.number().check(z.gte(1), z.lte(3)), [0, 1, 3, 4]],
  ['exclusive bounds', z.number().check(z.gt(1), z.lt(3)), [1, 2, 3]],
  ['a check run as zod runs it', z.string().check(z.maxLength(2)), ['ab', 'abc']],
  [
    'a refinement of a whole object',
    z.strictObject({ a: z.number() }).check(
      z.superRefine((value, context) => {
        if (value.a > 1) context.addIssue({ code: 'custom', message: 'big', input: value });
      }),
    ),
    [{ a: 1 }, { a: 2 }],
  ],
];
for (const [name, schema, values] of checkCases) {
  test(`fast pass and zod agree on ${name}`, () => {
    const fast = acceptor(schema);
    assert.ok(fast);
    for (const value of values) assert.equal(fast(value), schema.safeParse(value).success, JSON.stringify(value));
  });
}
