import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { generateCatalogue } from '../../scripts/bench/generate-catalogue.js';
import { buildCatalogueModel } from '../../src/catalogue/model.js';
import type { LifeSituationsFile } from '../../src/generated/catalogue-types.js';
import { compareSearches, evaluateSearch, type EvalQuery } from '../../src/search/situation-eval.js';

const kinds: Readonly<Record<string, number>> = { a1: 1, a2: 1, b1: 2, c1: 3 };
const rankings: Readonly<Record<string, readonly string[]>> = {
  first: ['b1', 'a1'],
  second: ['a1', 'b1'],
  sixth: ['a1', 'a2', 'a1', 'a2', 'a1', 'b1'],
  never: ['a1', 'a2'],
  unreachable: ['a1'],
};
const queries: EvalQuery[] = [
  { query: 'first', expectedKinds: [2] },
  { query: 'second', expectedKinds: [3, 2] },
  { query: 'sixth', expectedKinds: [2] },
  { query: 'never', expectedKinds: [2] },
  { query: 'unreachable', expectedKinds: [9] },
];

test('recall@5 and MRR count the first service of an expected kind; queries no service can answer are left out', () => {
  const summary = evaluateSearch(queries, (query) => rankings[query] ?? [], (id) => kinds[id], new Set([1, 2, 3]));
  assert.equal(summary.evaluated, 4);
  assert.equal(summary.unreachable, 1);
  assert.deepEqual(
    summary.outcomes.map((outcome) => outcome.firstHit),
    [1, 2, 6, undefined],
  );
  assert.equal(summary.recall, 2 / 4);
  assert.equal(summary.meanReciprocalRank, (1 + 1 / 2 + 1 / 6 + 0) / 4);
});

test('an evaluation with nothing to evaluate reports zero, not NaN', () => {
  const summary = evaluateSearch(queries.slice(4), () => [], () => undefined, new Set([1]));
  assert.deepEqual([summary.evaluated, summary.unreachable, summary.recall, summary.meanReciprocalRank], [0, 1, 0, 0]);
});

test('on a synthetic catalogue where every kind exists, situations reach recall@5 ≥ 0.9 and beat plain search', () => {
  const evalSet = JSON.parse(readFileSync(new URL('../fixtures/search-eval.json', import.meta.url), 'utf8')) as { queries: EvalQuery[] };
  const { situations } = JSON.parse(readFileSync(new URL('../../catalogue-data/life-situations.json', import.meta.url), 'utf8')) as LifeSituationsFile;
  const catalogue = generateCatalogue({ services: 1500, providers: 560, seed: 1 });
  const model = buildCatalogueModel(catalogue, 'cs', new Date(`${catalogue.built}T12:00:00Z`));
  const { plain, withSituations } = compareSearches(model, situations, evalSet.queries);
  assert.ok(evalSet.queries.length >= 60);
  assert.ok(withSituations.evaluated >= evalSet.queries.length - 3, `${withSituations.unreachable} queries cannot be hit`);
  assert.ok(withSituations.recall >= 0.9, `recall@5 with situations ${withSituations.recall.toFixed(3)}`);
  assert.ok(withSituations.recall > plain.recall + 0.3, `plain ${plain.recall.toFixed(3)}, with situations ${withSituations.recall.toFixed(3)}`);
  assert.ok(withSituations.meanReciprocalRank > plain.meanReciprocalRank);
});
