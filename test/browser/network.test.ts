/**
 * Broken networks and broken catalogues: every failure gets a plain-Czech message (with a retry where
 * retrying can help), partly broken catalogues still show their valid entries, and only the newest load
 * may settle. The network is a fake fetch that honours the abort signal like the real one.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { Catalogue, CatalogueLifeSituation } from '../../src/generated/catalogue-types.js';
import type { CatalogueErrorEvent, CatalogueLoadEvent } from '../../src/events.js';
import type { SocialServicesCatalogue } from '../../src/social-services-catalogue.js';
import { $, $$, fixtureCatalogue, nextEvent, renderCatalogue, resetUrl, resultCount, resultNames, search, settled, shadow } from './helpers.js';

const realFetch = window.fetch;
const realSetTimeout = window.setTimeout;
const realClearTimeout = window.clearTimeout;

interface FakeRequest {
  url: string;
  signal: AbortSignal | undefined;
  respond: (response: Response) => void;
  fail: (error: unknown) => void;
}

/** A fetch whose requests wait until the test answers them; aborting rejects like the browser does. */
function fakeNetwork(): FakeRequest[] {
  const requests: FakeRequest[] = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) =>
    new Promise<Response>((resolve, reject) => {
      const signal = init?.signal ?? undefined;
      signal?.addEventListener('abort', () => reject(new DOMException('The user aborted a request.', 'AbortError')));
      requests.push({ url: String(input), signal, respond: resolve, fail: reject });
    });
  return requests;
}

/** A fetch that answers every request at once. */
function serve(respond: (url: string) => Response | Promise<Response>): void {
  window.fetch = async (input: RequestInfo | URL) => respond(String(input));
}

/** A 200 response whose body never ends, and errors when the request is aborted (as a real body does). */
function stalledBody(signal: AbortSignal | undefined): Response {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode('{"formatVersion": 1, "providers": ['));
      signal?.addEventListener('abort', () => controller.error(new DOMException('aborted', 'AbortError')));
    },
  });
  return new Response(body, { status: 200, headers: { 'content-type': 'application/json' } });
}

function json(data: unknown): Response {
  return new Response(JSON.stringify(data), { headers: { 'content-type': 'application/json' } });
}

function alertText(el: SocialServicesCatalogue): string {
  return shadow(el).querySelector('[role="alert"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

function retryButton(el: SocialServicesCatalogue): HTMLButtonElement | null {
  return shadow(el).querySelector<HTMLButtonElement>('[role="alert"] button');
}

function noticeText(el: SocialServicesCatalogue): string {
  return shadow(el).querySelector('.notice')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

async function loadFrom(src: string, timeout?: number): Promise<SocialServicesCatalogue> {
  return fixture<SocialServicesCatalogue>(
    timeout === undefined
      ? html`<social-services-catalogue src=${src}></social-services-catalogue>`
      : html`<social-services-catalogue src=${src} timeout=${timeout}></social-services-catalogue>`,
  );
}

const tick = (ms = 0) => new Promise((resolve) => realSetTimeout(resolve, ms));

describe('broken networks', () => {
  afterEach(() => {
    window.fetch = realFetch;
    window.setTimeout = realSetTimeout;
    window.clearTimeout = realClearTimeout;
    resetUrl();
  });

  const failures: Array<{ name: string; answer: (request: FakeRequest) => void; message: RegExp; retry: boolean }> = [
    { name: '404', answer: (r) => r.respond(new Response('Not Found', { status: 404 })), message: /Katalog na zadané adrese není \(chyba 404\)/, retry: true },
    { name: '403', answer: (r) => r.respond(new Response('', { status: 403 })), message: /neodpovídá správně \(chyba 403\)/, retry: true },
    { name: '500', answer: (r) => r.respond(new Response('Internal Server Error', { status: 500 })), message: /neodpovídá správně \(chyba 500\)/, retry: true },
    { name: 'network failure', answer: (r) => r.fail(new TypeError('Failed to fetch')), message: /připojení k internetu/, retry: true },
    { name: 'the body breaks off', answer: (r) => r.respond(new Response(new ReadableStream({ start: (c) => c.error(new TypeError('network error')) }))), message: /připojení k internetu/, retry: true },
    { name: 'an HTML page instead of JSON', answer: (r) => r.respond(new Response('<!doctype html><title>Stránka nenalezena</title>')), message: /není katalog sociálních služeb/, retry: false },
    { name: 'an empty body', answer: (r) => r.respond(new Response('')), message: /není katalog sociálních služeb/, retry: false },
    { name: 'truncated JSON', answer: (r) => r.respond(new Response('{"formatVersion": 1, "providers": [')), message: /není katalog sociálních služeb/, retry: false },
    { name: 'JSON null', answer: (r) => r.respond(json(null)), message: /není katalog sociálních služeb/, retry: false },
    { name: 'a JSON array', answer: (r) => r.respond(json([fixtureCatalogue()])), message: /není katalog sociálních služeb/, retry: false },
    { name: 'JSON of the wrong shape', answer: (r) => r.respond(json({ services: [] })), message: /není katalog sociálních služeb/, retry: false },
    { name: 'codebooks missing', answer: (r) => r.respond(json({ ...fixtureCatalogue(), codebooks: undefined })), message: /není katalog sociálních služeb/, retry: false },
    { name: 'a newer format', answer: (r) => r.respond(json({ ...fixtureCatalogue(), formatVersion: 2 })), message: /v novější verzi/, retry: false },
  ];

  for (const { name, answer, message, retry } of failures) {
    it(`${name}: a plain-Czech message${retry ? ' and a retry that works' : ', no pointless retry'}`, async () => {
      const requests = fakeNetwork();
      const el = await loadFrom('/katalog.json');
      const failed = nextEvent(el, 'catalogue-error');
      const first = requests[0];
      if (!first) throw new Error('no request');
      answer(first);
      await failed;
      await settled(el);
      expect(alertText(el)).to.match(message);
      expect(resultCount(el)).to.equal('', 'no stale count next to the error');
      expect(retryButton(el) !== null).to.equal(retry);
      if (!retry) return;
      const loaded = nextEvent(el, 'catalogue-load');
      retryButton(el)?.click();
      await el.updateComplete;
      expect(resultCount(el)).to.equal('Načítám katalog sociálních služeb…', 'retrying shows the loading state');
      requests[1]?.respond(json(fixtureCatalogue()));
      await loaded;
      await settled(el);
      expect(resultNames(el)).to.have.length(11);
      expect(shadow(el).querySelector('[role="alert"]')).to.equal(null);
    });
  }

  for (const width of [1000, 400]) {
    it(`the results column stays where it is when the catalogue arrives (${width} px wide)`, async () => {
      const requests = fakeNetwork();
      const el = await fixture<SocialServicesCatalogue>(
        html`<div style="width: ${width}px"><social-services-catalogue src="/katalog.json"></social-services-catalogue></div>`,
      ).then((wrapper) => wrapper.firstElementChild as SocialServicesCatalogue);
      await el.updateComplete;
      const box = () => {
        const { left, top, width: boxWidth } = shadow(el).querySelector('.results')?.getBoundingClientRect() ?? new DOMRect();
        return { left, top, width: boxWidth };
      };
      const whileLoading = box();
      const loaded = nextEvent(el, 'catalogue-load');
      requests[0]?.respond(json(fixtureCatalogue()));
      await loaded;
      await settled(el);
      expect(resultNames(el)).to.have.length(11);
      expect(box()).to.deep.equal(whileLoading);
    });
  }

  it('a slow server: the configured timeout gives up, with a retry', async () => {
    const requests = fakeNetwork();
    const started = performance.now();
    const el = await loadFrom('/pomaly.json', 200);
    const event = await nextEvent(el, 'catalogue-error');
    expect(event.kind).to.equal('timeout');
    expect(performance.now() - started).to.be.within(150, 3000);
    await el.updateComplete;
    expect(requests[0]?.signal?.aborted).to.equal(true, 'the request is aborted, not left running');
    expect(alertText(el)).to.match(/trvá příliš dlouho/);
    expect(retryButton(el)).to.not.equal(null);
  });

  it('a body that stalls after the headers times out too', async () => {
    window.fetch = async (_input: RequestInfo | URL, init?: RequestInit) => stalledBody(init?.signal ?? undefined);
    const el = await loadFrom('/pomaly.json', 200);
    const event = await nextEvent(el, 'catalogue-error');
    expect(event.kind).to.equal('timeout');
  });

  it('a server slower than usual but within the timeout still loads, and the timer is cleared', async () => {
    const timers = new Map<number, number>();
    const cleared = new Set<number>();
    window.setTimeout = ((handler: TimerHandler, delay?: number, ...args: unknown[]) => {
      const id = realSetTimeout(handler, delay, ...args);
      timers.set(id, delay ?? 0);
      return id;
    }) as typeof window.setTimeout;
    window.clearTimeout = ((id?: number) => {
      if (id !== undefined) cleared.add(id);
      realClearTimeout(id);
    }) as typeof window.clearTimeout;
    serve(async () => {
      await tick(100);
      return json(fixtureCatalogue());
    });
    const el = await settled(await loadFrom('/katalog.json'));
    expect(resultNames(el)).to.have.length(11);
    const loadTimers = [...timers].filter(([, delay]) => delay === 15_000).map(([id]) => id);
    expect(loadTimers, 'the default timeout is 15 s').to.have.length(1);
    expect(cleared.has(loadTimers[0] ?? -1)).to.equal(true, 'no timer left to fire after the load');
  });

  it('an unusable timeout attribute falls back to 15 s', async () => {
    const delays: number[] = [];
    window.setTimeout = ((handler: TimerHandler, delay?: number, ...args: unknown[]) => {
      delays.push(delay ?? 0);
      return realSetTimeout(handler, delay, ...args);
    }) as typeof window.setTimeout;
    fakeNetwork();
    await fixture(html`<social-services-catalogue src="/katalog.json" timeout="nic"></social-services-catalogue>`);
    await fixture(html`<social-services-catalogue src="/katalog.json" timeout="-5"></social-services-catalogue>`);
    expect(delays.filter((delay) => delay === 15_000)).to.have.length(2);
  });

  it('changing src while loading aborts the old request; its late answer never wins', async () => {
    const requests = fakeNetwork();
    const el = await loadFrom('/stary.json');
    el.src = '/novy.json';
    await el.updateComplete;
    const [old, current] = requests;
    expect(old?.signal?.aborted).to.equal(true);
    const small = fixtureCatalogue();
    small.providers = small.providers.slice(0, 1);
    current?.respond(json(small));
    await settled(el);
    const shown = resultNames(el);
    // A server that ignores the abort answers the old request anyway.
    old?.respond(json(fixtureCatalogue()));
    await tick(50);
    await el.updateComplete;
    expect(resultNames(el)).to.deep.equal(shown);
  });

  it('A → B → A: only the last request settles, whatever order the answers come in', async () => {
    const requests = fakeNetwork();
    const el = await loadFrom('/a.json');
    el.src = '/b.json';
    await el.updateComplete;
    el.src = '/a.json';
    await el.updateComplete;
    expect(requests.map((r) => [r.url.split('/').pop(), r.signal?.aborted])).to.deep.equal([
      ['a.json', true],
      ['b.json', true],
      ['a.json', false],
    ]);
    const loads: CatalogueLoadEvent[] = [];
    const errors: CatalogueErrorEvent[] = [];
    el.addEventListener('catalogue-load', (event) => loads.push(event));
    el.addEventListener('catalogue-error', (event) => errors.push(event));
    requests[2]?.respond(json(fixtureCatalogue()));
    await settled(el);
    requests[1]?.respond(new Response('', { status: 500 }));
    requests[0]?.respond(json({ formatVersion: 1 }));
    await tick(50);
    expect(loads).to.have.length(1);
    expect(errors).to.have.length(0);
    expect(resultNames(el)).to.have.length(11);
  });

  it('data given in the catalogue property while a download runs wins over the download', async () => {
    const requests = fakeNetwork();
    const el = await loadFrom('/katalog.json');
    const small = fixtureCatalogue();
    small.providers = small.providers.slice(0, 1);
    el.catalogue = small;
    await settled(el);
    expect(requests[0]?.signal?.aborted).to.equal(true);
    const shown = resultNames(el);
    requests[0]?.respond(json(fixtureCatalogue()));
    await tick(50);
    expect(resultNames(el)).to.deep.equal(shown);
  });

  it('a removed element aborts its download and does not update when the answer comes', async () => {
    const requests = fakeNetwork();
    const el = await loadFrom('/katalog.json');
    const events: string[] = [];
    el.addEventListener('catalogue-load', () => events.push('load'));
    el.addEventListener('catalogue-error', () => events.push('error'));
    el.remove();
    expect(requests[0]?.signal?.aborted).to.equal(true);
    requests[0]?.respond(json(fixtureCatalogue()));
    await tick(50);
    expect(events).to.deep.equal([]);
  });
});

/** The fixture with `change` applied to a deep copy. */
function catalogueWith(change: (catalogue: Catalogue) => void): Catalogue {
  const catalogue = fixtureCatalogue();
  change(catalogue);
  return catalogue;
}

describe('broken catalogues', () => {
  afterEach(resetUrl);

  it('an empty catalogue (no providers) says so instead of showing a blank widget', async () => {
    const el = await renderCatalogue(undefined, catalogueWith((c) => (c.providers = [])));
    expect($(el, '.message').textContent).to.contain('Katalog zatím neobsahuje žádné služby');
    expect(resultCount(el)).to.equal('Nalezeno 0 služeb');
  });

  it('a catalogue whose every entry is broken: the count of broken entries and the empty message', async () => {
    const catalogue = catalogueWith((c) => {
      for (const provider of c.providers) for (const service of provider.services) (service as { registered: unknown }).registered = 'ano';
    });
    const el = await renderCatalogue(undefined, catalogue);
    expect(noticeText(el)).to.match(/^\d+ záznam\S* nelze zobrazit/);
    expect(shadow(el).textContent).to.contain('Katalog zatím neobsahuje žádné služby');
  });

  it('a broken life situation is left out without telling visitors that a service is missing', async () => {
    // One situation whose label is missing.
    const catalogue = catalogueWith((c) => (c.lifeSituations = [{ id: 'testovaci-situace', phrases: ['testovací situace'], kinds: [{ kind: 4, weight: 3 }] } as unknown as CatalogueLifeSituation]));
    const el = document.createElement('social-services-catalogue');
    const loaded = nextEvent(el, 'catalogue-load');
    el.catalogue = catalogue;
    document.body.append(el);
    try {
      expect((await loaded).skippedCount).to.equal(1);
      await settled(el);
      expect(resultNames(el)).to.have.length(11);
      expect(noticeText(el)).to.equal('');
    } finally {
      el.remove();
    }
  });

  it('a provider whose only service is broken counts as one entry, not two', async () => {
    const catalogue = catalogueWith((c) => {
      const [, second] = c.providers;
      if (!second) throw new Error('fixture changed');
      second.services.splice(1);
      (second.services[0] as { registered: unknown }).registered = 'ano';
    });
    const el = await renderCatalogue(undefined, catalogue);
    expect(noticeText(el)).to.contain('1 záznam nelze zobrazit, protože obsahuje chybu.');
  });

  it('duplicate ids: the first entry is shown, the duplicates counted in a notice', async () => {
    const catalogue = catalogueWith((c) => {
      const [first, second] = c.providers;
      if (!first || !second) throw new Error('fixture changed');
      const service = first.services[0];
      first.services.push({ ...service, name: 'Testovací kopie se stejným id' });
      c.providers.push({ ...second, name: 'Testovací poskytovatel se stejným id' });
    });
    const el = await renderCatalogue(undefined, catalogue);
    expect(resultNames(el)).to.have.length(11);
    expect(resultNames(el)).to.not.include('Testovací kopie se stejným id');
    expect(noticeText(el)).to.contain('2 záznamy nelze zobrazit, protože obsahují chybu. Ostatní služby jsou zobrazeny.');
  });

  it('unknown codebook and municipality codes: the service is shown, nothing crashes, filters still work', async () => {
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    try {
      const catalogue = catalogueWith((c) => {
        const service = c.providers[0]?.services[0];
        if (!service) throw new Error('fixture changed');
        Object.assign(service, {
          name: 'Testovací služba s neznámými kódy',
          kind: 999,
          forms: ['xyz'],
          targetGroups: [998],
          ageGroups: [997],
          capacity: [{ form: 'xyz', unit: 'neznama', count: 3 }],
          serviceArea: { municipalities: ['999999'] },
          places: [{ address: 'Testovací 1, Testov', municipality: '999998' }],
        });
      });
      const el = await renderCatalogue(undefined, catalogue);
      expect(resultNames(el)).to.have.length(11);
      expect(noticeText(el)).to.equal('');
      await search(el, 'neznamymi kody');
      expect(resultNames(el)).to.deep.equal(['Testovací služba s neznámými kódy']);
      const card = $(el, '.result');
      expect(card.textContent).to.contain('neznámý kód 998');
      expect(card.textContent).to.contain('3');
      await search(el, '');
      for (const checkbox of $$(el, '.option input')) {
        checkbox.click();
        await el.updateComplete;
        checkbox.click();
        await el.updateComplete;
      }
      expect(resultNames(el)).to.have.length(11);
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
  });

  // How long the page is blocked meanwhile is a figure for the benchmark (npm run bench), not a timed test.
  it('a catalogue with fields from a newer format: every service shown, nothing counted as broken', async () => {
    const newer = { testovaciPoleNovejsiVerze: { cokoli: [1, 2, 3] } };
    const catalogue = catalogueWith((c) => {
      Object.assign(c, newer);
      for (const municipality of c.municipalities) Object.assign(municipality, newer);
      for (const provider of c.providers) {
        Object.assign(provider, newer);
        for (const service of provider.services) Object.assign(service, newer);
      }
    });
    const el = await renderCatalogue(undefined, catalogue);
    const serviceCount = fixtureCatalogue().providers.reduce((sum, provider) => sum + provider.services.length, 0);
    expect(resultCount(el)).to.contain(String(serviceCount));
    expect(noticeText(el)).to.equal('');
  });

  /** The fixture catalogue as UTF-8, one service named with Czech letters of two bytes each. */
  const czechName = 'Testovací služba Žluťoučký kůň';
  function czechCatalogueBytes(): Uint8Array {
    const catalogue = catalogueWith((c) => {
      const provider = c.providers[0];
      if (!provider) throw new Error('fixture changed');
      provider.services[0].name = czechName;
    });
    return new TextEncoder().encode(JSON.stringify(catalogue));
  }

  it('a catalogue saved with a UTF-8 byte order mark loads, its Czech text intact', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...czechCatalogueBytes()]);
    serve(() => new Response(bytes, { headers: { 'content-type': 'application/json' } }));

    const el = await loadFrom('/s-bom.json');
    await nextEvent(el, 'catalogue-load');
    await settled(el);
    expect(resultNames(el)).to.include(czechName);
  });

  it('a catalogue arriving in small pieces, its Czech letters split between them, loads intact', async () => {
    const bytes = czechCatalogueBytes();
    // Pieces of 3 bytes: every two-byte letter is cut between two pieces somewhere.
    serve(() => new Response(new ReadableStream<Uint8Array>({
      start(controller) {
        for (let start = 0; start < bytes.length; start += 3) controller.enqueue(bytes.slice(start, start + 3));
        controller.close();
      },
    }), { headers: { 'content-type': 'application/json' } }));

    const el = await loadFrom('/s-pieces.json');
    await nextEvent(el, 'catalogue-load');
    await settled(el);
    expect(resultNames(el)).to.include(czechName);
  });

  it('a catalogue of 20 MB loads, is shown and can be searched', async () => {
    const template = fixtureCatalogue().providers[0];
    if (!template) throw new Error('fixture changed');
    const providers = Array.from({ length: 2500 }, (_, index) => ({
      ...template,
      id: `testovaci-poskytovatel-${index}`,
      name: `Testovací poskytovatel ${index}`,
      services: template.services.map((service) => ({
        ...service,
        id: `${service.id}-${index}`,
        description: `Testovací popis služby číslo ${index}. `.repeat(100),
      })),
    }));
    const text = JSON.stringify({ ...fixtureCatalogue(), providers });
    expect(text.length).to.be.above(20_000_000);
    const serviceCount = providers.reduce((sum, provider) => sum + provider.services.length, 0);
    serve(() => new Response(text, { headers: { 'content-type': 'application/json' } }));

    const el = await loadFrom('/velky.json');
    const loaded = await nextEvent(el, 'catalogue-load');
    await waitUntil(() => resultNames(el).length > 0, 'no services shown', { timeout: 20_000 });
    expect(loaded.serviceCount).to.equal(serviceCount);
    expect(resultNames(el).every((name) => name.length > 0)).to.equal(true);
    await search(el, 'Testovací poskytovatel 1234');
    await waitUntil(() => resultNames(el).length > 0 && resultNames(el).length <= template.services.length, 'the search narrows the list', { timeout: 20_000 });
  });
});
