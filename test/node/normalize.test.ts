import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normalizeText } from '../../src/search/normalize.js';

const cases: Array<[string, string]> = [
  ['Pečovatelská služba', 'pecovatelska sluzba'],
  ['ŽLUŤOUČKÝ kůň', 'zlutoucky kun'],
  ['  Krásno nad   Bečvou ', 'krasno nad becvou'],
  ['Odlehčovací služby - terénní', 'odlehcovaci sluzby terenni'],
  ['§ 40, 108/2006 Sb.', '40 108 2006 sb'],
  ['', ''],
];

for (const [input, expected] of cases) {
  test(`normalizeText(${JSON.stringify(input)})`, () => {
    assert.equal(normalizeText(input), expected);
  });
}
