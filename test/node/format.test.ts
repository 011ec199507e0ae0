import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatCapacity } from '../../src/format/capacity.js';
import { formatDate, isOlderThanMonths, parseIsoDate } from '../../src/format/date.js';
import { formatPhone } from '../../src/format/phone.js';

const phones: Array<[string, string]> = [
  ['571629084', '571 629 084'],
  ['571 629 084', '571 629 084'],
  ['+420571629084', '+420 571 629 084'],
  ['+420 571 629 084', '+420 571 629 084'],
  ['+421  2 1234 5678', '+421 2 1234 5678'],
  ['12 34', '12 34'],
];
for (const [input, expected] of phones) {
  test(`formatPhone(${JSON.stringify(input)})`, () => {
    assert.equal(formatPhone(input), expected);
  });
}

const dates: Array<[string, 'cs' | 'en', string]> = [
  ['2026-09-04', 'cs', '4. září 2026'],
  ['2026-01-01', 'cs', '1. ledna 2026'],
  ['2026-09-04', 'en', '4 September 2026'],
  ['2026-02-30', 'cs', '2026-02-30'],
  ['not a date', 'cs', 'not a date'],
];
for (const [iso, lang, expected] of dates) {
  test(`formatDate(${lang}, ${iso})`, () => {
    assert.equal(formatDate(lang, iso), expected);
  });
}

test('parseIsoDate rejects impossible days', () => {
  assert.equal(parseIsoDate('2025-02-29'), undefined);
  assert.equal(parseIsoDate('2024-02-29')?.toISOString(), '2024-02-29T00:00:00.000Z');
});

const today = new Date(2026, 10, 22);
const staleCases: Array<[string | undefined, boolean]> = [
  ['2026-11-01', false],
  ['2025-11-22', false],
  ['2025-11-21', true],
  ['2020-01-01', true],
  [undefined, true],
  ['garbage', true],
];
for (const [reviewed, expected] of staleCases) {
  test(`isOlderThanMonths(${String(reviewed)}, 12) = ${expected}`, () => {
    assert.equal(isOlderThanMonths(reviewed, today, 12), expected);
  });
}

test('capacity with unit in the right plural', () => {
  assert.equal(formatCapacity('cs', { count: 12, unit: 'luzka' }), '12 lůžek');
  assert.equal(formatCapacity('cs', { count: 3, unit: 'luzka' }), '3 lůžka');
  assert.equal(formatCapacity('en', { count: 3, unit: 'luzka' }), '3 beds');
});
