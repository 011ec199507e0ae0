import { expect } from '@open-wc/testing';
import { renderCatalogue, resetUrl, resultCount, resultNames, search } from './helpers.js';

interface SearchCase {
  readonly query: string;
  /** Services that must be found. */
  readonly finds: readonly string[];
  /** The service that must come first, when the query names one. */
  readonly first?: string;
  /** Services that must not be found. */
  readonly notFound?: readonly string[];
}

const cases: readonly SearchCase[] = [
  { query: 'pečovatelská', finds: ['Testovací pečovatelská služba'], first: 'Testovací pečovatelská služba' },
  { query: 'pecovatelska', finds: ['Testovací pečovatelská služba'], first: 'Testovací pečovatelská služba' },
  { query: 'PEČOVATELSKÁ SLUŽBA', finds: ['Testovací pečovatelská služba'], first: 'Testovací pečovatelská služba' },
  { query: 'pecovatelksa', finds: ['Testovací pečovatelská služba'], first: 'Testovací pečovatelská služba' },
  { query: 'domov pro seniory', finds: ['Testovací domov pro seniory'], first: 'Testovací domov pro seniory' },
  { query: 'chranene bydleni', finds: ['Testovací chráněné bydlení'], first: 'Testovací chráněné bydlení' },
  {
    query: 'Gama',
    finds: ['Testovací tísňová péče', 'Testovací sociálně terapeutická dílna', 'Testovací svépomocná skupina pečujících'],
    notFound: ['Testovací chráněné bydlení'],
  },
  { query: 'tisnova pece', finds: ['Testovací tísňová péče'], first: 'Testovací tísňová péče' },
  { query: 'osoby v krizi', finds: ['Testovací odborné sociální poradenství'] },
  { query: 'Krásno nad Bečvou', finds: ['Testovací pečovatelská služba'] },
  { query: 'Zašová', finds: ['Testovací osobní asistence'] },
  { query: 'donáška obědů', finds: ['Testovací pečovatelská služba'] },
  { query: 'qqqqxxxx', finds: [] },
];

describe('search', () => {
  afterEach(resetUrl);

  for (const { query, finds, first, notFound = [] } of cases) {
    it(`"${query}" finds ${finds.length > 0 ? finds.join(', ') : 'nothing'}`, async () => {
      const el = await renderCatalogue();
      await search(el, query);
      const names = resultNames(el);
      expect(names).to.include.members([...finds]);
      if (first) expect(names[0]).to.equal(first);
      for (const name of notFound) expect(names).not.to.include(name);
      if (finds.length === 0) expect(names).to.deep.equal([]);
    });
  }

  it('with no query lists every service in Czech alphabetical order (ch after h)', async () => {
    const el = await renderCatalogue();
    const names = resultNames(el);
    expect(names).to.have.length(11);
    expect(names).to.deep.equal([...names].sort(new Intl.Collator('cs').compare));
    expect(names.indexOf('Testovací hospicová následná péče')).to.be.below(names.indexOf('Testovací chráněné bydlení'));
  });

  it('updates the count as the query changes and restores everything when cleared', async () => {
    const el = await renderCatalogue();
    expect(resultCount(el)).to.equal('Nalezeno 11 služeb');
    await search(el, 'pecovatelska');
    expect(resultCount(el)).to.match(/^Nalezen[aoy] \d+ služ(ba|by|eb) z 11$/);
    await search(el, '');
    expect(resultCount(el)).to.equal('Nalezeno 11 služeb');
  });

  it('loses no keystroke when typing fast', async () => {
    const el = await renderCatalogue();
    const input = el.shadowRoot?.querySelector('input[type="search"]') as HTMLInputElement;
    const word = 'pecovatelska';
    // Every keystroke in one task, before the element can render in between.
    for (let i = 1; i <= word.length; i++) {
      input.value = word.slice(0, i);
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    }
    await el.updateComplete;
    expect(input.value).to.equal(word);
    expect(resultNames(el)[0]).to.equal('Testovací pečovatelská služba');
  });
});
