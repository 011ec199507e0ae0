import assert from 'node:assert/strict';
import { test } from 'node:test';
import { serviceHeadingTag } from '../../src/render/heading-level.js';

const cases: Array<[number | undefined, string, string]> = [
  [undefined, 'h3', 'no attribute: the default'],
  [2, 'h2', 'directly under the page h1'],
  [3, 'h3', 'the default given explicitly'],
  [6, 'h6', 'the deepest heading HTML has'],
  [1, 'h3', 'the page title is the host page’s, never a service'],
  [7, 'h3', 'no such heading'],
  [2.5, 'h3', 'not a whole number'],
  [Number.NaN, 'h3', 'an attribute that is not a number'],
];
for (const [level, expected, why] of cases) {
  test(`serviceHeadingTag(${String(level)}) = ${expected} (${why})`, () => assert.equal(serviceHeadingTag(level), expected));
}
