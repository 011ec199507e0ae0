/** planImport on small in-memory cases: what happens to an existing service for each kind of register news. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ProviderFile, Service } from '../../src/generated/catalogue-types.js';
import { indexMunicipalities } from '../../src/register/address.js';
import { planImport } from '../../src/register/import-plan.js';
import type { ImportPlan } from '../../src/register/import-plan.js';
import { readRegisterRecord } from '../../src/register/record.js';
import type { RegisterService } from '../../src/register/record.js';

const municipalities = indexMunicipalities({
  source: 'test',
  municipalities: [{ code: '545058', name: 'Valašské Meziříčí', parts: [{ code: '414816', name: 'Valašské Meziříčí' }] }],
});
const date = '2026-09-08';

const existingService: Service = {
  id: '1000100',
  registered: true,
  register: { identifier: '1000100', portalId: 90100, validFrom: '2020-01-01' },
  name: 'Testovací služba',
  kind: 4,
  forms: ['ter', 'amb'],
  capacity: [
    { form: 'ter', unit: 'klient', count: 5 },
    { form: 'amb', unit: 'klient', count: 3 },
  ],
  places: [{ address: 'Zkušební 1, 757 01 Valašské Meziříčí', municipality: '545058' }],
  contacts: { email: ['rucne@alfa.example.cz'], phone: ['000 000 099'] },
  description: 'Ručně psaný popis. (testovací text)',
};
const existing: ProviderFile = { id: 'testovaci-spolek-alfa', name: 'Testovací spolek Alfa', ico: '12345679', services: [existingService] };

function registerRecord(overrides: Record<string, unknown>): RegisterService {
  const reading = readRegisterRecord(
    {
      portalId: 90100,
      identifikator: '1000100',
      datumPoskytovaniOd: '2020-01-01',
      druhSocialniSluzby: { id: 'DruhSocialniSluzby/4' },
      formy: [{ forma: { id: 'FormaSocialniSluzby/ter' }, kapacity: [{ pocet: 6, typ: { id: 'TypKapacitySocialniSluzby/klient' } }] }],
      zarizeni: [{ nazev: 'Testovací služba', poskytujeOd: '2020-01-01', adresa: { obec: { id: 'Obec/545058' }, ulice: { nazev: 'Zkušební' }, cisloDomovni: 1, psc: '75701' } }],
      poskytovatel: { ico: '12345679', nazev: 'Testovací spolek Alfa' },
      weby: [],
      emaily: [],
      telefony: [{ telefon: '000 000 011' }],
      ...overrides,
    },
    1,
  );
  assert.ok(reading.ok);
  return reading.service;
}

function plan(services: RegisterService[]): ImportPlan {
  return planImport({ date, services, skippedPortalIds: new Set(), existing: [existing], municipalities, codebooks: new Map() });
}

function serviceIn(result: ImportPlan): Service | undefined {
  return result.changed.find((provider) => provider.id === existing.id)?.services.find((service) => service.id === existingService.id);
}

describe('planImport', () => {
  test('a kind of contact the register gives replaces the current one; kinds it does not give stay', () => {
    assert.deepEqual(serviceIn(plan([registerRecord({})]))?.contacts, { email: ['rucne@alfa.example.cz'], phone: ['000 000 011'] });
  });

  test('capacity follows the register\'s forms: a form the register dropped loses its capacity', () => {
    const service = serviceIn(plan([registerRecord({})]));
    assert.deepEqual(service?.forms, ['ter']);
    assert.deepEqual(service?.capacity, [{ form: 'ter', unit: 'klient', count: 6 }]);
  });

  test('a service whose only facility moved outside the municipalities is kept unchanged and reported', () => {
    const result = plan([registerRecord({ zarizeni: [{ nazev: 'Jinde', adresa: { obec: { id: 'Obec/554499' } } }] })]);
    assert.deepEqual(result.changed, []);
    assert.deepEqual(result.report.withoutPlace.map((item) => [item.serviceId, item.reason]), [['1000100', 'registr u služby neuvádí žádné zařízení v obcích katalogu']]);
  });

  test('a service whose facility ended is kept unchanged and reported', () => {
    const result = plan([registerRecord({ zarizeni: [{ nazev: 'X', poskytujeDo: '2026-01-31', adresa: { obec: { id: 'Obec/545058' } } }] })]);
    assert.deepEqual(result.changed, []);
    assert.equal(result.report.withoutPlace[0]?.reason, 'všechna zařízení v obcích katalogu jsou ukončena');
  });

  test('a registration that starts later is reported, not flagged as ended', () => {
    const result = plan([registerRecord({ datumPoskytovaniOd: '2027-01-01' })]);
    assert.deepEqual(result.changed, []);
    assert.deepEqual(result.report.ended, []);
    assert.equal(result.report.withoutPlace[0]?.reason, 'registrace začíná až 2027-01-01');
  });

  test('an ended registration changes only the register facts', () => {
    const service = serviceIn(plan([registerRecord({ datumPoskytovaniDo: '2026-06-30' })]));
    assert.deepEqual(service?.register, { identifier: '1000100', portalId: 90100, validFrom: '2020-01-01', validTo: '2026-06-30' });
    assert.deepEqual(service?.capacity, existingService.capacity);
    assert.deepEqual(service?.contacts, existingService.contacts);
  });

  test('a registration the file lists twice is one service with the facilities of both records', () => {
    const second = registerRecord({ zarizeni: [{ nazev: 'Pobočka', adresa: { obec: { id: 'Obec/545058' }, ulice: { nazev: 'Zkušební' }, cisloDomovni: 2 } }] });
    const result = plan([registerRecord({}), second]);
    assert.deepEqual(serviceIn(result)?.places?.map((place) => place.address), ['Zkušební 1, 757 01 Valašské Meziříčí', 'Zkušební 2, Valašské Meziříčí']);
    assert.match(result.report.warnings[0]?.message ?? '', /vícekrát/);
  });

  test('without the codebooks, unknown codes cannot be checked and the report says which codebooks are missing', () => {
    assert.deepEqual(plan([registerRecord({})]).report.missingCodebooks, ['DruhSocialniSluzby', 'FormaSocialniSluzby', 'TypKapacitySocialniSluzby']);
  });
});
