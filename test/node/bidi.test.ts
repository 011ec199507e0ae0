import assert from 'node:assert/strict';
import { test } from 'node:test';
import { canReorderNeighbours } from '../../src/render/bidi.js';

const cases: Array<[string, boolean, string]> = [
  ['Osoby se zdravotním postižením', false, 'Czech'],
  ['Krásno nad Bečvou, Zašovská 750, 757 01', false, 'an address: digits and punctuation'],
  ['(3 lůžka) – 24/7 ✓ 👍', false, 'neutral symbols and an emoji'],
  ['', false, 'nothing'],
  ['שלום', true, 'Hebrew'],
  ['Praha مرحبا', true, 'Arabic after Czech'],
  ['\u202Eevil', true, 'a right-to-left override'],
  ['a\u2066b\u2069', true, 'isolates'],
  ['\u200F', true, 'a right-to-left mark'],
  ['\u{10900}', true, 'Phoenician, beyond the Basic Multilingual Plane'],
  ['\u{1E900}', true, 'Adlam, beyond the Basic Multilingual Plane'],
];
for (const [text, expected, why] of cases) {
  test(`canReorderNeighbours(${JSON.stringify(text)}) = ${expected} (${why})`, () => assert.equal(canReorderNeighbours(text), expected));
}
