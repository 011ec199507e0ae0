import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { frameIsValid, isValidEntry, parseCatalogue } from '../../src/catalogue/parse.js';
import type { Catalogue } from '../../src/generated/catalogue-types.js';

const fixture = JSON.parse(
  readFileSync(new URL('../fixtures/contract/valid/catalogue-full.json', import.meta.url), 'utf8'),
) as Catalogue;

function freshCatalogue(): Catalogue {
  return structuredClone(fixture);
}

test('a valid catalogue is kept whole', () => {
  const result = parseCatalogue(freshCatalogue());
  assert.ok(result.ok);
  assert.deepEqual(result.skipped, []);
  assert.deepEqual(result.catalogue, fixture);
});

const envelopeCases: Array<[string, unknown, 'not-a-catalogue' | 'unsupported-format']> = [
  ['null', null, 'not-a-catalogue'],
  ['undefined', undefined, 'not-a-catalogue'],
  ['a string', 'not a catalogue', 'not-a-catalogue'],
  ['a number', 42, 'not-a-catalogue'],
  ['an array', [fixture], 'not-a-catalogue'],
  ['an empty object', {}, 'not-a-catalogue'],
  ['formatVersion 2', { ...fixture, formatVersion: 2 }, 'unsupported-format'],
  ['formatVersion "1"', { ...fixture, formatVersion: '1' }, 'unsupported-format'],
  ['no codebooks', { ...fixture, codebooks: undefined }, 'not-a-catalogue'],
  ['codebooks with a broken kind', { ...fixture, codebooks: { ...fixture.codebooks, kinds: [{ code: 'x' }] } }, 'not-a-catalogue'],
  ['municipalities not an array', { ...fixture, municipalities: {} }, 'not-a-catalogue'],
  ['providers not an array', { ...fixture, providers: 'none' }, 'not-a-catalogue'],
];

for (const [name, input, error] of envelopeCases) {
  test(`envelope: ${name} → ${error}`, () => {
    const result = parseCatalogue(input);
    assert.equal(result.ok, false);
    if (result.ok) return;
    assert.equal(result.error, error);
    assert.ok(result.problems.length > 0);
  });
}

test('keys the contract does not name are ignored at every level: a newer catalogue keeps every entry', () => {
  const input = freshCatalogue() as unknown as Record<string, unknown> & Catalogue;
  const added = { testovaciNovePole: 'hodnota z novější verze formátu' };
  const [municipality] = input.municipalities;
  const [provider] = input.providers;
  const [service] = provider?.services ?? [];
  const [kind] = input.codebooks.kinds;
  const [situation] = input.lifeSituations ?? [];
  if (!municipality || !provider || !service || !kind || !situation) throw new Error('fixture changed');
  for (const entry of [input, input.codebooks, kind, municipality, municipality.parts[0], provider, provider.contacts, service, service.places?.[0], service.capacity?.[0], situation]) {
    if (!entry) throw new Error('fixture changed');
    Object.assign(entry, added);
  }
  const result = parseCatalogue(input);
  assert.ok(result.ok);
  assert.deepEqual(result.skipped, []);
  assert.equal(
    result.catalogue.providers.flatMap((p) => p.services).length,
    fixture.providers.flatMap((p) => p.services).length,
  );
  assert.equal(result.catalogue.lifeSituations?.length, fixture.lifeSituations?.length);
});

test('an entry broken in another way is still skipped, its unknown keys named among its problems', () => {
  const input = freshCatalogue();
  const service = input.providers[0]?.services[0] as unknown as Record<string, unknown>;
  Object.assign(service, { testovaciNovePole: 1, registered: 'ano' });
  const result = parseCatalogue(input);
  assert.ok(result.ok);
  assert.equal(result.skipped.length, 1);
  assert.match(result.skipped[0]?.problems.join('\n') ?? '', /registered/);
});

test('a broken service is skipped, the provider keeps its valid services', () => {
  const input = freshCatalogue();
  const first = input.providers[0];
  assert.ok(first);
  (first.services[1] as unknown as Record<string, unknown>)['name'] = '';
  const result = parseCatalogue(input);
  assert.ok(result.ok);
  assert.equal(result.catalogue.providers.length, 2);
  assert.deepEqual(result.catalogue.providers[0]?.services.map((s) => s.id), ['0000001']);
  assert.equal(result.skipped.length, 1);
  assert.deepEqual(
    { ...result.skipped[0], problems: undefined },
    {
      entry: 'service',
      providerId: 'testovaci-poskytovatel',
      serviceId: 'testovaci-poskytovatel-svepomocna-skupina',
      path: 'providers[0].services[1]',
      problems: undefined,
    },
  );
  assert.match(result.skipped[0]?.problems[0] ?? '', /^providers\[0\]\.services\[1\]\.name: /);
});

test('a service with a javascript: web address is skipped', () => {
  const input = freshCatalogue();
  const service = input.providers[0]?.services[0];
  assert.ok(service);
  service.contacts = { web: ['javascript:alert(1)'] };
  const result = parseCatalogue(input);
  assert.ok(result.ok);
  assert.equal(result.skipped[0]?.serviceId, '0000001');
  assert.match(result.skipped[0]?.problems.join() ?? '', /contacts\.web\[0\]/);
});

test('a provider with broken own fields is skipped, the others kept', () => {
  const input = freshCatalogue();
  (input.providers[0] as unknown as Record<string, unknown>)['ico'] = 12345678;
  const result = parseCatalogue(input);
  assert.ok(result.ok);
  assert.deepEqual(result.catalogue.providers.map((p) => p.id), ['testovaci-poskytovatel-2']);
  assert.deepEqual(result.skipped.map((s) => [s.entry, s.providerId, s.path]), [['provider', 'testovaci-poskytovatel', 'providers[0]']]);
});

test('a provider without any valid service is left out, counted once for each broken service and no more', () => {
  const input = freshCatalogue();
  const second = input.providers[1] as unknown as Record<string, unknown>;
  second['services'] = [{ id: 'x', registered: true, name: 'Bez druhu' }];
  const result = parseCatalogue(input);
  assert.ok(result.ok);
  assert.deepEqual(result.catalogue.providers.map((p) => p.id), ['testovaci-poskytovatel']);
  assert.deepEqual(result.skipped.map((s) => [s.entry, s.path]), [['service', 'providers[1].services[0]']]);
  assert.match(result.skipped[0]?.problems.join() ?? '', /services\[0\]\.kind/);
});

test('a provider that lists no service at all is left out as one entry', () => {
  const input = freshCatalogue();
  (input.providers[1] as unknown as Record<string, unknown>)['services'] = [];
  const result = parseCatalogue(input);
  assert.ok(result.ok);
  assert.deepEqual(result.catalogue.providers.map((p) => p.id), ['testovaci-poskytovatel']);
  assert.deepEqual(result.skipped.map((s) => [s.entry, s.path]), [['provider', 'providers[1]']]);
});

test('duplicate ids: the first service and the first provider win', () => {
  const input = freshCatalogue();
  const second = input.providers[1];
  assert.ok(second);
  second.services.push({ ...second.services[0], id: '0000001' });
  input.providers.push({ ...structuredClone(second), services: [{ id: 'jina-sluzba', registered: false, name: 'Jiná' }] });
  const result = parseCatalogue(input);
  assert.ok(result.ok);
  assert.deepEqual(result.catalogue.providers.map((p) => [p.id, p.services.map((s) => s.id)]), [
    ['testovaci-poskytovatel', ['0000001', 'testovaci-poskytovatel-svepomocna-skupina']],
    ['testovaci-poskytovatel-2', ['testovaci-sluzba']],
  ]);
  assert.deepEqual(result.skipped.map((s) => s.path), ['providers[1].services[1]', 'providers[2]']);
});

test('unknown codebook codes are kept', () => {
  const input = freshCatalogue();
  const service = input.providers[1]?.services[0];
  assert.ok(service);
  Object.assign(service, { kind: 999, forms: ['xyz'], targetGroups: [998], capacity: [{ form: 'xyz', unit: 'nic', count: 3 }] });
  const result = parseCatalogue(input);
  assert.ok(result.ok);
  assert.equal(result.skipped.length, 0);
  assert.equal(result.catalogue.providers[1]?.services[0]?.kind, 999);
});

test('hostile input never throws', () => {
  const throwing = { get formatVersion(): number { throw new Error('boom'); } };
  const revoked = Proxy.revocable({}, {});
  revoked.revoke();
  let deep: unknown = 'leaf';
  for (let i = 0; i < 100000; i++) deep = [deep];
  const hostile: unknown[] = [throwing, revoked.proxy, deep, { ...fixture, providers: [deep, null, 1, 'x', [], {}] }, { ...fixture, providers: [{ ...fixture.providers[0], services: [deep] }] }, Object.create(null), new Map(), () => 1, Symbol('x'), 10n];
  for (const input of hostile) {
    const result = parseCatalogue(input);
    assert.equal(typeof result.ok, 'boolean');
  }
});

test('a catalogue of about 20 MB parses in one go and keeps every valid provider', () => {
  const template = fixture.providers[0];
  assert.ok(template);
  const providers = Array.from({ length: 5000 }, (_, index) => ({
    ...template,
    id: `testovaci-poskytovatel-${index}`,
    services: template.services.map((service) => ({ ...service, id: `${service.id}-${index}`, description: 'Testovací popis. '.repeat(200) })),
  }));
  const input = { ...fixture, providers };
  assert.ok(JSON.stringify(input).length > 20_000_000);
  const result = parseCatalogue(input);
  assert.ok(result.ok);
  assert.equal(result.catalogue.providers.length, 5000);
  assert.equal(result.skipped.length, 0);
});

test('loading the schemas and parsing never call the Function constructor (strict CSP without unsafe-eval)', () => {
  // A fresh process, watched from before the first import: classic zod probes and compiles at schema
  // construction. zod/mini does not compile, and z.config({ jitless: true }) keeps it that way.
  const script = `
    let calls = 0;
    const original = globalThis.Function;
    globalThis.Function = new Proxy(original, {
      construct(target, args) { calls++; return Reflect.construct(target, args); },
      apply(target, self, args) { calls++; return Reflect.apply(target, self, args); },
    });
    const { parseCatalogue } = await import(${JSON.stringify(new URL('../../src/catalogue/parse.ts', import.meta.url).href)});
    const catalogue = JSON.parse(${JSON.stringify(JSON.stringify(fixture))});
    for (let i = 0; i < 3; i++) if (!parseCatalogue(structuredClone(catalogue)).ok) throw new Error('not ok');
    process.stdout.write(String(calls));
  `;
  const output = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
  assert.equal(output, '0');
});

// The checks that let the element show a catalogue's first results before all of it is checked must
// say exactly what the whole check says about the same parts.
test('frameIsValid: the envelope cases parseCatalogue rejects are rejected, a valid frame passes', () => {
  assert.equal(frameIsValid(freshCatalogue()), true);
  for (const [name, input] of envelopeCases.filter(([name]) => name !== 'providers not an array')) {
    assert.equal(frameIsValid(input), false, name);
  }
});

test('frameIsValid: a broken life situation, which parseCatalogue skips, fails the frame', () => {
  const input = freshCatalogue();
  const [situation] = input.lifeSituations ?? [];
  assert.ok(situation);
  (situation as unknown as Record<string, unknown>)['label'] = '';
  const result = parseCatalogue(structuredClone(input));
  assert.ok(result.ok);
  assert.deepEqual(result.skipped.map((s) => [s.entry, s.path]), [['life-situation', 'lifeSituations[0]']]);
  assert.equal(frameIsValid(input), false);
});

test('isValidEntry agrees with parseCatalogue on every service of broken and valid catalogues', () => {
  const field = (value: unknown) => value as Record<string, unknown>;
  const breakages: Array<[string, (catalogue: Catalogue) => void]> = [
    ['nothing', () => undefined],
    ['an empty service name', (c) => (field(c.providers[0]?.services[1])['name'] = '')],
    ['a javascript: web address', (c) => (field(c.providers[0]?.services[0])['contacts'] = { web: ['javascript:alert(1)'] })],
    ['a provider ico that is a number', (c) => (field(c.providers[0])['ico'] = 12345678)],
    ['target groups that are a number', (c) => (field(c.providers[1]?.services[0])['targetGroups'] = 5)],
  ];
  for (const [name, breakCatalogue] of breakages) {
    const input = freshCatalogue();
    breakCatalogue(input);
    const result = parseCatalogue(structuredClone(input));
    assert.ok(result.ok, name);
    const kept = new Set(result.catalogue.providers.flatMap((provider) => provider.services.map((service) => `${provider.id}/${service.id}`)));
    for (const provider of input.providers) {
      for (const service of provider.services) {
        assert.equal(isValidEntry(provider, service), kept.has(`${provider.id}/${service.id}`), `${name}: ${service.id}`);
      }
    }
  }
});

test('frameIsValid and isValidEntry never throw on hostile input', () => {
  const throwing = { get id(): string { throw new Error('boom'); } };
  const revoked = Proxy.revocable({}, {});
  revoked.revoke();
  for (const input of [throwing, revoked.proxy, null, 1, 'x', [], Object.create(null)]) {
    assert.equal(frameIsValid(input), false);
    assert.equal(isValidEntry(input, input), false);
    assert.equal(isValidEntry(fixture.providers[0], input), false);
  }
});
