/**
 * The validator's pure checks (src/validation/), one rule at a time: which problem, where, how serious.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import fc from 'fast-check';
import { fieldName, formatFieldPath } from '../../src/validation/fields.js';
import type { JsonPath } from '../../src/validation/fields.js';
import { offsetOfPath, parseJsonDocument, positionOfOffset } from '../../src/validation/json-document.js';
import type { JsonDocument } from '../../src/validation/json-document.js';
import type { Problem } from '../../src/validation/problem.js';
import { formatProblem, formatSummary } from '../../src/validation/report.js';
import { referenceFromDocuments, validateDocuments } from '../../src/validation/validate.js';

const dataDir = new URL('../fixtures/validation/data/', import.meta.url);
const TODAY = '2026-09-04';

function documentFrom(file: string, kind: JsonDocument['kind'], text: string): JsonDocument {
  const { document } = parseJsonDocument(file, kind, text);
  assert.ok(document, `${file} parses`);
  return document;
}

function fixtureDocument(path: string, kind: JsonDocument['kind']): JsonDocument {
  return documentFrom(path, kind, readFileSync(new URL(path, dataDir), 'utf8'));
}

const referenceDocuments = [
  ...['kinds', 'forms', 'target-groups', 'age-groups', 'capacity-units'].map((name) => fixtureDocument(`codebooks/${name}.json`, 'codebook')),
  fixtureDocument('municipalities.json', 'municipalities'),
];
const reference = referenceFromDocuments(referenceDocuments);
const baseProvider = JSON.parse(readFileSync(new URL('providers/testovaci-poskytovatel-a.json', dataDir), 'utf8')) as Record<string, unknown>;

function check(provider: unknown, otherProviders: JsonDocument[] = [], file = 'testovaci-poskytovatel-a.json'): Problem[] {
  const document = documentFrom(file, 'provider', JSON.stringify(provider, null, 2));
  return validateDocuments({ documents: [document], otherProviders, reference, today: TODAY, fileStem: (doc) => doc.file.replace(/\.json$/, '') });
}

function summary(problems: readonly Problem[]): string[] {
  return problems.map((problem) => `${problem.severity} ${formatFieldPath(problem.path)} ${problem.code}`).sort();
}

/** The valid fixture provider with changes: [JSON pointer, new value], or [pointer] alone to remove it. */
function edited(...changes: Array<[pointer: string, value?: unknown]>): Record<string, unknown> {
  const copy = structuredClone(baseProvider);
  for (const change of changes) {
    const keys = change[0].slice(1).split('/');
    const last = keys.pop() ?? '';
    const parent = keys.reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], copy) as Record<string, unknown>;
    if (change.length === 1) Reflect.deleteProperty(parent, last);
    else parent[last] = change[1];
  }
  return copy;
}

test('the valid fixture provider has no problems', () => {
  assert.deepEqual(summary(check(baseProvider)), []);
});

const cases: Array<{ name: string; provider: Record<string, unknown>; expected: string[] }> = [
  { name: 'wrong IČO check digit', provider: edited(['/ico', '00000018']), expected: ['error ico icoCheckDigit'] },
  { name: 'file name differs from the id', provider: edited(['/id', 'jiny-poskytovatel']), expected: ['error id fileNameMismatch'] },
  { name: 'reviewed in the future', provider: edited(['/reviewed', '2026-09-05']), expected: ['error reviewed dateInFuture'] },
  { name: 'reviewed today', provider: edited(['/reviewed', TODAY]), expected: [] },
  { name: 'reviewed exactly 12 months ago', provider: edited(['/reviewed', '2025-09-04']), expected: [] },
  { name: 'reviewed 12 months and a day ago', provider: edited(['/reviewed', '2025-09-03']), expected: ['warning reviewed reviewedOld'] },
  { name: 'reviewed missing', provider: edited(['/reviewed']), expected: ['warning reviewed reviewedMissing'] },
  { name: 'no area served: the filter finds the service only at its places', provider: edited(['/services/0/serviceArea']), expected: ['warning services[0] serviceAreaMissing'] },
  {
    name: 'no area served and no place: the filter finds the service nowhere',
    provider: edited(['/services/0/serviceArea'], ['/services/0/places']),
    expected: ['warning services[0] serviceAreaAndPlacesMissing'],
  },
  {
    name: 'provision ended yesterday by the register',
    provider: edited(['/services/0/register', { validFrom: '2020-01-01', validTo: '2026-09-03' }]),
    expected: ['warning services[0].register.validTo registerEnded'],
  },
  {
    name: 'HTML in a description and a name',
    provider: edited(['/services/0/description', '<b>Pozor</b> otevřeno'], ['/services/0/name', 'Testovací služba<br>']),
    expected: ['warning services[0].description htmlInText', 'warning services[0].name htmlInText'],
  },
  { name: 'a "less than" in plain text is not HTML', provider: edited(['/services/0/description', 'Pro děti < 6 let a rodiče>']), expected: [] },
  { name: 'capacity 0', provider: edited(['/services/0/capacity/0/count', 0]), expected: ['warning services[0].capacity[0].count capacityZero'] },
  { name: 'provision ends today', provider: edited(['/services/0/register', { validFrom: '2020-01-01', validTo: TODAY }]), expected: [] },
  { name: 'provision ends later', provider: edited(['/services/0/register', { validTo: '2026-12-31' }]), expected: [] },
  {
    name: 'provision ends before it starts',
    provider: edited(['/services/0/register', { validFrom: '2024-01-01', validTo: '2020-01-01' }]),
    expected: ['error services[0].register.validTo registerDatesReversed'],
  },
  { name: 'source read in the future', provider: edited(['/services/0/sources/0/retrieved', '2027-01-01']), expected: ['error services[0].sources[0].retrieved dateInFuture'] },
  { name: 'source javascript: address', provider: edited(['/services/0/sources/0/source', 'javascript:alert(1)']), expected: ['error services[0].sources[0].source unsafeSourceUrl'] },
  { name: 'source cited in words with a colon', provider: edited(['/services/0/sources/0/source', 'Registr MPSV: stav k 2026-09-04']), expected: [] },
  { name: 'e-mail with a query', provider: edited(['/contacts/email', ['info?cc=x@example.cz']]), expected: ['error contacts.email[0] emailNotLinkable'] },
  { name: 'phone of 8 digits', provider: edited(['/contacts/phone', ['000 000 00']]), expected: ['error contacts.phone[0] phoneNotLinkable'] },
  { name: 'web address with a bidi override', provider: edited(['/contacts/web', ['https://exa\u202Emple.cz/']]), expected: ['error contacts.web[0] unsafeWebUrl'] },
  { name: 'registered without kind', provider: edited(['/services/0/kind']), expected: ['error services[0] kindRequired'] },
  {
    name: 'registered without kind and a broken name: both reported',
    provider: edited(['/services/0/kind'], ['/services/0/name', ' ']),
    expected: ['error services[0] kindRequired', 'error services[0].name emptyText'],
  },
  { name: 'unknown kind', provider: edited(['/services/0/kind', 99]), expected: ['error services[0].kind unknownCode'] },
  { name: 'unknown form', provider: edited(['/services/0/forms', ['ter', 'amb', 'xyz']]), expected: ['error services[0].forms[2] unknownCode'] },
  { name: 'unknown target group', provider: edited(['/services/0/targetGroups', [24, 98]]), expected: ['error services[0].targetGroups[1] unknownCode'] },
  { name: 'unknown age group', provider: edited(['/services/0/ageGroups', [97]]), expected: ['error services[0].ageGroups[0] unknownCode'] },
  { name: 'unknown capacity unit', provider: edited(['/services/0/capacity/0/unit', 'hodiny']), expected: ['error services[0].capacity[0].unit unknownCode'] },
  { name: 'beds for an outreach service', provider: edited(['/services/0/capacity/0/unit', 'luzka']), expected: ['error services[0].capacity[0].unit capacityUnitForm'] },
  { name: 'capacity for a form the service does not list', provider: edited(['/services/0/capacity/0/form', 'pob']), expected: ['error services[0].capacity[0].form capacityFormNotListed'] },
  { name: 'register identifier differs from a 7-digit id', provider: edited(['/services/0/register/identifier', '0000002']), expected: ['error services[0].register.identifier registerIdentifierMismatch'] },
  { name: 'unknown municipality of a place', provider: edited(['/services/0/places/0/municipality', '999999']), expected: ['error services[0].places[0].municipality unknownMunicipality'] },
  { name: 'unknown municipality served', provider: edited(['/services/0/serviceArea/municipalities', ['000001', '999998']]), expected: ['error services[0].serviceArea.municipalities[1] unknownMunicipality'] },
  { name: 'a whole district served', provider: edited(['/services/0/serviceArea/districts', ['0001']]), expected: [] },
  { name: 'unknown district served', provider: edited(['/services/0/serviceArea/districts', ['0001', '9999']]), expected: ['error services[0].serviceArea.districts[1] unknownDistrict'] },
  { name: 'district code of three digits', provider: edited(['/services/0/serviceArea/districts', ['381']]), expected: ['error services[0].serviceArea.districts[0] formatDistrictCode'] },
  { name: 'unknown part of a known municipality', provider: edited(['/services/0/places/0/municipalityPart', 'Dolní Testov']), expected: ['warning services[0].places[0].municipalityPart unknownMunicipalityPart'] },
  { name: 'service id used twice in the file', provider: edited(['/services/1/id', '0000001']), expected: ['error services[1].id duplicateServiceId'] },
  { name: 'a schema problem: unknown field', provider: edited(['/telefon', '1']), expected: ['error telefon unknownField'] },
  { name: 'a schema problem: empty list of an optional field', provider: edited(['/services/0/targetGroups', []]), expected: ['error services[0].targetGroups emptyOptionalList'] },
  { name: 'a schema problem: empty list of a required field', provider: edited(['/services', []]), expected: ['error services emptyList'] },
  { name: 'phone with no-break spaces', provider: edited(['/contacts/phone', ['571\u00a0629\u00a0068']]), expected: ['error contacts.phone[0] phoneNoBreakSpace'] },
  { name: 'phone with narrow no-break spaces', provider: edited(['/contacts/phone', ['+420\u202F571 629 068']]), expected: ['error contacts.phone[0] phoneNoBreakSpace'] },
  { name: 'phone with a zero-width space', provider: edited(['/contacts/phone', ['571\u200B629 068']]), expected: ['error contacts.phone[0] phoneUnusualCharacter'] },
  { name: 'phone with a tab', provider: edited(['/contacts/phone', ['571\t629 068']]), expected: ['error contacts.phone[0] phoneUnusualCharacter'] },
  { name: 'phone in the wrong form, ordinary spaces', provider: edited(['/contacts/phone', ['571-629-068']]), expected: ['error contacts.phone[0] formatPhone'] },
  { name: 'a schema problem: repeated item', provider: edited(['/services/0/targetGroups', [24, 24]]), expected: ['error services[0].targetGroups[1] duplicateItem'] },
  { name: 'a schema problem: not a calendar date', provider: edited(['/reviewed', '2026-02-30']), expected: ['error reviewed invalidDate'] },
];

for (const { name, provider, expected } of cases) {
  test(`provider check: ${name}`, () => {
    assert.deepEqual(summary(check(provider)), expected.sort());
  });
}

/** The messages a provider reads for the edited fixture provider, without the file and position. */
function messages(provider: unknown, lang: 'cs' | 'en'): string[] {
  return check(provider).map((problem) => formatProblem(problem, lang).replace(/^\S+ {2}/, ''));
}

test('a missing required field: the label and the template read as one sentence', () => {
  assert.deepEqual(messages(edited(['/services/0/registered']), 'cs'), ['services[0].registered  chyba: Chybí povinný údaj: registrace služby. Doplňte pole „registered“.']);
  assert.deepEqual(messages(edited(['/services/0/registered']), 'en'), ['services[0].registered  error: Required information is missing: registered flag. Add the field "registered".']);
  assert.deepEqual(messages(edited(['/services/0/places/0/municipality']), 'cs'), [
    'services[0].places[0].municipality  chyba: Chybí povinný údaj: obec místa (kód RÚIAN). Doplňte pole „municipality“.',
  ]);
  assert.deepEqual(messages(edited(['/services/0/places/0/municipality']), 'en'), [
    'services[0].places[0].municipality  error: Required information is missing: municipality of the place (RÚIAN code). Add the field "municipality".',
  ]);
});

type SchemaNode = { $ref?: string; $defs?: Record<string, SchemaNode>; required?: string[]; properties?: Record<string, SchemaNode>; items?: SchemaNode; then?: SchemaNode };

/** Every path a schema requires, with 0 for a list item; references to other schema files are leaves. */
function requiredPaths(root: SchemaNode, node: SchemaNode, path: JsonPath = []): JsonPath[] {
  if (node.$ref !== undefined) {
    const target = node.$ref.startsWith('#/$defs/') ? root.$defs?.[node.$ref.slice('#/$defs/'.length)] : undefined;
    return target ? requiredPaths(root, target, path) : [];
  }
  return [
    ...(node.required ?? []).map((key) => [...path, key]),
    ...Object.entries(node.properties ?? {}).flatMap(([key, child]) => requiredPaths(root, child, [...path, key])),
    ...(node.items ? requiredPaths(root, node.items, [...path, 0]) : []),
    ...(node.then ? requiredPaths(root, node.then, path) : []),
  ];
}

const schemaFiles: Array<[JsonDocument['kind'], string]> = [
  ['provider', 'provider'],
  ['codebook', 'codebook'],
  ['municipalities', 'municipalities'],
  ['life-situations', 'life-situations'],
];

for (const [kind, file] of schemaFiles) {
  test(`every required field of ${file}.schema.json has words of its own and a natural message`, () => {
    const schema = JSON.parse(readFileSync(new URL(`../../schema/${file}.schema.json`, import.meta.url), 'utf8')) as SchemaNode;
    const paths = requiredPaths(schema, schema);
    assert.ok(paths.length > 3);
    for (const path of paths) {
      for (const lang of ['cs', 'en'] as const) {
        const problem: Problem = { file: 'x.json', kind, path, severity: 'error', code: 'required', params: { key: String(path.at(-1)) } };
        const message = formatProblem(problem, lang);
        const where = `${formatFieldPath(path)} (${lang}): ${message}`;
        assert.doesNotMatch(fieldName(kind, path, lang), /pole „|the field "/, where);
        assert.doesNotMatch(message, /\([^)]*\(|\)\s*\(/, `no brackets in brackets or side by side: ${where}`);
        assert.doesNotMatch(message, /(?<!\p{L})(\p{L}+)[\s:]+\1(?!\p{L})/iu, `no word twice in a row: ${where}`);
      }
    }
  });
}

test('an empty list: leaving it out is offered only when the field is optional', () => {
  assert.deepEqual(messages(edited(['/services', []]), 'cs'), ['services  chyba: Služby: seznam je prázdný. Doplňte aspoň jednu položku.']);
  assert.deepEqual(messages(edited(['/services', []]), 'en'), ['services  error: Services: the list is empty. Add at least one item.']);
  assert.deepEqual(messages(edited(['/services/0/places', []]), 'cs'), [
    'services[0].places  chyba: Místa poskytování: seznam je prázdný. Doplňte aspoň jednu položku, nebo pole „places“ celé vynechte (je nepovinné).',
  ]);
  assert.deepEqual(messages(edited(['/services/0/places', []]), 'en'), [
    'services[0].places  error: Places of provision: the list is empty. Add at least one item, or leave out the field "places" altogether (it is optional).',
  ]);
});

test('a phone number with a no-break space says so, since it looks like an ordinary one', () => {
  const provider = edited(['/contacts/phone', ['571\u00a0629\u00a0068']]);
  assert.match(messages(provider, 'cs')[0] ?? '', /Telefon „571\u00a0629\u00a0068“ obsahuje nezlomitelnou mezeru .*napište znovu obyčejné\.$/);
  assert.match(messages(provider, 'en')[0] ?? '', /The phone number "571\u00a0629\u00a0068" contains a non-breaking space .*type ordinary ones\.$/);
  const hidden = edited(['/contacts/phone', ['571\u200B629 068']]);
  assert.match(messages(hidden, 'cs')[0] ?? '', /Telefon „571\\u200B629 068“ obsahuje neviditelný nebo neobvyklý znak \(U\+200B\).*Nahraďte ho obyčejnou mezerou, nebo ho smažte\.$/);
  assert.match(messages(hidden, 'en')[0] ?? '', /contains an invisible or unusual character \(U\+200B\).*Replace it with an ordinary space or delete it\.$/);
});

test('ids already used by another provider file are reported in the checked file only', () => {
  const other = documentFrom('testovaci-poskytovatel-b.json', 'provider', readFileSync(new URL('providers/testovaci-poskytovatel-b.json', dataDir), 'utf8'));
  const provider = edited(['/id', 'testovaci-poskytovatel-b'], ['/services/1/id', 'testovaci-poskytovatel-b-odlehcovaci-sluzba']);
  const problems = check(provider, [other], 'testovaci-poskytovatel-b.json');
  assert.deepEqual(summary(problems), ['error id duplicateProviderId', 'error services[1].id duplicateServiceId']);
  assert.ok(problems.every((problem) => problem.file === 'testovaci-poskytovatel-b.json'));
  assert.equal(problems[1]?.params['otherPath'], 'services[0]');
});

test('codebook checks: repeated code, wrong code type, kind without group, unknown form of a unit', () => {
  const kinds = documentFrom('kinds.json', 'codebook', JSON.stringify({
    name: 'DruhSocialniSluzby',
    source: 'Testovací',
    entries: [
      { code: 4, label: { cs: 'a' }, group: 'care' },
      { code: 4, label: { cs: 'b' }, group: 'care' },
      { code: 'x', label: { cs: 'c' }, group: 'care' },
      { code: 5, label: { cs: 'd' } },
    ],
  }));
  const units = documentFrom('capacity-units.json', 'codebook', JSON.stringify({
    name: 'TypKapacitySocialniSluzby',
    source: 'Testovací',
    entries: [{ code: 'luzka', label: { cs: 'Lůžka' }, forms: ['pob', 'xyz'] }],
  }));
  const problems = validateDocuments({ documents: [kinds, units], reference, today: TODAY, fileStem: () => '' });
  assert.deepEqual(summary(problems), [
    'error entries[1].code duplicateCode',
    'error entries[2].code codebookCodeType',
    'error entries[3] kindWithoutGroup',
    'error entries[0].forms[1] unknownCode',
  ].sort());
});

test('a whole catalogue: every codebook once, none missing', () => {
  const duplicate = documentFrom('codebooks/kinds-copy.json', 'codebook', readFileSync(new URL('codebooks/kinds.json', dataDir), 'utf8'));
  const problems = validateDocuments({
    documents: [referenceDocuments[0] as JsonDocument, duplicate],
    reference,
    today: TODAY,
    codebookDirectory: 'codebooks',
    fileStem: () => '',
  });
  assert.deepEqual(summary(problems), [
    'error - missingCodebook',
    'error - missingCodebook',
    'error - missingCodebook',
    'error - missingCodebook',
    'error name duplicateCodebook',
  ]);
});

const positionCases: Array<{ name: string; text: string; code: string; line: number; column: number }> = [
  { name: 'trailing comma in an object', text: '{\n  "a": 1,\n}', code: 'syntaxTrailingComma', line: 2, column: 9 },
  { name: 'trailing comma in an array, spaces before the bracket', text: '{"a": [1, 2 ,  ]}', code: 'syntaxTrailingComma', line: 1, column: 13 },
  { name: 'missing comma', text: '{\n  "a": 1\n  "b": 2\n}', code: 'syntaxError', line: 3, column: 3 },
  { name: 'single quotes', text: "{\n 'a': 1}", code: 'syntaxError', line: 2, column: 2 },
  { name: 'a comment', text: '{\r\n  /* x */ "a": 1}', code: 'syntaxError', line: 2, column: 3 },
  { name: 'a byte order mark does not shift the column', text: '\uFEFF{"a": 1,}', code: 'syntaxTrailingComma', line: 1, column: 8 },
  { name: 'a repeated key', text: '{\n  "a": 1,\n  "a": 2\n}', code: 'duplicateKey', line: 3, column: 3 },
  { name: 'straight quotes inside a text', text: '{\n  "name": "Spolek "Úsměv", z. s."\n}', code: 'syntaxQuoteInText', line: 2, column: 19 },
  { name: 'True in capitals', text: '{"registered": True}', code: 'syntaxLowerCase', line: 1, column: 16 },
  { name: '"ano" for true', text: '{"registered": ano}', code: 'syntaxYesNo', line: 1, column: 16 },
  { name: 'a word without quotes', text: '{"name": Poradna}', code: 'syntaxBareWord', line: 1, column: 10 },
  { name: 'a leading zero', text: '{"kind": 01}', code: 'syntaxLeadingZero', line: 1, column: 10 },
  { name: 'empty', text: '\n', code: 'emptyFile', line: 1, column: 1 },
];

for (const { name, text, code, line, column } of positionCases) {
  test(`position: ${name}`, () => {
    const outcome = parseJsonDocument('x.json', 'provider', text);
    const problem = outcome.problems[0];
    assert.equal(problem?.code, code);
    const lineStarts = outcome.document?.lineStarts ?? [0, ...[...text.replace(/^\uFEFF/, '')].flatMap((char, index) => (char === '\n' ? [index + 1] : []))];
    assert.deepEqual(positionOfOffset(lineStarts, problem.offset ?? -1), { line, column });
  });
}

test('a path points at its value, a missing field at its enclosing object, an unknown field at its key', () => {
  const document = documentFrom('x.json', 'provider', '{\n  "services": [\n    { "id": "a",\n      "extra": 1 }\n  ]\n}');
  const at = (path: JsonPath, atKey = false) => positionOfOffset(document.lineStarts, offsetOfPath(document, path, atKey));
  assert.deepEqual(at(['services', 0, 'id']), { line: 3, column: 13 });
  assert.deepEqual(at(['services', 0, 'name']), { line: 3, column: 5 });
  assert.deepEqual(at(['services', 0, 'extra'], true), { line: 4, column: 7 });
  assert.deepEqual(at(['nothing', 3]), { line: 1, column: 1 });
});

const fieldCases: Array<[JsonPath, string, string]> = [
  [['name'], 'název poskytovatele', 'provider name'],
  [['services', 2, 'name'], 'název služby', 'service name'],
  [['services', 0, 'places', 1, 'name'], 'název místa', 'name of the place'],
  [['services', 0, 'contacts', 'web', 3], 'webová adresa', 'web address'],
  [['services', 0, 'serviceArea', 'municipalities', 0], 'obsluhovaná obec', 'municipality served'],
  [['services', 0, 'serviceArea', 'districts', 0], 'celý obsluhovaný okres', 'district served as a whole'],
  [['services', 4], 'služba', 'service'],
  [['__proto__'], 'pole „__proto__“', 'the field "__proto__"'],
  [['constructor'], 'pole „constructor“', 'the field "constructor"'],
  [[], 'soubor', 'the file'],
];

for (const [path, cs, en] of fieldCases) {
  test(`field name of ${formatFieldPath(path)}`, () => {
    assert.equal(fieldName('provider', path, 'cs'), cs);
    assert.equal(fieldName('provider', path, 'en'), en);
  });
}

const summaryCases: Array<[number, number, number, string, string]> = [
  [1, 1, 1, 'Zkontrolováno 1 soubor: 1 chyba, 1 varování.', 'Checked 1 file: 1 error, 1 warning.'],
  [3, 2, 0, 'Zkontrolováno 3 soubory: 2 chyby, 0 varování.', 'Checked 3 files: 2 errors, 0 warnings.'],
  [12, 5, 22, 'Zkontrolováno 12 souborů: 5 chyb, 22 varování.', 'Checked 12 files: 5 errors, 22 warnings.'],
  [1200, 0, 0, 'Zkontrolováno 1\u00a0200 souborů: bez chyb.', 'Checked 1,200 files: no problems.'],
];

for (const [files, errors, warnings, cs, en] of summaryCases) {
  test(`summary for ${files} files, ${errors} errors, ${warnings} warnings`, () => {
    assert.equal(formatSummary('cs', files, errors, warnings), cs);
    assert.equal(formatSummary('en', files, errors, warnings), en);
  });
}

test('values in messages show invisible characters and are shortened', () => {
  const [problem] = check(edited(['/contacts/web/0', `https://exa\u202Emple.cz/${'a'.repeat(300)}`]));
  assert.ok(problem);
  const line = formatProblem(problem, 'cs');
  assert.match(line, /„https:\/\/exa\\u202Emple\.cz\/a+…“/);
  assert.doesNotMatch(line, /\u202E/);
});

test('random JSON anywhere in a provider file never makes the checks throw', () => {
  const pointers = ['/id', '/name', '/ico', '/contacts', '/reviewed', '/sources', '/services', '/services/0', '/services/0/kind', '/services/0/capacity', '/services/0/places/0', '/services/0/contacts', '/services/0/register'];
  fc.assert(
    fc.property(fc.option(fc.constantFrom(...pointers), { nil: undefined }), fc.jsonValue({ maxDepth: 4 }), (pointer, value) => {
      const problems = check(pointer === undefined ? value : edited([pointer, value]));
      for (const problem of problems) {
        assert.equal(typeof formatProblem(problem, 'cs'), 'string');
        assert.equal(typeof formatProblem(problem, 'en'), 'string');
      }
    }),
    { numRuns: 400 },
  );
});

test('random text as a file never makes parsing throw', () => {
  fc.assert(
    fc.property(fc.oneof(fc.string({ maxLength: 200 }), fc.json({ maxDepth: 3 }).map((json) => json.slice(0, -1))), (text) => {
      const outcome = parseJsonDocument('x.json', 'provider', text);
      assert.ok(outcome.document !== undefined || outcome.problems.length > 0);
    }),
    { numRuns: 500 },
  );
});

test('life situations: ids unique, a phrase under one situation only (ignoring case and diacritics), known codes', () => {
  const situation = (id: string, phrases: string[], kind: number, targetGroups: number[]) => ({
    id,
    label: { cs: 'Testovací situace' },
    phrases,
    kinds: [{ kind, weight: 3 }],
    targetGroups,
    lawNote: 'Testovací odůvodnění.',
  });
  const document = documentFrom('life-situations.json', 'life-situations', JSON.stringify({
    source: 'Testovací',
    situations: [
      situation('dovoz-obedu', ['dovoz obědů', 'obědy domů', 'jídlo'], 4, [24]),
      situation('dovoz-obedu', ['Dovoz Obedu', 'rozvoz', 'rozvoz'], 99, [24, 98]),
    ],
  }));
  const problems = validateDocuments({ documents: [document], reference, today: TODAY, fileStem: () => '' });
  assert.deepEqual(summary(problems), [
    'error situations[1].id duplicateSituationId',
    'error situations[1].kinds[0].kind unknownCode',
    'error situations[1].phrases[0] duplicatePhrase',
    'error situations[1].targetGroups[1] unknownCode',
  ]);
  assert.match(formatProblem(problems.find((problem) => problem.code === 'duplicatePhrase') as Problem, 'cs'), /Fráze „Dovoz Obedu“ už je u situace dovoz-obedu/);
});
