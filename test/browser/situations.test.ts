import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Catalogue, CatalogueLifeSituation } from '../../src/generated/catalogue-types.js';
import type { SocialServicesCatalogue } from '../../src/social-services-catalogue.js';
import { $, $$, fixtureCatalogue, renderCatalogue, resetUrl, resultNames, search, shadow, toggleOption, urlParams } from './helpers.js';

/** Synthetic situations over the synthetic catalogue's kinds (4 pečovatelská služba, 3 osobní asistence). */
const lifeSituations: CatalogueLifeSituation[] = [
  {
    id: 'maminka-nezvlada-vareni',
    label: { cs: 'Maminka nezvládá vaření', en: 'Mum cannot cook any more' },
    phrases: ['maminka nezvládá vaření', 'máma už nevaří'],
    kinds: [{ kind: 4, weight: 3 }, { kind: 3, weight: 2 }],
    targetGroups: [24],
  },
  {
    id: 'pomoc-s-hygienou',
    label: { cs: 'Pomoc s mytím doma', en: 'Help with washing at home' },
    phrases: ['pomoc s hygienou doma', 'koupání babičky'],
    kinds: [{ kind: 4, weight: 3 }, { kind: 3, weight: 3 }],
  },
];

function catalogueWithSituations(): Catalogue {
  return { ...fixtureCatalogue(), lifeSituations };
}

async function render(lang = 'cs'): Promise<SocialServicesCatalogue> {
  return renderCatalogue(
    (catalogue) => html`<social-services-catalogue lang=${lang} .catalogue=${catalogue}></social-services-catalogue>`,
    catalogueWithSituations(),
  );
}

function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Per result: its name, and the situation and kind its reason line names (empty for direct matches). */
function reasons(el: SocialServicesCatalogue): Array<[string, string[]]> {
  return $$(el, '.result').map((result) => [
    text(result.querySelector('h3')),
    [...result.querySelectorAll('[part="reason"] bdi')].map((bdi) => text(bdi)),
  ]);
}

function suggestionLabels(el: SocialServicesCatalogue): string[] {
  return $$(el, '[part="situation"]').map((button) => text(button));
}

describe('life situations', () => {
  afterEach(resetUrl);

  it('a query in everyday words finds the services its situation leads to, each saying why', async () => {
    const el = await render();
    await search(el, 'mama nezvlada varit');
    expect(reasons(el)).to.deep.equal([
      ['Testovací pečovatelská služba', ['Maminka nezvládá vaření', 'pečovatelská služba']],
      ['Testovací osobní asistence', ['Maminka nezvládá vaření', 'osobní asistence']],
    ]);
    const line = $(el, '[part="reason"]');
    expect(text(line)).to.match(/^Nalezeno podle situace: Maminka nezvládá vaření → /);
    // Screen readers hear words, not the arrow.
    expect(line.querySelector('[aria-hidden="true"]')?.textContent?.trim()).to.equal('→');
    expect(text(line.querySelector('.visually-hidden'))).to.equal(', druh služby:');
  });

  it('a service that matches directly comes first and has no reason line; the situation adds the rest below it', async () => {
    const el = await render();
    await search(el, 'pomoc s hygienou');
    expect(reasons(el)).to.deep.equal([
      ['Testovací pečovatelská služba', []],
      ['Testovací osobní asistence', ['Pomoc s mytím doma', 'osobní asistence']],
    ]);
  });

  it('the same card follows the query: its reason line comes, changes and goes, one at a time, above the description', async () => {
    const el = await render();
    await search(el, 'mama nezvlada varit');
    await search(el, 'pomoc s hygienou');
    expect(reasons(el)).to.deep.equal([
      ['Testovací pečovatelská služba', []],
      ['Testovací osobní asistence', ['Pomoc s mytím doma', 'osobní asistence']],
    ]);
    await search(el, 'mama nezvlada varit');
    expect(reasons(el)).to.deep.equal([
      ['Testovací pečovatelská služba', ['Maminka nezvládá vaření', 'pečovatelská služba']],
      ['Testovací osobní asistence', ['Maminka nezvládá vaření', 'osobní asistence']],
    ]);
    for (const result of $$(el, '.result')) {
      expect(result.querySelectorAll('[part="reason"]')).to.have.length(1);
      const line = result.querySelector('[part="reason"]');
      expect(line?.nextElementSibling?.matches('.description, .facts'), 'the reason line stands before the card\'s own text').to.equal(true);
    }
    await search(el, '');
    expect($$(el, '[part="reason"]')).to.have.length(0);
  });

  it('the filters apply to services found through a situation too', async () => {
    const el = await render();
    await search(el, 'mama nezvlada varit');
    await toggleOption(el, 'Druh služby', 'osobní asistence');
    expect(resultNames(el)).to.deep.equal(['Testovací osobní asistence']);
  });

  it('suggests the situations while typing; choosing one by keyboard searches for it', async () => {
    const el = await render();
    const input = $(el, 'input[type="search"]') as HTMLInputElement;
    input.focus();
    await sendKeys({ type: 'mama nezvl' });
    await el.updateComplete;
    expect(suggestionLabels(el)).to.deep.equal(['Maminka nezvládá vaření']);
    const group = $(el, '[part="situations"]');
    expect(group.getAttribute('role')).to.equal('group');
    expect(text(shadow(el).getElementById(group.getAttribute('aria-labelledby') ?? ''))).to.equal('Hledáte pomoc v situaci:');

    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement?.getAttribute('part')).to.equal('situation');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await el.updateComplete;

    expect(input.value).to.equal('Maminka nezvládá vaření');
    expect(shadow(el).activeElement).to.equal(input);
    expect(urlParams()).to.deep.include(['ssc-q', 'Maminka nezvládá vaření']);
    expect(suggestionLabels(el), 'the chosen situation is not suggested again').to.deep.equal([]);
    expect(reasons(el)[0]).to.deep.equal(['Testovací pečovatelská služba', ['Maminka nezvládá vaření', 'pečovatelská služba']]);
  });

  it('no suggestions for an empty query, a query no situation matches, or a catalogue without situations', async () => {
    const el = await render();
    await search(el, '');
    expect(suggestionLabels(el)).to.deep.equal([]);
    await search(el, 'Kelč');
    expect(suggestionLabels(el)).to.deep.equal([]);
    const plain = await renderCatalogue();
    await search(plain, 'mama nezvlada varit');
    expect(suggestionLabels(plain)).to.deep.equal([]);
    expect(resultNames(plain)).to.deep.equal([]);
  });

  it('in English: the situation and the kind in English', async () => {
    const el = await render('en');
    await search(el, 'koupani babicky');
    expect(suggestionLabels(el)).to.deep.equal(['Help with washing at home']);
    expect(text($(el, '[part="reason"]'))).to.match(/^Found by situation: Help with washing at home → /);
    expect(reasons(el).map(([, why]) => why[1]).sort()).to.deep.equal(['home care service', 'personal assistance']);
  });

  it('axe: suggestions and reason lines', async () => {
    const el = await render();
    await search(el, 'pomoc s hygienou');
    expect(suggestionLabels(el)).to.not.deep.equal([]);
    expect($$(el, '[part="reason"]')).to.have.length(1);
    await expect(el).to.be.accessible();
  });
});
