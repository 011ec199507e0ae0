import { expect, fixture, html } from '@open-wc/testing';
import type { SocialServicesCatalogue } from '../../src/social-services-catalogue.js';
import { $$, fixtureCatalogue, renderCatalogue, resetUrl, search, settled, shadow } from './helpers.js';

function card(el: SocialServicesCatalogue, name: string): HTMLElement {
  const found = $$(el, '.result').find((result) => result.querySelector('h3')?.textContent?.trim() === name);
  if (!found) throw new Error(`no result ${name}`);
  return found;
}

function fact(result: HTMLElement, term: string): HTMLElement | undefined {
  const row = [...result.querySelectorAll('dt')].find((dt) => dt.textContent?.trim() === term);
  return row?.nextElementSibling as HTMLElement | undefined;
}

function textOf(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

const czechMonths = ['ledna', 'února', 'března', 'dubna', 'května', 'června', 'července', 'srpna', 'září', 'října', 'listopadu', 'prosince'];

describe('results', () => {
  afterEach(resetUrl);

  it('service names are headings of the level the page asks for (heading-level), h3 when it asks for none or nonsense', async () => {
    const headingTags = (el: SocialServicesCatalogue) => [...new Set($$(el, '.result .service-name').map((heading) => heading.localName))];
    const el = await renderCatalogue((catalogue) => html`<social-services-catalogue heading-level="2" .catalogue=${catalogue}></social-services-catalogue>`);
    expect(headingTags(el)).to.deep.equal(['h2']);
    const first = $$(el, '.result .service-name')[0];
    expect(first?.closest('article')?.getAttribute('aria-labelledby')).to.equal(first?.id);
    el.setAttribute('heading-level', '4');
    await el.updateComplete;
    expect(headingTags(el)).to.deep.equal(['h4']);
    for (const nonsense of ['1', '7', 'dva']) {
      el.setAttribute('heading-level', nonsense);
      await el.updateComplete;
      expect(headingTags(el)).to.deep.equal(['h3'], nonsense);
    }
    el.removeAttribute('heading-level');
    await el.updateComplete;
    expect(headingTags(el)).to.deep.equal(['h3']);
  });

  it('show name, provider, kind, forms, target groups and registered capacity in Czech plural', async () => {
    const el = await renderCatalogue();
    const care = card(el, 'Testovací pečovatelská služba');
    expect(textOf(care.querySelector('.provider'))).to.equal('Poskytovatel: Testovací poskytovatel Alfa');
    expect([...care.querySelectorAll('.tag')].map(textOf)).to.deep.equal(['pečovatelská služba', 'terénní']);
    expect(textOf(fact(care, 'Pro koho'))).to.equal('osoby se zdravotním postižením, senioři');
    expect(textOf(fact(care, 'Registrovaná kapacita'))).to.equal('12 klientů');
    expect(textOf(fact(card(el, 'Testovací domov pro seniory'), 'Registrovaná kapacita'))).to.equal('3 lůžka');
    expect(textOf(fact(card(el, 'Testovací chráněné bydlení'), 'Registrovaná kapacita'))).to.equal('1 lůžko');
    expect(textOf(fact(card(el, 'Testovací tísňová péče'), 'Registrovaná kapacita'))).to.equal('2 klienti');
    expect(textOf(fact(card(el, 'Testovací odborné sociální poradenství'), 'Registrovaná kapacita'))).to.equal(
      '2 klienti (ambulantní), 5 intervencí (terénní)',
    );
    expect(textOf(shadow(el).querySelector('.results'))).not.to.match(/voln/i);
  });

  it('contacts are tel:, mailto: and https: links; external links carry rel="noopener noreferrer"', async () => {
    const el = await renderCatalogue();
    const links = [...card(el, 'Testovací pečovatelská služba').querySelectorAll('a')];
    expect(links.map((a) => [a.getAttribute('href'), textOf(a)])).to.deep.equal([
      ['tel:+420000000001', '+420 000 000 001'],
      ['mailto:pecovatelska@example.cz', 'pecovatelska@example.cz'],
      ['https://www.example.cz/pecovatelska', 'www.example.cz/pecovatelska'],
    ]);
    expect(links[2]?.getAttribute('rel')).to.equal('noopener noreferrer');
    // A service without its own contacts shows its provider's.
    const asistence = [...card(el, 'Testovací osobní asistence').querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(asistence).to.deep.equal(['tel:+420000000006', 'mailto:beta@example.org', 'https://beta.example.org/']);
  });

  it('lists the municipalities served; long lists are summarised and expand with a button', async () => {
    const el = await renderCatalogue();
    expect(textOf(fact(card(el, 'Testovací pečovatelská služba'), 'Pro obyvatele obcí'))).to.equal('Kelč, Lešná, Valašské Meziříčí');
    // Without a service area the card claims none: where the service is says its place.
    const domov = card(el, 'Testovací domov pro seniory');
    expect(fact(domov, 'Pro obyvatele obcí')).to.equal(undefined);
    expect(textOf(fact(domov, 'Kde'))).to.contain('Testovací 2, 756 43 Kelč');
    const poradna = card(el, 'Testovací odborné sociální poradenství');
    const served = fact(poradna, 'Pro obyvatele obcí');
    expect(textOf(served)).to.match(/^Branky, Choryně, Jarcová, Kelč, Kladeruby, Krhová a dalších 12 obcí Zobrazit všech 18 obcí$/);
    const button = served?.querySelector('button');
    expect(button?.getAttribute('aria-expanded')).to.equal('false');
    button?.click();
    await el.updateComplete;
    expect(textOf(served)).to.contain('Zašová');
    expect(button?.getAttribute('aria-expanded')).to.equal('true');
    expect(textOf(button)).to.equal('Zobrazit méně obcí');
  });

  it('addresses, register identifiers and the date last confirmed; stale entries marked', async () => {
    const el = await renderCatalogue();
    const care = card(el, 'Testovací pečovatelská služba');
    expect(textOf(fact(care, 'Kde'))).to.equal('Testovací 1, Krásno nad Bečvou, 757 01 Valašské Meziříčí');
    expect(textOf(care.querySelector('.meta'))).to.match(
      /^Registrovaná sociální služba, identifikátor 0000001, číslo v registru MPSV 900001 Údaje ověřeny \d{1,2}\. \S+ \d{4}$/,
    );
    expect(care.querySelector('[part="stale"]')).to.equal(null);
    const stale = card(el, 'Testovací raná péče');
    expect(textOf(stale.querySelector('[part="stale"]'))).to.contain('zastaralé');
    const never = card(el, 'Testovací tísňová péče');
    expect(textOf(never.querySelector('.meta'))).to.contain('Datum ověření údajů chybí');
    expect(textOf(never.querySelector('[part="stale"]'))).to.contain('zatím nepotvrdil');
    const unregistered = card(el, 'Testovací svépomocná skupina pečujících');
    expect(textOf(unregistered.querySelector('.meta'))).to.contain('Služba bez registrace');
  });

  it('catalogue text is shown as text, never as markup', async () => {
    const catalogue = fixtureCatalogue();
    const service = catalogue.providers[0]?.services[0];
    if (!service) throw new Error('fixture changed');
    service.name = '<img src=x onerror="window.__pwned=1">Testovací ${x} {{y}}';
    service.description = '"><svg onload=alert(1)>';
    const el = await renderCatalogue(undefined, catalogue);
    await search(el, '');
    expect(shadow(el).querySelector('img, svg')).to.equal(null);
    expect($$(el, '.result h3').some((h) => h.textContent === service.name)).to.equal(true);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('shows the day of the catalogue data under the results, in both languages', async () => {
    const catalogue = fixtureCatalogue();
    const [year, month, day] = catalogue.built.split('-').map(Number);
    const el = await renderCatalogue(undefined, catalogue);
    expect(textOf(shadow(el).querySelector('[part="data-date"]'))).to.equal(`Údaje katalogu ke dni ${day}. ${czechMonths[(month ?? 1) - 1]} ${year}`);
    el.lang = 'en';
    await el.updateComplete;
    expect(textOf(shadow(el).querySelector('[part="data-date"]'))).to.match(new RegExp(`^Catalogue data as of .*${year}$`));
  });

  it("a catalogue's first paint has the cards the window shows filled and the others empty, filled right after", async () => {
    const catalogue = fixtureCatalogue();
    const copies = [1, 2, 3].flatMap((copy) =>
      catalogue.providers.map((provider) => ({
        ...provider,
        id: `${provider.id}-${copy}`,
        services: provider.services.map((service) => ({ ...service, id: `${service.id}-${copy}` })),
      })),
    );
    const el = await fixture<SocialServicesCatalogue>(html`<social-services-catalogue></social-services-catalogue>`);
    // What the first paint shows: the list as it is when Lit's first render of the results has committed.
    const firstList = new Promise<Array<{ filled: boolean; onScreen: boolean }>>((resolve) => {
      const observer = new MutationObserver(() => {
        const cards = $$(el, 'li.result');
        if (cards.length === 0) return;
        observer.disconnect();
        resolve(cards.map((item) => ({ filled: item.firstElementChild !== null, onScreen: item.getBoundingClientRect().top < innerHeight })));
      });
      observer.observe(shadow(el), { childList: true, subtree: true });
    });
    el.catalogue = { ...catalogue, providers: [...catalogue.providers, ...copies] };
    const cards = await firstList;
    expect(cards).to.have.length(44);
    expect(cards.filter((card) => card.onScreen && !card.filled)).to.deep.equal([]);
    expect(cards.filter((card) => card.filled).length).to.be.within(1, 43);
    await settled(el);
    expect($$(el, 'li.result').every((item) => item.querySelector('article h3'))).to.equal(true);
  });

  it("a catalogue's first paint has its results and the filter panel's frame; the filter groups follow before updateComplete", async () => {
    const el = await fixture<SocialServicesCatalogue>(html`<social-services-catalogue></social-services-catalogue>`);
    const firstPaint = new Promise<{ groups: number; panel: boolean }>((resolve) => {
      const observer = new MutationObserver(() => {
        if ($$(el, 'li.result').length === 0) return;
        observer.disconnect();
        resolve({ groups: $$(el, '#filter-groups fieldset').length, panel: shadow(el).querySelector('.filters .filters-toggle') !== null });
      });
      observer.observe(shadow(el), { childList: true, subtree: true });
    });
    el.catalogue = fixtureCatalogue();
    // The panel's frame (and on a narrow page its toggle) is there at once, so nothing shifts when the groups come.
    expect(await firstPaint).to.deep.equal({ groups: 0, panel: true });
    await el.updateComplete;
    const legends = $$(el, '#filter-groups fieldset.filter > legend').map((legend) => textOf(legend));
    expect(legends).to.include.members(['Obec', 'Druh služby', 'Pro koho']);
    expect($$(el, '#filter-groups .option-count').some((count) => Number(textOf(count).replace(/\D/g, '')) > 0)).to.equal(true);
  });

  it('English interface with lang="en"', async () => {
    const el = await renderCatalogue(
      (catalogue) => html`<social-services-catalogue .catalogue=${catalogue} lang="en"></social-services-catalogue>`,
    );
    expect(textOf(shadow(el).querySelector('[part="result-count"]'))).to.equal('11 services found');
    expect(textOf(shadow(el).querySelector('label[for="query"]'))).to.equal('Search social services');
    const care = card(el, 'Testovací pečovatelská služba');
    expect([...care.querySelectorAll('.tag')].map(textOf)).to.deep.equal(['home care service', 'field']);
    expect(textOf(fact(care, 'Registered capacity'))).to.equal('12 clients');
    expect(textOf(fact(card(el, 'Testovací chráněné bydlení'), 'Registered capacity'))).to.equal('1 bed');
    expect(shadow(el).querySelector('.base')?.getAttribute('lang')).to.equal('en');
  });
});
