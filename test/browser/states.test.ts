import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { CatalogueErrorEvent } from '../../src/events.js';
import type { SocialServicesCatalogue } from '../../src/social-services-catalogue.js';
import {
  $,
  $$,
  fixtureCatalogue,
  jsonUrl,
  nextEvent,
  renderCatalogue,
  resetUrl,
  resultCount,
  resultNames,
  search,
  settled,
  shadow,
  toggleOption,
} from './helpers.js';

const realFetch = window.fetch;

/** Replaces fetch for one test; `respond` gets the URL and the abort signal. */
function stubFetch(respond: (url: string, signal: AbortSignal | undefined) => Promise<Response>): string[] {
  const calls: string[] = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    calls.push(url);
    return respond(url, init?.signal ?? undefined);
  };
  return calls;
}

function never(signal: AbortSignal | undefined): Promise<Response> {
  return new Promise((_resolve, reject) => signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
}

function errorText(el: SocialServicesCatalogue): string {
  return shadow(el).querySelector('[role="alert"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

async function load(src: string, attributes = ''): Promise<SocialServicesCatalogue> {
  const el = await fixture<SocialServicesCatalogue>(
    attributes === 'timeout'
      ? html`<social-services-catalogue src=${src} timeout="50"></social-services-catalogue>`
      : html`<social-services-catalogue src=${src}></social-services-catalogue>`,
  );
  return settled(el);
}

describe('states', () => {
  afterEach(() => {
    window.fetch = realFetch;
    resetUrl();
  });

  it('shows a loading state with the message in the live region', async () => {
    stubFetch((_url, signal) => never(signal));
    const el = await fixture<SocialServicesCatalogue>(html`<social-services-catalogue src="/slow.json"></social-services-catalogue>`);
    expect(resultCount(el)).to.equal('Načítám katalog sociálních služeb…');
    expect($(el, '.results').getAttribute('aria-busy')).to.equal('true');
    expect(shadow(el).querySelector('.spinner')).to.not.equal(null);
  });

  it('loads from src and fires catalogue-load', async () => {
    const el = await fixture<SocialServicesCatalogue>(html`<social-services-catalogue></social-services-catalogue>`);
    const loaded = nextEvent(el, 'catalogue-load');
    el.src = jsonUrl(fixtureCatalogue());
    const event = await loaded;
    expect(event.serviceCount).to.equal(11);
    expect(event.skippedCount).to.equal(0);
    await settled(el);
    expect(resultNames(el)).to.have.length(11);
  });

  const errors: Array<[string, () => Promise<Response>, string, RegExp, boolean]> = [
    ['404', async () => new Response('nope', { status: 404 }), 'http', /není \(chyba 404\)/, true],
    ['500', async () => new Response('boom', { status: 500 }), 'http', /chyba 500/, true],
    ['network failure', async () => Promise.reject(new TypeError('Failed to fetch')), 'network', /připojení k internetu/, true],
    ['not JSON', async () => new Response('<html>', { status: 200 }), 'not-json', /není katalog/, false],
    ['JSON of the wrong shape', async () => new Response('{"hello": 1}', { status: 200 }), 'not-a-catalogue', /není katalog/, false],
    ['a newer format', async () => new Response('{"formatVersion": 2}', { status: 200 }), 'unsupported-format', /novější verzi/, false],
  ];
  for (const [name, respond, kind, message, retryable] of errors) {
    it(`${name}: a plain-Czech message${retryable ? ' and a retry button' : ''}`, async () => {
      stubFetch(respond);
      let failed: CatalogueErrorEvent | undefined;
      const el = await settled(
        await fixture<SocialServicesCatalogue>(
          html`<social-services-catalogue src="/x.json" @catalogue-error=${(event: CatalogueErrorEvent) => (failed = event)}></social-services-catalogue>`,
        ),
      );
      expect(errorText(el)).to.match(message);
      expect(shadow(el).querySelector('[role="alert"] button') !== null).to.equal(retryable);
      expect(failed?.kind).to.equal(kind);
      expect(failed?.composed).to.equal(true);
      expect(shadow(el).querySelector('input[type="search"]')).to.equal(null);
    });
  }

  it('times out after the configured time', async () => {
    stubFetch((_url, signal) => never(signal));
    const el = await load('/slow.json', 'timeout');
    expect(errorText(el)).to.match(/trvá příliš dlouho/);
  });

  it('retry loads again and shows the catalogue', async () => {
    let attempts = 0;
    const body = JSON.stringify(fixtureCatalogue());
    stubFetch(async () => (++attempts === 1 ? new Response('', { status: 503 }) : new Response(body)));
    const el = await load('/flaky.json');
    expect(errorText(el)).to.match(/chyba 503/);
    $(el, '[role="alert"] button').click();
    await waitUntil(() => resultNames(el).length === 11, 'no results after retry');
    expect(attempts).to.equal(2);
  });

  it('changing src aborts the running load and a late response never wins', async () => {
    const slow: { resolve?: (response: Response) => void; signal?: AbortSignal } = {};
    const other = fixtureCatalogue();
    other.providers = other.providers.slice(0, 1);
    stubFetch((url, signal) => {
      if (url.endsWith('/old.json')) {
        slow.signal = signal;
        return new Promise((resolve) => (slow.resolve = resolve));
      }
      return Promise.resolve(new Response(JSON.stringify(other)));
    });
    const el = await fixture<SocialServicesCatalogue>(html`<social-services-catalogue src="/old.json"></social-services-catalogue>`);
    el.src = '/new.json';
    await settled(el);
    expect(slow.signal?.aborted).to.equal(true);
    // The old server answers anyway, after the new catalogue is shown.
    slow.resolve?.(new Response(JSON.stringify(fixtureCatalogue())));
    await new Promise((resolve) => setTimeout(resolve, 50));
    await el.updateComplete;
    expect(resultNames(el)).to.have.length(4);
  });

  it('counts skipped invalid entries and shows the rest', async () => {
    const catalogue = fixtureCatalogue() as unknown as { providers: Array<{ services: unknown[] }> };
    const services = catalogue.providers[1]?.services;
    if (!services) throw new Error('fixture changed');
    services.push({ id: 'broken-one', registered: 'yes', name: 'Vadná služba' });
    services.push({ id: 'broken-two', registered: true, name: 'Vadná služba 2', contacts: { web: ['javascript:alert(1)'] } });
    const el = await renderCatalogue(undefined, catalogue);
    expect(shadow(el).querySelector('.notice')?.textContent).to.contain('2 záznamy nelze zobrazit');
    expect(resultNames(el)).to.have.length(11);
  });

  it('an empty catalogue says so', async () => {
    const catalogue = { ...fixtureCatalogue(), providers: [] };
    const el = await renderCatalogue(undefined, catalogue);
    expect(shadow(el).querySelector('.message')?.textContent).to.contain('Katalog zatím neobsahuje žádné služby');
    expect(resultCount(el)).to.equal('Nalezeno 0 služeb');
  });

  it('no result: says so and widens the search in one click', async () => {
    const el = await renderCatalogue();
    await toggleOption(el, 'Forma', 'pobytová');
    await search(el, 'poradenství');
    expect(resultNames(el)).to.deep.equal([]);
    expect($(el, '.empty').textContent).to.contain('neodpovídá žádná služba');
    const buttons = $$(el, '.empty button').map((b) => b.textContent?.trim());
    expect(buttons).to.deep.equal(['Zobrazit všechny služby', 'Smazat hledaný text', 'Zrušit filtry']);
    ($$(el, '.empty button')[2] as HTMLButtonElement).click();
    await el.updateComplete;
    expect(resultNames(el)).to.include('Testovací odborné sociální poradenství');
    expect(shadow(el).activeElement?.id).to.equal('query');
  });

  it('renders many services in pages, with the full count known', async () => {
    const catalogue = fixtureCatalogue();
    const provider = catalogue.providers[0];
    if (!provider) throw new Error('fixture changed');
    const template = provider.services[0];
    for (let i = 0; i < 120; i++) provider.services.push({ ...template, id: `testovaci-kopie-${i}`, name: `Testovací kopie ${String(i).padStart(3, '0')}` });
    const el = await renderCatalogue(
      (data) => html`<social-services-catalogue .catalogue=${data} page-size="50"></social-services-catalogue>`,
      catalogue,
    );
    expect(resultCount(el)).to.equal('Nalezeno 131 služeb');
    expect(resultNames(el)).to.have.length(50);
    expect($(el, '.more').textContent).to.contain('Zobrazeno 50 z 131');
    const more = $(el, '.more button');
    expect(more.textContent?.trim()).to.equal('Zobrazit dalších 50 služeb');
    more.click();
    await el.updateComplete;
    expect(resultNames(el)).to.have.length(100);
    // Focus moves to the first newly shown service, so keyboard users continue where they were.
    expect(shadow(el).activeElement?.textContent).to.contain(resultNames(el)[50]);
    $(el, '.more button').click();
    await el.updateComplete;
    expect(resultNames(el)).to.have.length(131);
    expect(shadow(el).querySelector('.more')).to.equal(null);
  });
});
