/** Reading the register's codebook files and merging them into the catalogue's codebooks. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { CodebookFile } from '../../src/generated/catalogue-types.js';
import { describeCodebookRefresh, readRegisterCodebook, refreshCodebook } from '../../src/register/codebooks.js';

describe('readRegisterCodebook', () => {
  const cases: Array<[string, unknown, string, string | undefined, unknown[]]> = [
    [
      'by file name, label object',
      { polozky: [{ id: 'DruhSocialniSluzby/13', nazev: { cs: 'domovy pro seniory' }, platnostOd: '2024-07-24T00:00:00' }] },
      'druhy-socialni-sluzby.json',
      'DruhSocialniSluzby',
      [{ code: 13, label: 'domovy pro seniory', validFrom: '2024-07-24' }],
    ],
    ['by the ids when the file is renamed, label as plain text', { polozky: [{ id: 'CilovaSkupinaOsoby/30', nazev: 'osoby žijící s demencí' }] }, 'x.json', 'CilovaSkupinaOsoby', [{ code: 30, label: 'osoby žijící s demencí' }]],
    ['the forms under the codebook service name', { polozky: [{ id: 'FormaSocSluzby/ter', nazev: { cs: 'Terénní' } }] }, 'formy.json', 'FormaSocialniSluzby', [{ code: 'ter', label: 'Terénní' }]],
    ['a codebook the catalogue does not use', { polozky: [{ id: 'Kraj/141', nazev: { cs: 'Zlínský kraj' } }] }, 'kraje.json', undefined, []],
    ['not a codebook', { data: [] }, 'druhy-socialni-sluzby.json', undefined, []],
  ];
  for (const [name, raw, fileName, expectedName, expectedItems] of cases) {
    test(name, () => {
      const codebook = readRegisterCodebook(raw, fileName);
      assert.equal(codebook?.name, expectedName);
      if (expectedName !== undefined) assert.deepEqual(codebook?.items, expectedItems);
    });
  }

  test('items without an id of the codebook, a Czech label or a code of the right shape are reported and left out', () => {
    const codebook = readRegisterCodebook(
      {
        polozky: [
          { id: 'CilovaSkupinaOsoby/24', nazev: { cs: 'senioři' } },
          { id: 'CilovaSkupinaOsoby/25' },
          { id: 'VekovaSkupinaOsoby/3', nazev: { cs: 'starší děti' } },
          { id: 'CilovaSkupinaOsoby/abc', nazev: { cs: 'chybný kód' } },
          'x',
        ],
      },
      'cilove-skupiny-osoby.json',
    );
    assert.deepEqual(codebook?.items, [{ code: 24, label: 'senioři' }]);
    assert.equal(codebook?.problems.length, 4);
  });
});

const existing: CodebookFile = {
  $schema: '../../schema/codebook.schema.json',
  name: 'DruhSocialniSluzby',
  source: 'Testovací zdroj',
  entries: [
    { code: 4, label: { cs: 'pečovatelská služba', en: 'Home care service' }, group: 'care', section: '§ 40' },
    { code: 99, label: { cs: 'testovací druh, který registr nezná' } },
  ],
};

describe('refreshCodebook', () => {
  test('relabels in Czech, keeps English, group and section, appends new codes, keeps and reports missing ones', () => {
    const refresh = refreshCodebook(
      existing,
      { name: 'DruhSocialniSluzby', problems: [], items: [{ code: 13, label: 'domovy pro seniory' }, { code: 4, label: 'pečovatelská služba (nový název)' }] },
      'druhy-socialni-sluzby.json',
      '2026-09-08',
    );
    assert.equal(refresh.changed, true);
    assert.deepEqual(refresh.file.entries, [
      { code: 4, label: { cs: 'pečovatelská služba (nový název)', en: 'Home care service' }, group: 'care', section: '§ 40' },
      { code: 99, label: { cs: 'testovací druh, který registr nezná' } },
      { code: 13, label: { cs: 'domovy pro seniory' } },
    ]);
    assert.equal(refresh.file.source, 'Číselník MPSV DruhSocialniSluzby (https://data.mpsv.cz/od/soubory/ciselniky/druhy-socialni-sluzby.json), stav k 2026-09-08');
    assert.deepEqual(refresh.notInRegister, [99]);
    assert.deepEqual(describeCodebookRefresh('codebooks/kinds.json', refresh), [
      'codebooks/kinds.json (DruhSocialniSluzby): aktualizováno',
      '  + nový kód DruhSocialniSluzby/13: domovy pro seniory (doplňte anglický název, skupinu a paragraf)',
      '  ~ DruhSocialniSluzby/4: „pečovatelská služba“ → „pečovatelská služba (nový název)“',
      '  ? DruhSocialniSluzby/99: v číselníku registru není, ponecháno',
    ]);
  });

  test('an unchanged codebook keeps its source text and says so', () => {
    const refresh = refreshCodebook(existing, { name: 'DruhSocialniSluzby', problems: [], items: [{ code: 4, label: 'pečovatelská služba' }] }, 'druhy-socialni-sluzby.json', '2026-09-08');
    assert.equal(refresh.changed, false);
    assert.equal(refresh.file.source, 'Testovací zdroj');
    assert.deepEqual(refresh.file.entries, existing.entries);
  });

  test('a codebook the catalogue does not have yet is created', () => {
    const refresh = refreshCodebook(undefined, { name: 'FormaSocialniSluzby', problems: [], items: [{ code: 'ter', label: 'Terénní' }] }, 'formy-soc-sluzby.json', '2026-09-08');
    assert.equal(refresh.changed, true);
    assert.deepEqual(refresh.file.entries, [{ code: 'ter', label: { cs: 'Terénní' } }]);
    assert.equal(refresh.file.$schema, '../../schema/codebook.schema.json');
  });
});
