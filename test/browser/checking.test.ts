/**
 * A fetched catalogue's first results are shown while its entries are still being checked: the model
 * is made of the catalogue as it came, and every service the list shows is checked first. No entry
 * that fails the check is ever in the page, not even for one frame, and whatever the check skips is
 * gone from the view once it ends.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { Catalogue, Service } from '../../src/generated/catalogue-types.js';
import type { CatalogueLoadEvent } from '../../src/events.js';
import type { SocialServicesCatalogue } from '../../src/social-services-catalogue.js';
import { $$, fixtureCatalogue, jsonUrl, nextEvent, resetUrl, resultCount, resultNames, settled, shadow } from './helpers.js';

/** A copy of the fixture (which shares its codebooks between calls) to break. */
function fixtureCopy(): Catalogue {
  return structuredClone(fixtureCatalogue());
}

/** The fixture with one service changed by `breakService` (found by its name). */
function catalogueWith(name: string, breakService: (service: Record<string, unknown>) => void): Catalogue {
  const catalogue = fixtureCopy();
  const service = catalogue.providers.flatMap((provider) => provider.services).find((candidate: Service) => candidate.name === name);
  if (!service) throw new Error(`no service "${name}" in the fixture`);
  breakService(service as unknown as Record<string, unknown>);
  return catalogue;
}

/** Every service name any result card had, at any moment, while the element loaded `catalogue`. */
interface Load {
  el: SocialServicesCatalogue;
  everShown: Set<string>;
  /** What the page showed when the catalogue-load event came (the check had ended, the render not yet). */
  atLoadEvent: { cards: number; toolbar: boolean; filterGroups: number };
  loaded: CatalogueLoadEvent;
}

async function load(catalogue: unknown, pageSize?: number): Promise<Load> {
  const el = await fixture<SocialServicesCatalogue>(
    pageSize === undefined
      ? html`<social-services-catalogue></social-services-catalogue>`
      : html`<social-services-catalogue page-size=${pageSize}></social-services-catalogue>`,
  );
  const everShown = new Set<string>();
  const record = () => {
    for (const name of resultNames(el)) everShown.add(name);
  };
  const observer = new MutationObserver(record);
  observer.observe(shadow(el), { subtree: true, childList: true, characterData: true });
  let atLoadEvent: Load['atLoadEvent'] | undefined;
  el.addEventListener('catalogue-load', () => {
    atLoadEvent = {
      cards: $$(el, 'li.result').length,
      toolbar: shadow(el).querySelector('[part~="toolbar"]') !== null,
      filterGroups: $$(el, 'fieldset').length,
    };
  });
  const loaded = nextEvent(el, 'catalogue-load');
  el.src = jsonUrl(catalogue);
  const event = await loaded;
  await settled(el);
  record();
  observer.disconnect();
  if (!atLoadEvent) throw new Error('no catalogue-load event');
  return { el, everShown, atLoadEvent, loaded: event };
}

describe('first results while the catalogue is checked', () => {
  afterEach(resetUrl);

  it('lists a valid catalogue before its check ends, without the toolbar and filters until it has', async () => {
    const { el, atLoadEvent, loaded } = await load(fixtureCatalogue());
    expect(atLoadEvent.cards).to.equal(11);
    expect(atLoadEvent.toolbar).to.equal(false);
    expect(atLoadEvent.filterGroups).to.equal(0);
    expect(loaded.skippedCount).to.equal(0);
    expect($$(el, 'li.result')).to.have.length(11);
    expect(shadow(el).querySelector('[part~="toolbar"]')).to.not.equal(null);
    expect($$(el, 'fieldset').length).to.be.greaterThan(0);
  });

  it('lets the page answer input between parsing the catalogue, building its model and drawing the first results', async () => {
    // Chromium's scheduler.yield(): each step of the arrival resumes in a task of its own.
    const steps: string[] = [];
    const originalYield = scheduler.yield.bind(scheduler);
    scheduler.yield = () => {
      steps.push('yield');
      return originalYield();
    };
    try {
      const el = await fixture<SocialServicesCatalogue>(html`<social-services-catalogue></social-services-catalogue>`);
      const observer = new MutationObserver(() => {
        if ($$(el, 'li.result').length > 0 && !steps.includes('results')) steps.push('results');
      });
      observer.observe(shadow(el), { subtree: true, childList: true });
      const loaded = nextEvent(el, 'catalogue-load');
      el.src = jsonUrl(fixtureCatalogue());
      await loaded;
      observer.disconnect();
      expect(steps.slice(0, 3)).to.deep.equal(['yield', 'yield', 'results']);
    } finally {
      scheduler.yield = originalYield;
    }
  });

  it('never shows a broken service that would be among the first results, and shows the rest once checked', async () => {
    const broken = 'Áčko testovací služba s chybou';
    const catalogue = catalogueWith('Testovací raná péče', (service) => {
      service['name'] = broken;
      service['registered'] = 'ano';
    });
    const { el, everShown, atLoadEvent, loaded } = await load(catalogue);
    expect([...everShown].some((name) => name.includes('Áčko'))).to.equal(false);
    // The first view held a service not checked yet, so it waited for the check.
    expect(atLoadEvent.cards).to.equal(0);
    expect(loaded.skippedCount).to.equal(1);
    expect(resultNames(el)).to.have.length(10);
    expect(resultCount(el)).to.contain('10');
  });

  it('shows the first results of a catalogue whose broken service is further down, then leaves it out', async () => {
    const broken = 'Žádná testovací služba s chybou';
    const catalogue = catalogueWith('Testovací raná péče', (service) => {
      service['name'] = broken;
      service['registered'] = 'ano';
    });
    const { el, everShown, atLoadEvent, loaded } = await load(catalogue, 3);
    expect(atLoadEvent.cards).to.equal(3);
    expect([...everShown].some((name) => name.includes('Žádná'))).to.equal(false);
    expect(loaded.skippedCount).to.equal(1);
    expect(resultCount(el)).to.contain('10');
  });

  it('waits for the check when the catalogue cannot be made into a model as it came', async () => {
    const catalogue = catalogueWith('Testovací raná péče', (service) => {
      service['targetGroups'] = 5;
    });
    const { el, atLoadEvent, loaded } = await load(catalogue);
    expect(atLoadEvent.cards).to.equal(0);
    expect(loaded.skippedCount).to.equal(1);
    expect(resultNames(el)).to.have.length(10);
  });

  it('waits for the check when the codebooks every card labels from are broken', async () => {
    const catalogue = fixtureCopy();
    (catalogue.codebooks.forms[0] as unknown as Record<string, unknown>)['label'] = 7;
    const el = await fixture<SocialServicesCatalogue>(html`<social-services-catalogue></social-services-catalogue>`);
    const everShown: string[] = [];
    const observer = new MutationObserver(() => everShown.push(...resultNames(el)));
    observer.observe(shadow(el), { subtree: true, childList: true });
    const failed = nextEvent(el, 'catalogue-error');
    el.src = jsonUrl(catalogue);
    expect((await failed).kind).to.equal('not-a-catalogue');
    observer.disconnect();
    expect(everShown).to.deep.equal([]);
  });

  it('checks the services a query from the link brings first', async () => {
    window.history.replaceState(null, '', `${window.location.pathname}?ssc-q=chyba`);
    const catalogue = catalogueWith('Testovací raná péče', (service) => {
      service['name'] = 'Testovací služba s chybou';
      service['registered'] = 'ano';
    });
    const { el, everShown, atLoadEvent } = await load(catalogue);
    expect([...everShown].some((name) => name.includes('chybou'))).to.equal(false);
    expect(atLoadEvent.cards).to.equal(0);
    expect(resultNames(el).some((name) => name.includes('chybou'))).to.equal(false);
  });
});
