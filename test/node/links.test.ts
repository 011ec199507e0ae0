import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isSafeWebUrl, mailtoHref, safeWebHref, telHref } from '../../src/catalogue/links.js';
import { assertShortcutAgrees } from '../fixtures/links/web-addresses.js';

const webCases: Array<[string, string | undefined]> = [
  ['https://www.example.cz', 'https://www.example.cz/'],
  ['http://example.org/sluzby?druh=4#kontakt', 'http://example.org/sluzby?druh=4#kontakt'],
  ['HTTPS://EXAMPLE.CZ/Cesta', 'https://example.cz/Cesta'],
  ['https://obec-kelč.example.cz/', 'https://xn--obec-kel-rbb.example.cz/'],
  ['javascript:alert(1)', undefined],
  ['JavaScript:alert(1)', undefined],
  [' javascript:alert(1)', undefined],
  [' https://example.cz', undefined],
  ['https://example.cz ', undefined],
  ['java%73cript:alert(1)', undefined],
  ['jav\tascript:alert(1)', undefined],
  ['data:text/html,<script>alert(1)</script>', undefined],
  ['vbscript:msgbox(1)', undefined],
  ['ftp://example.cz/', undefined],
  ['//example.cz/', undefined],
  ['/relative/path', undefined],
  ['www.example.cz', undefined],
  ['https://user:secret@example.cz/', undefined],
  ['https://user@example.cz/', undefined],
  ['https://exa\u202Emple.cz/', undefined],
  ['https://exa\u200Bmple.cz/', undefined],
  ['https://example.cz/\u0000', undefined],
  ['https://', undefined],
  ['', undefined],
  [`https://example.cz/${'a'.repeat(2000)}`, undefined],
];

for (const [input, expected] of webCases) {
  test(`safeWebHref(${JSON.stringify(input.slice(0, 60))})`, () => {
    assert.equal(safeWebHref(input), expected);
  });
}

for (const [input, expected] of webCases) {
  test(`isSafeWebUrl(${JSON.stringify(input.slice(0, 60))})`, () => {
    assert.equal(isSafeWebUrl(input), expected !== undefined);
  });
}

test('isSafeWebUrl says what safeWebHref says, shortcut or not', () => {
  const safe = assertShortcutAgrees(5000);
  assert.ok(safe > 500 && safe < 4500, `${safe} of 5000 addresses safe`);
});

const mailCases: Array<[string, string | undefined]> = [
  ['info@example.cz', 'mailto:info@example.cz'],
  ['jan.novak+sluzby@pece.example.org', 'mailto:jan.novak+sluzby@pece.example.org'],
  ['info@example', undefined],
  ['info example.cz', undefined],
  ['info@@example.cz', undefined],
  ['<info@example.cz>', undefined],
  ['a@example.cz?cc=b@example.cz', undefined],
  ['a?body=x@example.cz', undefined],
  ['a%40b@example.cz', undefined],
  ['javascript:alert(1)//@example.cz', undefined],
  [' info@example.cz', undefined],
  ['info@example.cz\n', undefined],
  ['', undefined],
];

for (const [input, expected] of mailCases) {
  test(`mailtoHref(${JSON.stringify(input)})`, () => {
    assert.equal(mailtoHref(input), expected);
  });
}

const telCases: Array<[string, string | undefined]> = [
  ['571 629 084', 'tel:+420571629084'],
  ['+420 571 629 084', 'tel:+420571629084'],
  ['571629084', 'tel:+420571629084'],
  ['+420571629084', 'tel:+420571629084'],
  ['+421 2 1234 5678', 'tel:+421212345678'],
  ['+49 30 1234567', 'tel:+49301234567'],
  ['+420 000 000 000', 'tel:+420000000000'],
  ['5716 2908', undefined],
  ['+420 571 629 08', undefined],
  ['00420 571 629 084', undefined],
  ['+1 234 567 890 123 456', undefined],
  ['571-629-084', undefined],
  ['571  629 084', undefined],
  ['tel:571629084', undefined],
  ['javascript:alert(1)', undefined],
  ['', undefined],
];

for (const [input, expected] of telCases) {
  test(`telHref(${JSON.stringify(input)})`, () => {
    assert.equal(telHref(input), expected);
  });
}

test('link helpers return undefined for non-string input instead of throwing', () => {
  for (const input of [null, undefined, 42, {}, ['https://example.cz']]) {
    assert.equal(safeWebHref(input as unknown as string), undefined);
    assert.equal(mailtoHref(input as unknown as string), undefined);
    assert.equal(telHref(input as unknown as string), undefined);
  }
});
