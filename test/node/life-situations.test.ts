import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import schema from '../../schema/life-situations.schema.json' with { type: 'json' };
import situationsFile from '../../catalogue-data/life-situations.json' with { type: 'json' };
import evalSet from '../fixtures/search-eval.json' with { type: 'json' };
import { normalizeText } from '../../src/search/normalize.js';

const repoRoot = new URL('../../', import.meta.url);
const { situations } = situationsFile;

/**
 * Codes of one MPSV codebook: the project's copy in catalogue-data/codebooks/ once it exists,
 * otherwise the reference CSV it is made from (first column = code).
 */
function codebookCodes(jsonName: string, csvName: string): Set<number> {
  const json = new URL(`catalogue-data/codebooks/${jsonName}`, repoRoot);
  if (existsSync(json)) {
    const file = JSON.parse(readFileSync(json, 'utf8')) as { entries: Array<{ code: number | string }> };
    return new Set(file.entries.map((entry) => Number(entry.code)));
  }
  const csv = readFileSync(new URL(`../shared/reference/${csvName}`, repoRoot), 'utf8');
  return new Set(
    csv
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => Number(line.split(',')[0])),
  );
}

const kindCodes = codebookCodes('kinds.json', 'mpsv-druh-socialni-sluzby.csv');
const targetGroupCodes = codebookCodes('target-groups.json', 'mpsv-cilova-skupina-osoby.csv');

/** Groups items by a key and keeps the keys that more than one distinct owner uses. */
function sharedKeys(entries: Array<{ key: string; owner: string }>): Map<string, string[]> {
  const owners = new Map<string, Set<string>>();
  for (const { key, owner } of entries) owners.set(key, (owners.get(key) ?? new Set()).add(owner));
  return new Map([...owners].filter(([, set]) => set.size > 1).map(([key, set]) => [key, [...set]]));
}

type SchemaNode = { [key: string]: unknown };

/** Every field an editor sees: each entry of `properties` and `$defs`, with its path. */
function schemaFields(node: SchemaNode, path: string): Array<[string, SchemaNode]> {
  const fields: Array<[string, SchemaNode]> = [];
  for (const container of ['properties', '$defs'] as const) {
    const children = node[container] as Record<string, SchemaNode> | undefined;
    for (const [name, child] of Object.entries(children ?? {})) {
      const childPath = `${path}/${container}/${name}`;
      fields.push([childPath, child], ...schemaFields(child, childPath));
    }
  }
  return fields;
}

test('the schema gives every field a Czech title and description, and names its types', () => {
  const root = schema as SchemaNode;
  assert.equal(root['x-typeName'], 'LifeSituationsFile');
  for (const [name, def] of Object.entries(root.$defs as Record<string, SchemaNode>)) {
    assert.equal(typeof def['x-typeName'], 'string', `$defs/${name} has no x-typeName`);
  }
  for (const [path, field] of schemaFields(root, '#')) {
    if (path.endsWith('/$schema') || '$ref' in field) continue;
    assert.equal(typeof field.title, 'string', `${path} has no title`);
    assert.equal(typeof field.description, 'string', `${path} has no description`);
  }
});

test('catalogue-data/life-situations.json is valid against its schema', () => {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  const validate = ajv.compile(schema);
  const valid = validate(situationsFile);
  assert.ok(valid, JSON.stringify(validate.errors, null, 2));
});

test('the schema rejects a situation without a paragraph of the law', () => {
  const ajv = new Ajv2020({ strict: false });
  const validate = ajv.compile(schema);
  const [first] = situations;
  assert.ok(first);
  const broken = { ...situationsFile, situations: [{ ...first, lawNote: 'Protože se to hodí.' }] };
  assert.equal(validate(broken), false);
});

test('there are at least 80 situations with unique ids', () => {
  assert.ok(situations.length >= 80, `only ${situations.length} situations`);
  const ids = situations.map((situation) => situation.id);
  assert.deepEqual([...sharedKeys(ids.map((id, index) => ({ key: id, owner: String(index) })))], []);
});

test('kinds are ranked from the best fit and listed once per situation', () => {
  for (const situation of situations) {
    const weights = situation.kinds.map((link) => link.weight);
    assert.deepEqual(weights, [...weights].sort((a, b) => b - a), `${situation.id}: kinds not ranked`);
    const codes = situation.kinds.map((link) => link.kind);
    assert.equal(new Set(codes).size, codes.length, `${situation.id}: a kind is listed twice`);
  }
});

test('every kind and target group code exists in the MPSV codebooks', () => {
  for (const situation of situations) {
    for (const { kind } of situation.kinds) {
      assert.ok(kindCodes.has(kind), `${situation.id}: unknown kind ${kind}`);
    }
    for (const group of situation.targetGroups ?? []) {
      assert.ok(targetGroupCodes.has(group), `${situation.id}: unknown target group ${group}`);
    }
  }
});

test('situations reach every kind of service and every target group', (t) => {
  const kindsReached = new Map<number, number>();
  const groupsReached = new Map<number, number>();
  for (const situation of situations) {
    for (const { kind } of situation.kinds) kindsReached.set(kind, (kindsReached.get(kind) ?? 0) + 1);
    for (const group of situation.targetGroups ?? []) groupsReached.set(group, (groupsReached.get(group) ?? 0) + 1);
  }
  const missingKinds = [...kindCodes].filter((code) => !kindsReached.has(code));
  const missingGroups = [...targetGroupCodes].filter((code) => !groupsReached.has(code));
  assert.deepEqual(missingKinds, [], 'kinds no situation leads to');
  assert.deepEqual(missingGroups, [], 'target groups no situation names');
  const summary = (reached: Map<number, number>) =>
    [...reached].sort(([a], [b]) => a - b).map(([code, count]) => `${code}:${count}`).join(' ');
  t.diagnostic(`situations per kind: ${summary(kindsReached)}`);
  t.diagnostic(`situations per target group: ${summary(groupsReached)}`);
});

test('no phrase, once folded for search, belongs to two situations or repeats within one', () => {
  const folded = situations.flatMap((situation) =>
    situation.phrases.map((phrase) => ({ key: normalizeText(phrase), owner: situation.id })),
  );
  assert.ok(folded.every(({ key }) => key.length > 0), 'a phrase folds to nothing');
  const ambiguous = [...sharedKeys(folded)].map(([phrase, ids]) => `"${phrase}" → ${ids.join(', ')}`);
  assert.deepEqual(ambiguous, [], 'ambiguous phrases');
  for (const situation of situations) {
    const keys = situation.phrases.map((phrase) => normalizeText(phrase));
    assert.equal(new Set(keys).size, keys.length, `${situation.id}: a phrase repeats with other diacritics or case`);
  }
});

test('the evaluation set has at least 60 typed queries with known expected kinds', () => {
  const { queries } = evalSet;
  assert.ok(queries.length >= 60, `only ${queries.length} queries`);
  const seen = new Set<string>();
  for (const { query, expectedKinds, note } of queries) {
    assert.equal(query, query.toLowerCase(), `"${query}" is not typed in lower case`);
    const words = normalizeText(query).split(' ');
    assert.ok(words.length >= 1 && words.length <= 5, `"${query}" is not 1–5 words`);
    assert.ok(!seen.has(normalizeText(query)), `"${query}" is listed twice`);
    seen.add(normalizeText(query));
    assert.ok(expectedKinds.length > 0, `"${query}" expects no kind`);
    for (const kind of expectedKinds) assert.ok(kindCodes.has(kind), `"${query}": unknown kind ${kind}`);
    assert.ok(note.trim().length > 0, `"${query}" has no note`);
  }
});

test('the evaluation queries are held out: none is a phrase or label of a situation', () => {
  const known = new Set(
    situations.flatMap((situation) => [situation.label.cs, ...situation.phrases].map((text) => normalizeText(text))),
  );
  const leaked = evalSet.queries.map(({ query }) => query).filter((query) => known.has(normalizeText(query)));
  assert.deepEqual(leaked, []);
});
