import assert from 'node:assert/strict';
import { test } from 'node:test';
import { expectedIcoCheckDigit, isValidIco } from '../../src/catalogue/ico.js';

const cases: Array<{ ico: string; expected: number | undefined; valid: boolean }> = [
  // Hlavní město Praha: weighted sum 77, remainder 0 → check digit 1.
  { ico: '00064581', expected: 1, valid: true },
  // Ministerstvo financí: weighted sum 59, remainder 4 → 7.
  { ico: '00006947', expected: 7, valid: true },
  // Weighted sum 2, remainder 2 → 9.
  { ico: '00000019', expected: 9, valid: true },
  { ico: '00000018', expected: 9, valid: false },
  // Weighted sum 12, remainder 1 → 0.
  { ico: '00000060', expected: 0, valid: true },
  { ico: '00000061', expected: 0, valid: false },
  // Weighted sum 0, remainder 0 → 1.
  { ico: '00000001', expected: 1, valid: true },
  { ico: '00000000', expected: 1, valid: false },
  { ico: '12345678', expected: 9, valid: false },
  { ico: '12345679', expected: 9, valid: true },
  { ico: '1234567', expected: undefined, valid: false },
  { ico: '123456789', expected: undefined, valid: false },
  { ico: '1234567a', expected: undefined, valid: false },
  { ico: ' 12345679', expected: undefined, valid: false },
  { ico: '', expected: undefined, valid: false },
];

for (const { ico, expected, valid } of cases) {
  test(`IČO ${JSON.stringify(ico)}: check digit ${String(expected)}, ${valid ? 'valid' : 'invalid'}`, () => {
    assert.equal(expectedIcoCheckDigit(ico), expected);
    assert.equal(isValidIco(ico), valid);
  });
}
