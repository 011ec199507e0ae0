import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  allBudgetsMet,
  distribution,
  percentile,
  resultsTable,
  verdict,
  type BenchResults,
  type ScaleFigures,
} from '../../scripts/bench/browser-report.js';

const percentileCases: Array<[string, number[], number, number]> = [
  ['p50 of an odd count is the middle', [5, 1, 3], 0.5, 3],
  ['p95 of 20 values is the 19th', Array.from({ length: 20 }, (_, i) => i + 1), 0.95, 19],
  ['p95 of 100 values is the 95th', Array.from({ length: 100 }, (_, i) => 100 - i), 0.95, 95],
  ['p95 of one value is that value', [7], 0.95, 7],
  ['p100 is the largest', [2, 9, 4], 1, 9],
];
for (const [name, values, share, expected] of percentileCases) {
  test(`percentile: ${name}`, () => {
    assert.equal(percentile(values, share), expected);
  });
}

test('percentile of nothing is NaN', () => {
  assert.ok(Number.isNaN(percentile([], 0.5)));
});

const verdictCases: Array<[number, number | undefined, string]> = [
  [3.9, 4, 'met'],
  [4, 4, 'met'],
  [4.01, 4, 'NOT met'],
  [12, undefined, '—'],
];
for (const [value, budget, expected] of verdictCases) {
  test(`verdict: ${value} against ${budget}`, () => {
    assert.equal(verdict(value, budget), expected);
  });
}

function figures(overrides: Partial<ScaleFigures>): ScaleFigures {
  const fast = distribution([1, 2, 3]);
  return {
    services: 17,
    keystroke: fast,
    filterToggle: fast,
    keystrokeFullPage: fast,
    filterToggleFullPage: fast,
    firstResults: distribution([20, 22, 30]),
    firstResultsInstant: distribution([40]),
    firstResultsPreset: distribution([25, 26, 90]),
    heapAfterLoad: 3e6,
    heapAfterTyping: 4e6,
    longTasks: { count: 0, max: Number.NaN },
    loadLongTasks: { count: 0, max: Number.NaN },
    mismatches: 0,
    catalogueBytes: 30_000,
    catalogueGzip: 8_000,
    baseline: { build: 2, keystroke: distribution([3, 6]), every: 1 },
    ...overrides,
  };
}

function results(real: Partial<ScaleFigures>, bundleGzip = 30_000): BenchResults {
  return { date: '2026-01-01T00:00:00Z', environment: {}, bundle: { bytes: 100_000, gzip: bundleGzip, parts: [{ name: 'lit', gzip: 6_000 }, { name: 'own code', gzip: bundleGzip - 6_000 }] }, scales: { real: figures(real) } };
}

const budgetCases: Array<[string, BenchResults, boolean]> = [
  ['everything within budget', results({}), true],
  ['a slow keystroke at the real catalogue', results({ keystroke: distribution([1, 2, 30]) }), false],
  ['first results too late in most loads', results({ firstResults: distribution([45, 51, 52]) }), false],
  ['first results late in one load of three', results({ firstResults: distribution([45, 46, 90]) }), true],
  ['one long task while typing', results({ longTasks: { count: 1, max: 60 } }), false],
  ['a large catalogue', results({ catalogueGzip: 20_001 }), false],
  ['a large bundle', results({}, 35_001), false],
];
for (const [name, input, expected] of budgetCases) {
  test(`allBudgetsMet: ${name}`, () => {
    assert.equal(allBudgetsMet(input), expected);
  });
}

test('resultsTable marks each figure against its budget', () => {
  const table = resultsTable(results({ firstResults: distribution([60, 80, 95]) }));
  assert.match(table, /catalogue arrival → first results, median \| 80 ms \(≤ 50 ms: NOT met\)/);
  assert.match(table, /first results: fastest – slowest load \(n\) \| 60 ms – 95 ms \(3\)/);
  assert.match(table, /municipality preset: median; fastest – slowest \| 26 ms; 25 ms – 90 ms \(3\)/);
  assert.match(table, /keystroke → results on screen, p95 \| 3\.0 ms \(≤ 4\.0 ms: met\)/);
  assert.match(table, /baseline p95 ÷ element keystroke p95 \| 2\.0×/);
  assert.match(table, /of which, gzip \| lit 6\.0 kB, own code 24\.0 kB \|/);
});
