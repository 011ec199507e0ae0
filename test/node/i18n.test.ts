import assert from 'node:assert/strict';
import { test } from 'node:test';
import type * as Collation from '../../src/i18n/collation.js';
import { compareCzech, sortByCzech, sortCzechStrings } from '../../src/i18n/collation.js';
import { resolveLang } from '../../src/i18n/lang.js';
import { messagesFor } from '../../src/i18n/messages.js';
import { countWithNoun, formatNumber, selectPlural } from '../../src/i18n/plural.js';

const lůžko = { one: 'lůžko', few: 'lůžka', many: 'lůžka', other: 'lůžek' };

const czechCounts: Array<[number, string]> = [
  [0, '0 lůžek'],
  [1, '1 lůžko'],
  [2, '2 lůžka'],
  [3, '3 lůžka'],
  [4, '4 lůžka'],
  [5, '5 lůžek'],
  [12, '12 lůžek'],
  [22, '22 lůžek'],
  [1.5, '1,5 lůžka'],
  [1234, '1\u00a0234 lůžek'],
];
for (const [count, expected] of czechCounts) {
  test(`countWithNoun cs ${count} → ${expected}`, () => {
    assert.equal(countWithNoun('cs', count, lůžko), expected);
  });
}

test('English has one and other only', () => {
  const forms = { one: 'bed', other: 'beds' };
  assert.equal(countWithNoun('en', 1, forms), '1 bed');
  assert.equal(countWithNoun('en', 3, forms), '3 beds');
  assert.equal(countWithNoun('en', 1.5, forms), '1.5 beds');
});

test('a missing category falls back to other', () => {
  assert.equal(selectPlural('cs', 3, { other: 'x' }), 'x');
});

test('numbers use the Czech decimal comma', () => {
  assert.equal(formatNumber('cs', 1.5), '1,5');
  assert.equal(formatNumber('en', 1.5), '1.5');
});

const cs = messagesFor('cs');
const en = messagesFor('en');

const messageCases: Array<[string, string, string]> = [
  ['result count 1', cs.resultCount(1, 1), 'Nalezena 1 služba'],
  ['result count 3', cs.resultCount(3, 3), 'Nalezeny 3 služby'],
  ['result count 5 of 11', cs.resultCount(5, 11), 'Nalezeno 5 služeb z 11'],
  ['result count 0', cs.resultCount(0, 11), 'Nalezeno 0 služeb z 11'],
  ['skipped 1', cs.skipped(1), '1 záznam nelze zobrazit, protože obsahuje chybu. Ostatní služby jsou zobrazeny.'],
  ['skipped 2', cs.skipped(2), '2 záznamy nelze zobrazit, protože obsahují chybu. Ostatní služby jsou zobrazeny.'],
  ['skipped 7', cs.skipped(7), '7 záznamů nelze zobrazit, protože obsahuje chybu. Ostatní služby jsou zobrazeny.'],
  ['capacity 12 clients', cs.capacityCount(12, 'klient'), '12 klientů'],
  ['capacity 2 clients', cs.capacityCount(2, 'klient'), '2 klienti'],
  ['capacity 1 bed', cs.capacityCount(1, 'luzka'), '1 lůžko'],
  ['capacity 5 interventions', cs.capacityCount(5, 'interv'), '5 intervencí'],
  ['capacity 3 calls', cs.capacityCount(3, 'hovor'), '3 hovory'],
  ['capacity 25 contacts', cs.capacityCount(25, 'kontakt'), '25 kontaktů'],
  ['capacity unknown unit', cs.capacityCount(4, 'xyz'), '4 xyz'],
  ['show more 1', cs.showMoreResults(1), 'Zobrazit další 1 službu'],
  ['show more 3', cs.showMoreResults(3), 'Zobrazit další 3 služby'],
  ['show more 50', cs.showMoreResults(50), 'Zobrazit dalších 50 služeb'],
  ['more municipalities 3', cs.moreMunicipalities(3), 'a další 3 obce'],
  ['more municipalities 12', cs.moreMunicipalities(12), 'a dalších 12 obcí'],
  ['all municipalities 18', cs.showAllMunicipalities(18), 'Zobrazit všech 18 obcí'],
  ['en result count 1', en.resultCount(1, 1), '1 service found'],
  ['en result count 5 of 11', en.resultCount(5, 11), '5 of 11 services found'],
  ['en result count 0 of 1', en.resultCount(0, 1), '0 of 1 service found'],
  ['en result count 1,234 of 7,000', en.resultCount(1234, 7000), '1,234 of 7,000 services found'],
  ['en capacity 1 bed', en.capacityCount(1, 'luzka'), '1 bed'],
  ['en capacity 12 clients', en.capacityCount(12, 'klient'), '12 clients'],
];
for (const [name, actual, expected] of messageCases) {
  test(`message: ${name}`, () => {
    assert.equal(actual, expected);
  });
}

test('every load error has a message in both languages', () => {
  for (const kind of ['network', 'timeout', 'http', 'not-json', 'not-a-catalogue', 'unsupported-format'] as const) {
    assert.match(cs.loadError(kind, 500), /\S/);
    assert.match(en.loadError(kind, 500), /\S/);
  }
  assert.match(cs.loadError('http', 404), /404/);
});

test('Czech collation puts ch after h and č after c', () => {
  assert.deepEqual(sortByCzech(['chata', 'hrad', 'cesta', 'čaj', 'ibis'], (s) => s), ['cesta', 'čaj', 'hrad', 'chata', 'ibis']);
  assert.deepEqual(sortCzechStrings(new Set(['chata', 'Domov 10', 'hrad', 'cesta', 'Domov 9', 'čaj', 'ibis'])), ['cesta', 'čaj', 'Domov 9', 'Domov 10', 'hrad', 'chata', 'ibis']);
  assert.ok(compareCzech('Domov 10', 'Domov 9') > 0, 'numbers compare as numbers');
});

test('the Czech collator is created on first use, not when the module loads (its locale data are dear)', async () => {
  const Collator = Intl.Collator;
  let created = 0;
  Intl.Collator = new Proxy(Collator, {
    construct(target, args: ConstructorParameters<typeof Intl.Collator>) {
      created++;
      return new target(...args);
    },
  });
  try {
    // A fresh instance of the module: its own URL.
    const fresh = (await import(`../../src/i18n/collation.js?fresh=${Date.now()}`)) as typeof Collation;
    assert.equal(created, 0);
    assert.ok(fresh.compareCzech('chata', 'hrad') > 0);
    assert.deepEqual(fresh.sortCzechStrings(['hrad', 'cesta']), ['cesta', 'hrad']);
    assert.equal(created, 1, 'one collator, made once');
  } finally {
    Intl.Collator = Collator;
  }
});

const langCases: Array<[string | null | undefined, string]> = [
  ['en', 'en'],
  ['EN-gb', 'en'],
  ['cs', 'cs'],
  ['cs-CZ', 'cs'],
  ['de', 'cs'],
  ['', 'cs'],
  [null, 'cs'],
  [undefined, 'cs'],
];
for (const [input, expected] of langCases) {
  test(`resolveLang(${JSON.stringify(input)}) → ${expected}`, () => {
    assert.equal(resolveLang(input), expected);
  });
}
