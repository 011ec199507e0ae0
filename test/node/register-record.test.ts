/** Reading the register's records: the small pieces, each with a table of cases. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { composeAddress } from '../../src/register/address.js';
import type { RegisterAddress } from '../../src/register/record.js';
import { codeOf, numericCodeOf } from '../../src/register/codes.js';
import { normalizeEmail, normalizePhones, normalizeWebUrl } from '../../src/register/contacts.js';
import type { NormalizedContact } from '../../src/register/contacts.js';
import { isActiveOn, readRegisterDate } from '../../src/register/dates.js';
import { readIco } from '../../src/register/ico.js';
import { readRegisterRecord, registerRecordKeys } from '../../src/register/record.js';
import { slugify } from '../../src/register/slug.js';

const valueOrProblem = (result: NormalizedContact): string => ('value' in result ? result.value : 'PROBLEM');

describe('readIco', () => {
  const cases: Array<[unknown, string | undefined]> = [
    ['12345679', '12345679'],
    ['00123455', '00123455'],
    [123455, '00123455'],
    ['1234 5679', '12345679'],
    ['12345678', undefined],
    ['1234567a', undefined],
    ['123456789', undefined],
    [null, undefined],
  ];
  for (const [input, expected] of cases) {
    test(`${JSON.stringify(input)} → ${String(expected)}`, () => assert.equal(readIco(input), expected));
  }
});

describe('readRegisterDate', () => {
  const cases: Array<[unknown, string | undefined | null]> = [
    ['2020-01-01', '2020-01-01'],
    ['2021-02-01T00:00:00', '2021-02-01'],
    ['2021-02-01T00:00:00+01:00', '2021-02-01'],
    [null, undefined],
    [undefined, undefined],
    ['2026-13-45', null],
    ['2026-02-30', null],
    ['1. 1. 2020', null],
    [20200101, null],
  ];
  for (const [input, expected] of cases) {
    test(`${JSON.stringify(input)} → ${String(expected)}`, () => assert.equal(readRegisterDate(input), expected));
  }
});

describe('isActiveOn (both ends inclusive)', () => {
  const cases: Array<[string | undefined, string | undefined, boolean]> = [
    [undefined, undefined, true],
    ['2020-01-01', undefined, true],
    ['2026-09-08', undefined, true],
    ['2026-09-09', undefined, false],
    [undefined, '2026-09-08', true],
    [undefined, '2026-09-07', false],
    ['2020-01-01', '2025-12-31', false],
  ];
  for (const [from, to, expected] of cases) {
    test(`${String(from)}–${String(to)} on 2026-09-08 → ${expected}`, () => assert.equal(isActiveOn('2026-09-08', from, to), expected));
  }
});

describe('normalizeWebUrl', () => {
  const cases: Array<[string, string]> = [
    ['www.alfa.example.cz', 'http://www.alfa.example.cz'],
    ['  https://www.alfa.example.cz/sluzby?x=1 ', 'https://www.alfa.example.cz/sluzby?x=1'],
    ['HTTPS://Alfa.example.cz', 'https://Alfa.example.cz'],
    ['//alfa.example.cz', 'http://alfa.example.cz'],
    ['www.alfa.example.cz.', 'http://www.alfa.example.cz'],
    ['ftp://soubory.alfa.example.cz', 'PROBLEM'],
    ['javascript:alert(1)', 'PROBLEM'],
    ['data:text/html,x', 'PROBLEM'],
    ['http://jmeno:heslo@alfa.example.cz', 'PROBLEM'],
    ['localhost', 'PROBLEM'],
    ['www.alfa example.cz', 'PROBLEM'],
    ['', 'PROBLEM'],
  ];
  for (const [input, expected] of cases) {
    test(`${JSON.stringify(input)} → ${expected}`, () => assert.equal(valueOrProblem(normalizeWebUrl(input)), expected));
  }
});

describe('normalizeEmail', () => {
  const cases: Array<[string, string]> = [
    ['info@alfa.example.cz', 'info@alfa.example.cz'],
    [' mailto:info@alfa.example.cz ', 'info@alfa.example.cz'],
    ['info(at)alfa.example.cz', 'PROBLEM'],
    ['info@alfa.example.cz?cc=x@example.org', 'PROBLEM'],
    ['info@alfa', 'PROBLEM'],
  ];
  for (const [input, expected] of cases) {
    test(`${JSON.stringify(input)} → ${expected}`, () => assert.equal(valueOrProblem(normalizeEmail(input)), expected));
  }
});

describe('normalizePhones', () => {
  const cases: Array<[string, string[]]> = [
    ['000000011', ['000 000 011']],
    ['000 000 011', ['000 000 011']],
    ['+420 000 000 010', ['+420 000 000 010']],
    ['00420000000010', ['+420 000 000 010']],
    ['+421 000 000 000', ['+421000000000']],
    ['000 000 011, 000 000 012', ['000 000 011', '000 000 012']],
    ['000 000 011; 000 000 012 nebo 000 000 013', ['000 000 011', '000 000 012', '000 000 013']],
    ['000000011/000000012', ['000 000 011', '000 000 012']],
    ['000/000 011', ['000 000 011']],
    ['000 000 011 (ústředna)', ['000 000 011']],
    ['+420 000 00', ['PROBLEM']],
    ['12345', ['PROBLEM']],
    ['', ['PROBLEM']],
  ];
  for (const [input, expected] of cases) {
    test(`${JSON.stringify(input)} → ${expected.join(' | ')}`, () => assert.deepEqual(normalizePhones(input).map(valueOrProblem), expected));
  }
});

describe('codeOf and numericCodeOf', () => {
  const cases: Array<[unknown, string, string | undefined, number | undefined]> = [
    [{ id: 'CilovaSkupinaOsoby/24' }, 'CilovaSkupinaOsoby', '24', 24],
    [{ id: 'CilovaSkupinaOsoby/30' }, 'CilovaSkupinaOsoby', '30', 30],
    [{ id: 'FormaSocialniSluzby/pob' }, 'FormaSocialniSluzby', 'pob', undefined],
    [{ id: 'VekovaSkupinaOsoby/7' }, 'CilovaSkupinaOsoby', undefined, undefined],
    [{ id: 'CilovaSkupinaOsoby/' }, 'CilovaSkupinaOsoby', undefined, undefined],
    [{ id: 'CilovaSkupinaOsoby/0' }, 'CilovaSkupinaOsoby', '0', undefined],
    [{ id: 24 }, 'CilovaSkupinaOsoby', undefined, undefined],
    [null, 'CilovaSkupinaOsoby', undefined, undefined],
  ];
  for (const [reference, codebook, code, numeric] of cases) {
    test(`${JSON.stringify(reference)} in ${codebook}`, () => {
      assert.equal(codeOf(reference, codebook), code);
      assert.equal(numericCodeOf(reference, codebook), numeric);
    });
  }
});

describe('slugify', () => {
  const cases: Array<[string, string]> = [
    ['Testovací spolek Alfa, z. s.', 'testovaci-spolek-alfa-z-s'],
    ['Testovací poskytovatel Beta, o. p. s.', 'testovaci-poskytovatel-beta-o-p-s'],
    ['  ŽLUŤOUČKÝ   poskytovatel ', 'zlutoucky-poskytovatel'],
    ['Łódź Testovací', 'odz-testovaci'],
    ['!!!', ''],
    [`${'slovo '.repeat(30)}konec`, Array.from({ length: 16 }, () => 'slovo').join('-')],
  ];
  for (const [input, expected] of cases) {
    test(`${JSON.stringify(input.slice(0, 40))} → ${expected.slice(0, 40)}`, () => {
      const slug = slugify(input);
      assert.equal(slug, expected);
      assert.ok(slug.length <= 100);
    });
  }
});

describe('composeAddress', () => {
  const base: RegisterAddress = { evidenceNumber: false };
  const cases: Array<[RegisterAddress, string | undefined, string]> = [
    [{ ...base, street: 'Zkušební', houseNumber: '1234', orientationNumber: '5', postcode: '75701' }, 'Valašské Meziříčí', 'Zkušební 1234/5, 757 01 Valašské Meziříčí'],
    [{ ...base, street: 'Zkušební', houseNumber: '803', postcode: '75701' }, 'Krásno nad Bečvou', 'Zkušební 803, Krásno nad Bečvou, 757 01 Valašské Meziříčí'],
    [{ ...base, houseNumber: '12', evidenceNumber: true, postcode: '75643' }, 'Kelč', 'Kelč č. ev. 12, 756 43 Kelč'],
    [{ ...base, houseNumber: '7' }, 'Lhota', 'Lhota 7, Valašské Meziříčí'],
    [{ ...base, street: 'Zkušební', houseNumber: '1', supplement: '2. patro', postcode: '75701' }, undefined, 'Zkušební 1, 2. patro, 757 01 Valašské Meziříčí'],
    [{ ...base }, undefined, 'Valašské Meziříčí'],
  ];
  for (const [address, part, expected] of cases) {
    test(expected, () => assert.equal(composeAddress(address, part === 'Kelč' ? 'Kelč' : 'Valašské Meziříčí', part), expected));
  }
});

/** A minimal readable record; each malformed case changes one thing. */
function record(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    portalId: 90100,
    identifikator: '1000100',
    datumPoskytovaniOd: '2020-01-01',
    datumPoskytovaniDo: null,
    druhSocialniSluzby: { id: 'DruhSocialniSluzby/4' },
    formy: [{ forma: { id: 'FormaSocialniSluzby/ter' }, kapacity: [{ pocet: 5, popis: null, typ: { id: 'TypKapacitySocialniSluzby/klient' } }] }],
    ciloveSkupiny: [{ cilovaSkupina: { id: 'CilovaSkupinaOsoby/24' } }],
    vekoveSkupiny: [{ vekovaSkupina: { id: 'VekovaSkupinaOsoby/8' } }],
    zarizeni: [{ nazev: 'Testovací zařízení', poskytujeOd: '2020-01-01', poskytujeDo: null, vedouci: { jmeno: 'Testovací', prijmeni: 'Vedoucí' }, adresa: { obec: { id: 'Obec/545058' }, kodAdresnihoMista: 99000100 } }],
    poskytovatel: { ico: '12345679', nazev: 'Testovací spolek Alfa', statutarniOrgany: [{ jmeno: 'Testovací', prijmeni: 'Statutár' }], weby: [{ web: 'www.alfa.example.cz' }] },
    weby: [],
    emaily: [{ email: 'info@alfa.example.cz', poznamka: null }],
    telefony: [{ telefon: '000000011', poznamka: null }],
    doplnkoveUdaje: { realizacePoskytovani: [{ priloha: { url: 'https://www.mpsv.cz/agportal-server/rest/documents/1' } }] },
    ...overrides,
  };
}

describe('readRegisterRecord', () => {
  test('reads a well-formed record and copies no personal data or document link', () => {
    const reading = readRegisterRecord(record(), 1);
    assert.ok(reading.ok);
    const { service } = reading;
    assert.equal(service.portalId, 90100);
    assert.equal(service.identifier, '1000100');
    assert.equal(service.kind, 4);
    assert.deepEqual(service.forms, [{ form: 'ter', capacities: [{ unit: 'klient', count: 5 }] }]);
    assert.deepEqual(service.targetGroups, [24]);
    assert.deepEqual(service.ageGroups, [8]);
    assert.deepEqual(service.contacts, { web: [], email: ['info@alfa.example.cz'], phone: ['000 000 011'] });
    assert.deepEqual(service.provider, { name: 'Testovací spolek Alfa', ico: '12345679', contacts: { web: ['http://www.alfa.example.cz'], email: [], phone: [] } });
    assert.deepEqual(service.facilities, [{ name: 'Testovací zařízení', from: '2020-01-01', address: { municipality: '545058', evidenceNumber: false, addressPointCode: 99000100 } }]);
    const text = JSON.stringify(service);
    for (const forbidden of ['Statutár', 'Vedoucí', 'agportal']) assert.ok(!text.includes(forbidden), forbidden);
  });

  const malformed: Array<[string, unknown, string]> = [
    ['not an object', 'chybný záznam', 'není objekt'],
    ['no portalId', record({ portalId: null }), 'portalId'],
    ['portalId zero', record({ portalId: 0 }), 'portalId'],
    ['no kind', record({ druhSocialniSluzby: null }), 'druh služby'],
    ['kind of another codebook', record({ druhSocialniSluzby: { id: 'FormaSocialniSluzby/ter' } }), 'druh služby'],
    ['impossible date', record({ datumPoskytovaniOd: '2026-13-45' }), 'datumPoskytovaniOd'],
    ['end date not text', record({ datumPoskytovaniDo: 20251231 }), 'datumPoskytovaniDo'],
    ['facilities not a list', record({ zarizeni: 'Valašské Meziříčí' }), 'zarizeni'],
    ['forms not a list', record({ formy: {} }), 'formy'],
    ['no provider', record({ poskytovatel: null }), 'poskytovatel'],
    ['provider without a name', record({ poskytovatel: { ico: '12345679', nazev: '  ' } }), 'název poskytovatele'],
    ['IČO with a wrong check digit', record({ poskytovatel: { ico: '12345678', nazev: 'Testovací spolek' } }), 'IČO'],
  ];
  for (const [name, raw, reason] of malformed) {
    test(`skips a record: ${name}`, () => {
      const reading = readRegisterRecord(raw, 7);
      assert.equal(reading.ok, false);
      if (!reading.ok) {
        assert.equal(reading.recordNumber, 7);
        assert.match(reading.reason, new RegExp(reason));
      }
    });
  }

  const partial: Array<[string, Record<string, unknown>, string]> = [
    ['a capacity without a unit', { formy: [{ forma: { id: 'FormaSocialniSluzby/ter' }, kapacity: [{ pocet: 5 }] }] }, 'kapacita formy ter'],
    ['a fractional capacity', { formy: [{ forma: { id: 'FormaSocialniSluzby/ter' }, kapacity: [{ pocet: 2.5, typ: { id: 'TypKapacitySocialniSluzby/klient' } }] }] }, 'kapacita formy ter'],
    ['a target group of another codebook', { ciloveSkupiny: [{ cilovaSkupina: { id: 'VekovaSkupinaOsoby/3' } }] }, 'cilovaSkupina'],
    ['a facility with a bad date', { zarizeni: [{ nazev: 'X', poskytujeOd: 'včera' }] }, 'zařízení'],
    ['a web address with a forbidden scheme', { weby: [{ web: 'javascript:alert(1)' }] }, 'http ani https'],
  ];
  for (const [name, overrides, warning] of partial) {
    test(`keeps the record but leaves out ${name}`, () => {
      const reading = readRegisterRecord(record(overrides), 1);
      assert.ok(reading.ok);
      assert.ok(reading.service.warnings.some((message) => message.includes(warning)), reading.service.warnings.join('; '));
    });
  }
});

describe('registerRecordKeys', () => {
  test('finds the registration numbers and every facility municipality without validating', () => {
    const raw = record({ zarizeni: [{ adresa: { obec: { id: 'Obec/545058' } } }, { adresa: null }, { adresa: { obec: { id: 'Obec/554499' } } }] });
    assert.deepEqual(registerRecordKeys(raw), { portalId: 90100, identifier: '1000100', municipalities: ['545058', '554499'], unreadable: false });
  });
  test('marks records whose place cannot be told', () => {
    assert.equal(registerRecordKeys('x').unreadable, true);
    assert.equal(registerRecordKeys(record({ portalId: 'abc' })).unreadable, true);
    assert.equal(registerRecordKeys(record({ zarizeni: 'Valašské Meziříčí' })).unreadable, true);
    assert.equal(registerRecordKeys(record({ zarizeni: null })).unreadable, false);
  });
});
