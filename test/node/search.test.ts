/**
 * Relevance: the same queries must put the expected services first on a small synthetic catalogue
 * and on a generated national one (7,000 services with the small one inside). Each case also
 * records whether plain fuse.js (default options, as in issue 6) gets the small catalogue right,
 * and if not, why; the test fails if that record stops being true.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { generateCatalogue } from '../../scripts/bench/generate-catalogue.js';
import { createBaselineSearch } from '../../scripts/bench/search-bench.js';
import { createSchemaValidators } from '../../scripts/lib/json-schema.js';
import { buildCatalogueModel } from '../../src/catalogue/model.js';
import { municipalitiesByDistrict, servedMunicipalityCodes } from '../../src/catalogue/service-area.js';
import type { Catalogue, ProviderFile, Service } from '../../src/generated/catalogue-types.js';
import { createSearchIndex, type SearchDocument } from '../../src/search/engine.js';
import { normalizeText } from '../../src/search/normalize.js';

interface ServiceView {
  readonly service: Service;
  readonly provider: ProviderFile;
  /** Codes of the municipalities it serves (or, where it does not say, where it is provided). */
  readonly serves: ReadonlySet<string>;
  /** Folded names of those municipalities and of its places' parts. */
  readonly placeNames: ReadonlySet<string>;
}

interface RelevanceCase {
  readonly query: string;
  /** What every top result must be, at any scale. */
  readonly expected: string;
  readonly isExpected: (view: ServiceView) => boolean;
  /** On the small catalogue: exactly these services first, in any order among themselves. */
  readonly smallTop: readonly string[];
  /** Whether plain fuse.js puts `smallTop` first on the small catalogue; if not, why it fails. */
  readonly fuse: 'agrees' | { readonly differs: string };
}

const KELC = '542989';
const ZASOVA = '545236';
const fold = normalizeText;
const ofKind = (...kinds: number[]) => (view: ServiceView) => kinds.includes(view.service.kind ?? 0);
const says = (pattern: RegExp) => (view: ServiceView) =>
  pattern.test(fold(`${view.service.name} ${view.provider.name} ${view.service.description ?? ''}`));
const homeCare = ['test-pecovatelska-sluzba', 'test-pecovatelska-kelc', 'test-pecovatelska-lesna'];

const cases: readonly RelevanceCase[] = [
  { query: 'pečovatelská služba', expected: 'home care', isExpected: ofKind(4), smallTop: homeCare, fuse: 'agrees' },
  { query: 'pecovatelska sluzba', expected: 'home care', isExpected: ofKind(4), smallTop: homeCare, fuse: 'agrees' },
  { query: 'pecovatelksa', expected: 'home care', isExpected: ofKind(4), smallTop: homeCare, fuse: 'agrees' },
  {
    query: 'pečov',
    expected: 'home care',
    isExpected: ofKind(4),
    smallTop: homeCare,
    fuse: 'agrees',
  },
  { query: 'osobni asistnce', expected: 'personal assistance', isExpected: ofKind(3), smallTop: ['test-osobni-asistence'], fuse: 'agrees' },
  { query: 'odlehcovaci sluzby', expected: 'respite care', isExpected: ofKind(8), smallTop: ['test-odlehcovaci'], fuse: 'agrees' },
  { query: 'domov pro senory', expected: 'a home for the elderly', isExpected: ofKind(13), smallTop: ['test-domov-seniory'], fuse: 'agrees' },
  {
    query: 'seniorům',
    expected: 'a service for the elderly',
    isExpected: (view) => view.service.targetGroups?.includes(24) === true || says(/senior/)(view),
    smallTop: ['test-domov-seniory'],
    fuse: 'agrees',
  },
  { query: 'noclehárna', expected: 'a night shelter', isExpected: ofKind(26), smallTop: ['test-nocleharna'], fuse: 'agrees' },
  {
    query: 'pečovatelská Kelč',
    expected: 'home care serving Kelč',
    isExpected: (view) => ofKind(4)(view) && view.serves.has(KELC),
    smallTop: ['test-pecovatelska-kelc'],
    fuse: { differs: 'fuse.js matches the whole query as one string, not word by word: the plain "Pečovatelská služba" (not in Kelč) is closest' },
  },
  {
    query: 'Zašová',
    expected: 'a service for Zašová',
    isExpected: (view) => view.serves.has(ZASOVA),
    smallTop: ['test-domov-seniory', 'test-osobni-asistence'],
    fuse: { differs: 'a fragment ("ová") of a name and kind ranks above the exact word late in a list of municipalities' },
  },
  {
    query: 'Krásno nad Bečvou',
    expected: 'a service in Krásno nad Bečvou',
    isExpected: (view) => view.placeNames.has('krasno nad becvou'),
    smallTop: ['test-pecovatelska-sluzba'],
    fuse: { differs: 'a fragment of a name ("oradna ") ranks above the exact place late in a list of municipalities' },
  },
  {
    query: 'alzheimer',
    expected: 'care for dementia',
    isExpected: says(/alzheimer/),
    smallTop: ['test-dzr'],
    fuse: { differs: 'finds nothing: the word is late in the description, beyond where fuse.js looks by default' },
  },
  {
    query: 'bez přístřeší',
    expected: 'a service for homeless people',
    isExpected: (view) => view.service.targetGroups?.includes(6) === true,
    smallTop: ['test-nocleharna', 'test-denni-centrum'],
    fuse: 'agrees',
  },
  {
    query: 'charita',
    expected: 'a charity’s service',
    isExpected: says(/charit/),
    smallTop: ['test-pecovatelska-sluzba', 'test-pecovatelska-kelc', 'test-nocleharna', 'test-denni-centrum', 'test-odlehcovaci'],
    fuse: 'agrees',
  },
  { query: 'raná péče', expected: 'early intervention', isExpected: ofKind(17), smallTop: ['test-rana-pece'], fuse: 'agrees' },
  {
    query: 'azylovy dum matky s detmi',
    expected: 'a shelter for mothers with children',
    isExpected: ofKind(20),
    smallTop: ['test-azylovy-dum'],
    fuse: 'agrees',
  },
  {
    query: 'krizova pomoc',
    expected: 'crisis help',
    isExpected: ofKind(18, 23),
    smallTop: ['test-linka-duvery'],
    fuse: 'agrees',
  },
  {
    query: 'pujcovna pomucek',
    expected: 'an aid rental',
    isExpected: says(/pujcovna/),
    smallTop: ['test-pujcovna'],
    fuse: 'agrees',
  },
  { query: 'denni stacionar', expected: 'a day care centre', isExpected: ofKind(10), smallTop: ['test-stacionar'], fuse: 'agrees' },
  { query: 'terenni programy', expected: 'street work', isExpected: ofKind(32), smallTop: ['test-terenni-programy'], fuse: 'agrees' },
  {
    query: 'dluhy',
    expected: 'debt counselling',
    isExpected: says(/dluh/),
    smallTop: ['test-obcanska-poradna'],
    fuse: { differs: 'a fragment of a name ("dl" in "Odlehčovací") ranks above the word itself in a description' },
  },
  {
    query: 'osoby s mentalnim postizenim',
    expected: 'a service for people with intellectual disabilities',
    isExpected: (view) => view.service.targetGroups?.includes(14) === true || says(/mentalnim postizenim/)(view),
    smallTop: ['test-chranene-bydleni', 'test-rehabilitace', 'test-osobni-asistence'],
    fuse: 'agrees',
  },
  { query: 'xyzzy', expected: 'nothing', isExpected: () => false, smallTop: [], fuse: 'agrees' },
];

function readCatalogue(path: string): Catalogue {
  return JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as Catalogue;
}

/**
 * The documents exactly as the element builds them, with ids turned back into service ids (the
 * element keys services by provider and service id).
 */
function searchDocuments(catalogue: Catalogue): SearchDocument[] {
  const model = buildCatalogueModel(catalogue, 'cs', new Date('2026-09-01T12:00:00Z'));
  const idByKey = new Map(model.services.map((service) => [service.key, service.id]));
  return model.searchDocuments.map((document) => ({ ...document, id: idByKey.get(document.id) ?? document.id }));
}

function views(catalogue: Catalogue): Map<string, ServiceView> {
  const names = new Map(catalogue.municipalities.map((municipality) => [municipality.code, fold(municipality.name)]));
  const byDistrict = municipalitiesByDistrict(catalogue.municipalities);
  return new Map(
    catalogue.providers.flatMap((provider) =>
      provider.services.map((service) => {
        const serves = new Set(servedMunicipalityCodes(service, byDistrict));
        const placeNames = new Set([
          ...[...serves].map((code) => names.get(code) ?? ''),
          ...(service.places ?? []).map((place) => fold(place.municipalityPart ?? '')),
        ]);
        return [service.id, { service, provider, serves, placeNames }] as const;
      }),
    ),
  );
}

const small = readCatalogue('../fixtures/search/catalogue.json');
const national = generateCatalogue({ services: 7000, providers: 2600, seed: 1 });
national.providers.push(...small.providers);

test('the small catalogue is a valid catalogue', () => {
  const validate = createSchemaValidators(fileURLToPath(new URL('../../schema', import.meta.url)))('catalogue');
  assert.ok(validate?.(small), JSON.stringify(validate?.errors?.slice(0, 3)));
});

const scales = [
  { name: 'small catalogue', catalogue: small },
  { name: '7,000 services', catalogue: national },
];

for (const { name, catalogue } of scales) {
  const index = createSearchIndex(searchDocuments(catalogue));
  const serviceViews = views(catalogue);
  const isSmall = catalogue === small;
  for (const { query, expected, isExpected, smallTop } of cases) {
    test(`${name}: "${query}" puts ${expected} first`, () => {
      const hits = index.search(query).map((hit) => hit.id);
      const view = (id: string) => serviceViews.get(id) ?? assert.fail(`unknown id ${id}`);
      if (smallTop.length === 0) {
        assert.deepEqual(hits, []);
        return;
      }
      assert.ok(smallTop.every((id) => hits.includes(id)), `missing some of ${smallTop.join(', ')} in ${hits.slice(0, 10).join(', ')}`);
      // Nothing unexpected above any expected service, and the first ten (or all there are) as asked.
      const lastExpected = Math.max(...smallTop.map((id) => hits.indexOf(id)));
      const satisfying = hits.filter((id) => isExpected(view(id))).length;
      const checked = hits.slice(0, Math.max(lastExpected + 1, Math.min(10, satisfying)));
      const unexpected = checked.filter((id) => !isExpected(view(id)));
      assert.deepEqual(unexpected, [], `unexpected among the first ${checked.length}`);
      if (isSmall) assert.deepEqual(new Set(hits.slice(0, smallTop.length)), new Set(smallTop));
    });
  }
}

const baseline = createBaselineSearch(searchDocuments(small));
for (const { query, smallTop, fuse } of cases) {
  test(`plain fuse.js on "${query}": ${fuse === 'agrees' ? 'agrees' : `differs: ${fuse.differs}`}`, () => {
    const top = new Set(baseline.search(query).slice(0, smallTop.length));
    const agrees = top.size === smallTop.length && smallTop.every((id) => top.has(id));
    assert.equal(agrees, fuse === 'agrees', `fuse.js top: ${[...top].join(', ')}`);
  });
}
