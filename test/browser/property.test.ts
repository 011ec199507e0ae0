/**
 * Property-based tests with fast-check: whatever the `catalogue` property gets (random JSON, random
 * catalogue-shaped data, the real catalogue with random damage) and whatever is typed into the search,
 * the element never throws or logs an error, and it always shows either services or a message.
 */
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../fast-check-seed.js';
import type { SocialServicesCatalogue } from '../../src/social-services-catalogue.js';
import { damage, damaged, hostileString, type Json } from '../fixtures/hostile/damage.js';
import { fixtureCatalogue, resetUrl, resultNames, search, shadow } from './helpers.js';

const numRuns = 100;

/** The real catalogue as `npm run build:data` writes it (test/node/csp.test.ts builds it when missing). */
async function realCatalogue(): Promise<Json> {
  const response = await fetch('/dist/catalogue.json');
  if (!response.ok) throw new Error('dist/catalogue.json is missing: run npm run build:data (npm test does) first');
  return (await response.json()) as Json;
}

/** What the element shows: the number of services listed and the text of its messages. */
function shown(el: SocialServicesCatalogue): { services: number; message: string } {
  const message = [...shadow(el).querySelectorAll('[part="message"]')]
    .map((node) => node.textContent?.replace(/\s+/g, ' ').trim() ?? '')
    .join(' ')
    .trim();
  return { services: resultNames(el).length, message };
}

/** Errors the page would see: uncaught exceptions, unhandled rejections and console.error. */
function watchErrors(): { errors: string[]; stop: () => void } {
  const errors: string[] = [];
  const original = { error: console.error, warn: console.warn };
  console.error = (...args: unknown[]) => errors.push(`console.error: ${args.map(String).join(' ')}`);
  // Skipped entries are reported with console.warn; a hundred damaged catalogues would flood the log.
  console.warn = () => undefined;
  const onError = (event: ErrorEvent) => errors.push(`uncaught: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(`unhandled rejection: ${String(event.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop: () => {
      Object.assign(console, original);
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/** Gives the element `data` and waits until it has shown the outcome (loaded or failed). */
async function show(el: SocialServicesCatalogue, data: unknown): Promise<void> {
  const settled = new Promise<void>((resolve) => {
    const done = () => {
      el.removeEventListener('catalogue-load', done);
      el.removeEventListener('catalogue-error', done);
      resolve();
    };
    el.addEventListener('catalogue-load', done);
    el.addEventListener('catalogue-error', done);
  });
  // The same value again is no change: the element already shows its outcome.
  if (Object.is(el.catalogue, data)) return;
  el.catalogue = data;
  await settled;
  await el.updateComplete;
}

/** The element shows the data and a search for `query` without an error, and never a blank widget. */
async function checkShowsSomething(el: SocialServicesCatalogue, data: unknown, query: string): Promise<void> {
  await show(el, data);
  const loaded = shown(el);
  expect(loaded.services > 0 || loaded.message !== '', 'services or a message after loading').to.equal(true);
  if (!shadow(el).querySelector('input[type="search"]')) return;
  await search(el, query);
  const searched = shown(el);
  expect(searched.services > 0 || searched.message !== '', `services or a message after searching "${query}"`).to.equal(true);
  await search(el, '');
}

// ---- catalogue-shaped random data -----------------------------------------------------------------

const fixture0 = fixtureCatalogue();
const municipalityCodes = fixture0.municipalities.map((m) => m.code);

/** Mostly a valid value, sometimes a random or hostile one: so that some entries pass and some do not. */
function mostly<T>(valid: fc.Arbitrary<T>, invalid: fc.Arbitrary<unknown>): fc.Arbitrary<T | unknown> {
  return fc.oneof({ arbitrary: valid, weight: 6 }, { arbitrary: invalid, weight: 1 });
}

const text = mostly(fc.constantFrom('Testovací text', 'Testovací služba v Kelči', 'Po–Pá 8–16'), fc.oneof(fc.string({ maxLength: 40 }), hostileString));
const slug = mostly(fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}$/), fc.oneof(fc.string(), fc.constant('testovaci-sluzba')));

const randomService = fc.record(
  {
    id: slug,
    registered: mostly(fc.boolean(), fc.constant('ano')),
    name: text,
    kind: mostly(fc.constantFrom(1, 3, 4, 5, 13, 15, 17), fc.integer({ min: -5, max: 1000 })),
    forms: mostly(fc.uniqueArray(fc.constantFrom('amb', 'pob', 'ter'), { minLength: 1 }), fc.array(fc.string(), { maxLength: 2 })),
    targetGroups: mostly(fc.uniqueArray(fc.constantFrom(1, 3, 24), { minLength: 1 }), fc.array(fc.integer(), { maxLength: 2 })),
    ageGroups: mostly(fc.uniqueArray(fc.constantFrom(1, 6, 8), { minLength: 1 }), fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 2 })),
    capacity: mostly(
      fc.array(fc.record({ form: fc.constantFrom('amb', 'pob', 'ter'), unit: fc.constantFrom('klient', 'luzka'), count: fc.integer({ min: 0, max: 500 }) }), { minLength: 1, maxLength: 2 }),
      fc.array(fc.record({ form: fc.string(), unit: fc.string(), count: fc.integer({ min: -1, max: 2_000_000 }) }), { maxLength: 2 }),
    ),
    serviceArea: fc.record({ municipalities: mostly(fc.uniqueArray(fc.constantFrom(...municipalityCodes), { maxLength: 12 }), fc.array(fc.string(), { maxLength: 2 })) }),
    places: mostly(
      fc.array(fc.record({ address: fc.constant('Testovací 1, Testov'), municipality: fc.constantFrom(...municipalityCodes) }), { minLength: 1, maxLength: 2 }),
      fc.array(fc.record({ address: fc.string(), municipality: fc.string() }), { maxLength: 2 }),
    ),
    description: text,
    contacts: fc.record(
      {
        phone: mostly(fc.constant(['+420 000 000 000']), fc.array(fc.string(), { maxLength: 2 })),
        email: mostly(fc.constant(['info@example.cz']), fc.array(fc.string(), { maxLength: 2 })),
        web: mostly(fc.constant(['https://www.example.cz/']), fc.array(fc.oneof(hostileString, fc.webUrl()), { maxLength: 2 })),
      },
      { requiredKeys: [] },
    ),
    openingHours: text,
  },
  { requiredKeys: ['id', 'registered', 'name'] },
);

const randomCatalogue = fc.record({
  formatVersion: fc.constant(1),
  version: fc.constant(fixture0.version),
  built: fc.constant(fixture0.built),
  codebooks: fc.constant(fixture0.codebooks),
  municipalities: fc.constant(fixture0.municipalities),
  providers: fc.array(
    fc.record(
      {
        id: slug,
        name: text,
        services: fc.array(randomService, { maxLength: 4 }),
        reviewed: mostly(fc.constantFrom('2026-01-01', '2025-06-30'), fc.oneof(fc.constantFrom('2099-12-31', '2026-02-30'), fc.string())),
      },
      { requiredKeys: ['id', 'name', 'services'] },
    ),
    { maxLength: 6 },
  ),
});

const query = fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('péče', 'pecovatelksa', '(', '[a-', '.*', '\\', '\u0000', ' '.repeat(50), 'W'.repeat(500)));

describe('property-based: the element never breaks', () => {
  let el: SocialServicesCatalogue;
  let watch: ReturnType<typeof watchErrors>;

  beforeEach(async () => {
    el = await fixture<SocialServicesCatalogue>(html`<social-services-catalogue></social-services-catalogue>`);
    watch = watchErrors();
  });

  afterEach(() => {
    watch.stop();
    resetUrl();
  });

  it('random JSON values', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 4 }), query, async (data, typed) => checkShowsSomething(el, data, typed)),
      { numRuns },
    );
    expect(watch.errors).to.deep.equal([]);
  });

  it('random catalogue-shaped data, most of it invalid', async () => {
    let withServices = 0;
    await fc.assert(
      fc.asyncProperty(randomCatalogue, query, async (data, typed) => {
        await checkShowsSomething(el, data, typed);
        if (shown(el).services > 0) withServices++;
      }),
      { numRuns },
    );
    expect(watch.errors).to.deep.equal([]);
    expect(withServices, 'some random catalogues are valid enough to show services').to.be.above(0);
  });

  it('the real catalogue with random damage', async () => {
    const real = await realCatalogue();
    let withServices = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(damage, { minLength: 1, maxLength: 5 }), query, async (damages, typed) => {
        await checkShowsSomething(el, damaged(real, damages), typed);
        if (shown(el).services > 0) withServices++;
      }),
      { numRuns },
    );
    expect(watch.errors).to.deep.equal([]);
    // Damage to the codebooks or the municipalities makes the whole file unusable, by design.
    expect(withServices, 'some damage leaves services to show').to.be.above(0);
  });

  it('damage to one service of the real catalogue: every other service is still shown', async () => {
    const real = await realCatalogue();
    const services = (real as { providers: Array<{ services: Json[] }> }).providers.flatMap((provider, p) =>
      provider.services.map((_, s) => [p, s] as const),
    );
    await show(el, structuredClone(real));
    const total = shown(el).services;
    expect(total).to.equal(services.length);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...services), fc.array(damage, { minLength: 1, maxLength: 5 }), async ([p, s], damages) => {
        const copy = structuredClone(real) as { providers: Array<{ services: Json[] }> };
        const provider = copy.providers[p];
        if (!provider) throw new Error('no provider');
        provider.services[s] = damaged(provider.services[s] ?? null, damages);
        await show(el, copy);
        const after = shown(el);
        expect(after.services, 'at most the damaged service is missing').to.be.within(total - 1, total);
        if (after.services < total) expect(after.message).to.match(/nelze zobrazit/);
      }),
      { numRuns },
    );
    expect(watch.errors).to.deep.equal([]);
  });
});
