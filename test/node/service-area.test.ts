import assert from 'node:assert/strict';
import { test } from 'node:test';
import { districtNames, municipalitiesByDistrict, servedMunicipalityCodes } from '../../src/catalogue/service-area.js';
import type { Municipality, Service } from '../../src/generated/catalogue-types.js';

// Two synthetic districts ("0001" with three municipalities, "0002" with one) and a municipality without a district code.
const municipalities: Municipality[] = [
  { code: '000001', name: 'Testov', district: 'Testovice', districtCode: '0001', parts: [] },
  { code: '000002', name: 'Zkušebná', district: 'Testovice', districtCode: '0001', parts: [] },
  { code: '000003', name: 'Pokusov', district: 'Pokusy', districtCode: '0002', parts: [] },
  { code: '000004', name: 'Vzorkov', districtCode: '0001', parts: [] },
  { code: '000005', name: 'Bezokresí', parts: [] },
];
const byDistrict = municipalitiesByDistrict(municipalities);

test('municipalities by district: list order, municipalities without a district code left out', () => {
  assert.deepEqual([...byDistrict], [
    ['0001', ['000001', '000002', '000004']],
    ['0002', ['000003']],
  ]);
});

test('district names: the first municipality that names its district', () => {
  assert.deepEqual([...districtNames(municipalities)], [
    ['0001', 'Testovice'],
    ['0002', 'Pokusy'],
  ]);
});

type Area = Pick<Service, 'serviceArea' | 'places'>;
const place = (municipality: string) => ({ address: `Testovací 1, ${municipality}`, municipality });

const cases: Array<{ name: string; service: Area; expected: string[] }> = [
  { name: 'a whole district', service: { serviceArea: { districts: ['0001'] } }, expected: ['000001', '000002', '000004'] },
  { name: 'two districts', service: { serviceArea: { districts: ['0002', '0001'] } }, expected: ['000003', '000001', '000002', '000004'] },
  {
    name: 'a district and municipalities, one of them inside it, each once',
    service: { serviceArea: { districts: ['0002'], municipalities: ['000005', '000003'] } },
    expected: ['000003', '000005'],
  },
  { name: 'listed municipalities only', service: { serviceArea: { municipalities: ['000002', '000005'] } }, expected: ['000002', '000005'] },
  { name: 'a district no municipality lies in adds nothing', service: { serviceArea: { districts: ['9999'], municipalities: ['000005'] } }, expected: ['000005'] },
  { name: 'only an unknown district: serves no known municipality', service: { serviceArea: { districts: ['9999'] }, places: [place('000001')] }, expected: [] },
  { name: 'the area wins over the places', service: { serviceArea: { districts: ['0002'] }, places: [place('000001')] }, expected: ['000003'] },
  { name: 'no area: the places, each municipality once', service: { places: [place('000002'), place('000001'), place('000002')] }, expected: ['000002', '000001'] },
  { name: 'an area that names nothing: the places', service: { serviceArea: { districts: [], municipalities: [], description: 'Okolí' }, places: [place('000003')] }, expected: ['000003'] },
  { name: 'neither area nor places', service: {}, expected: [] },
];

for (const { name, service, expected } of cases) {
  test(`served municipalities: ${name}`, () => {
    assert.deepEqual([...servedMunicipalityCodes(service, byDistrict)], expected);
  });
}
