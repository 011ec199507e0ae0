import { expect, html, oneEvent } from '@open-wc/testing';
import type { SocialServicesCatalogue } from '../../src/social-services-catalogue.js';
import {
  $,
  chipTexts,
  fixtureCatalogue,
  nextEvent,
  renderCatalogue,
  resetUrl,
  resultNames,
  search,
  toggleOption,
  urlParams,
} from './helpers.js';

async function back(el: SocialServicesCatalogue): Promise<void> {
  const popped = oneEvent(window, 'popstate');
  window.history.back();
  await popped;
  await el.updateComplete;
}

async function forward(el: SocialServicesCatalogue): Promise<void> {
  const popped = oneEvent(window, 'popstate');
  window.history.forward();
  await popped;
  await el.updateComplete;
}

function queryValue(el: SocialServicesCatalogue): string {
  return ($(el, 'input[type="search"]') as HTMLInputElement).value;
}

describe('URL state', () => {
  afterEach(resetUrl);

  it('writes the query and filters as prefixed parameters, keeping the host page’s own', async () => {
    window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}&page=3`);
    const el = await renderCatalogue();
    await search(el, 'péče');
    await toggleOption(el, 'Forma', 'terénní');
    await toggleOption(el, 'Pro koho', 'senioři');
    expect(urlParams()).to.deep.equal([
      ['ssc-q', 'péče'],
      ['ssc-skupina', '24'],
      ['ssc-forma', 'ter'],
    ]);
    expect(new URLSearchParams(window.location.search).get('page')).to.equal('3');
  });

  it('restores the view from the URL on load (a shared link, a reload)', async () => {
    const el = await renderCatalogue();
    await search(el, 'pece');
    await toggleOption(el, 'Forma', 'terénní');
    const names = resultNames(el);
    el.remove();
    const reloaded = await renderCatalogue();
    expect(queryValue(reloaded)).to.equal('pece');
    expect(chipTexts(reloaded)).to.deep.equal(['Forma: terénní']);
    expect(resultNames(reloaded)).to.deep.equal(names);
  });

  it('Back and Forward step through filter changes', async () => {
    const el = await renderCatalogue();
    await toggleOption(el, 'Forma', 'pobytová');
    await toggleOption(el, 'Pro koho', 'senioři');
    expect(resultNames(el)).to.deep.equal(['Testovací domov pro seniory']);
    await back(el);
    expect(chipTexts(el)).to.deep.equal(['Forma: pobytová']);
    expect(resultNames(el)).to.have.length(2);
    await back(el);
    expect(chipTexts(el)).to.deep.equal([]);
    expect(resultNames(el)).to.have.length(11);
    await forward(el);
    expect(chipTexts(el)).to.deep.equal(['Forma: pobytová']);
  });

  it('typing replaces the history entry instead of adding one per keystroke', async () => {
    const el = await renderCatalogue();
    const before = window.history.length;
    await search(el, 'p');
    await search(el, 'pe');
    await search(el, 'pec');
    expect(window.history.length).to.equal(before);
    expect(urlParams()).to.deep.equal([['ssc-q', 'pec']]);
  });

  it('fast typing changes the history twice a second, not once per keystroke, and ends on the last query', async () => {
    const el = await renderCatalogue();
    const input = $(el, 'input[type="search"]') as HTMLInputElement;
    const replaceState = window.history.replaceState.bind(window.history);
    let writes = 0;
    window.history.replaceState = (...args: Parameters<History['replaceState']>) => {
      writes++;
      replaceState(...args);
    };
    try {
      // 59 keystrokes a frame apart: about 60 characters a second, for one second.
      const text = Array.from({ length: 3 }, () => 'pecovatelska sluzba').join(' ');
      for (let length = 1; length <= text.length; length++) {
        input.value = text.slice(0, length);
        input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
        await new Promise(requestAnimationFrame);
      }
      await new Promise((resolve) => setTimeout(resolve, 600));
    } finally {
      window.history.replaceState = replaceState;
    }
    expect(writes).to.be.within(1, 5);
    expect(urlParams()).to.deep.equal([['ssc-q', ['pecovatelska sluzba', 'pecovatelska sluzba', 'pecovatelska sluzba'].join(' ')]]);
  });

  it('removing the element writes its last change at once and leaves no write for later', async () => {
    const el = await renderCatalogue();
    const input = $(el, 'input[type="search"]') as HTMLInputElement;
    input.value = 'pecovatelska';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    el.remove();
    expect(urlParams()).to.deep.equal([['ssc-q', 'pecovatelska']]);
    window.history.replaceState(null, '', `${window.location.pathname}?jina=stranka`);
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(window.location.search).to.equal('?jina=stranka');
  });

  it('a history change the browser refuses leaves the view working, and the next change writes the whole view', async () => {
    const el = await renderCatalogue();
    const replaceState = window.history.replaceState.bind(window.history);
    window.history.replaceState = () => {
      throw new DOMException('Attempt to use history.replaceState() more than 100 times per 30 seconds', 'SecurityError');
    };
    try {
      await search(el, 'pecovatelska');
      expect(resultNames(el).length).to.be.greaterThan(0);
      expect(urlParams()).to.deep.equal([]);
    } finally {
      window.history.replaceState = replaceState;
    }
    await search(el, 'pecovatelska sluzba');
    expect(urlParams()).to.deep.equal([['ssc-q', 'pecovatelska sluzba']]);
  });

  it('fires catalogue-change with the view for every user change', async () => {
    const el = await renderCatalogue();
    const changed = nextEvent(el, 'catalogue-change');
    await search(el, 'dilna');
    const event = await changed;
    expect(event.query).to.equal('dilna');
    expect(event.resultCount).to.equal(resultNames(el).length);
    expect(event.bubbles && event.composed).to.equal(true);
  });

  const attributeCases: Array<[string, string]> = [
    ['542989', 'Kelč'],
    ['Kelč', 'Kelč'],
    ['kelc', 'Kelč'],
    ['Krásno nad Bečvou', 'Valašské Meziříčí'],
  ];
  for (const [value, municipality] of attributeCases) {
    it(`municipality="${value}" preselects ${municipality}`, async () => {
      const el = await renderCatalogue(
        (catalogue) => html`<social-services-catalogue .catalogue=${catalogue} municipality=${value}></social-services-catalogue>`,
      );
      expect(chipTexts(el)).to.deep.equal([`Obec: ${municipality}`]);
      expect(urlParams()).to.deep.equal([], 'the preselection is the default view, not written to the URL');
    });
  }

  it('a cleared preselection stays cleared after reload', async () => {
    const template = (catalogue: unknown) =>
      html`<social-services-catalogue .catalogue=${catalogue} municipality="542989"></social-services-catalogue>`;
    const el = await renderCatalogue(template);
    expect(resultNames(el)).to.have.length(5);
    ($(el, '.chip') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(urlParams()).to.deep.equal([['ssc-obec', '']]);
    el.remove();
    const reloaded = await renderCatalogue(template);
    expect(chipTexts(reloaded)).to.deep.equal([]);
    expect(resultNames(reloaded)).to.have.length(11);
  });

  it('a link may name a municipality instead of its code; one the catalogue does not know is dropped', async () => {
    window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}&ssc-obec=kelc`);
    const named = await renderCatalogue();
    expect(chipTexts(named)).to.deep.equal(['Obec: Kelč']);
    expect(resultNames(named)).to.have.length(5);
    named.remove();
    resetUrl();
    window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}&ssc-obec=999999`);
    const unknown = await renderCatalogue();
    expect(chipTexts(unknown)).to.deep.equal([]);
    expect(resultNames(unknown)).to.have.length(11);
  });

  it('a jump to an anchor right after typing keeps the search, and the address gets it', async () => {
    const el = await renderCatalogue();
    const input = $(el, 'input[type="search"]') as HTMLInputElement;
    const changes: string[] = [];
    el.addEventListener('catalogue-change', (event) => changes.push(event.query));
    input.value = 'dilna';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    // A frame, not updateComplete: that writes the address at once.
    await new Promise(requestAnimationFrame);
    expect(urlParams()).to.deep.equal([], 'the address follows within half a second');
    const popped = oneEvent(window, 'popstate');
    window.location.hash = 'kontakt';
    await popped;
    await new Promise(requestAnimationFrame);
    expect(queryValue(el)).to.equal('dilna');
    expect(resultNames(el)).to.deep.equal(['Testovací sociálně terapeutická dílna']);
    expect(changes).to.deep.equal(['dilna'], 'the anchor changed nothing of the view');
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(urlParams()).to.deep.equal([['ssc-q', 'dilna']]);
    expect(window.location.hash).to.equal('#kontakt');
  });

  it('Back in one instance fires no catalogue-change in another whose view stays', async () => {
    const catalogue = fixtureCatalogue();
    const a = await renderCatalogue(
      () => html`<social-services-catalogue .catalogue=${catalogue} url-prefix="a-"></social-services-catalogue>`,
    );
    const b = await renderCatalogue(
      () => html`<social-services-catalogue .catalogue=${catalogue} url-prefix="b-"></social-services-catalogue>`,
    );
    await toggleOption(a, 'Forma', 'terénní');
    await toggleOption(b, 'Forma', 'terénní');
    const changes: string[] = [];
    a.addEventListener('catalogue-change', () => changes.push('a'));
    b.addEventListener('catalogue-change', () => changes.push('b'));
    await back(b);
    await a.updateComplete;
    expect(chipTexts(b)).to.deep.equal([]);
    expect(chipTexts(a)).to.deep.equal(['Forma: terénní']);
    expect(changes).to.deep.equal(['b']);
  });

  it('two instances on one page keep separate views', async () => {
    const catalogue = fixtureCatalogue();
    const a = await renderCatalogue(
      () => html`<social-services-catalogue .catalogue=${catalogue} url-prefix="a-"></social-services-catalogue>`,
    );
    const b = await renderCatalogue(
      () => html`<social-services-catalogue .catalogue=${catalogue} url-prefix="b-" municipality="Zašová"></social-services-catalogue>`,
    );
    await search(a, 'dilna');
    await toggleOption(b, 'Forma', 'terénní');
    expect(resultNames(a)).to.deep.equal(['Testovací sociálně terapeutická dílna']);
    expect(resultNames(b)).to.deep.equal(['Testovací odborné sociální poradenství', 'Testovací osobní asistence']);
    expect(urlParams('a-')).to.deep.equal([['a-q', 'dilna']]);
    expect(urlParams('b-')).to.deep.equal([['b-forma', 'ter']]);
    await back(b);
    await b.updateComplete;
    expect(chipTexts(b)).to.deep.equal(['Obec: Zašová']);
    expect(queryValue(a)).to.equal('dilna');
  });
});
