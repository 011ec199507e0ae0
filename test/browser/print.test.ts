import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { SocialServicesCatalogue } from '../../src/social-services-catalogue.js';
import { $, $$, renderCatalogue, resetUrl, resultNames, shadow, toggleOption } from './helpers.js';

function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function printView(el: SocialServicesCatalogue): HTMLElement | null {
  return shadow(el).querySelector<HTMLElement>('.print-view');
}

function printedNames(el: SocialServicesCatalogue): string[] {
  return $$(el, '.print-service h3').map((heading) => text(heading));
}

/** The facts printed under one service as [label, value] pairs. */
function printedFacts(el: SocialServicesCatalogue, name: string): Array<[string, string]> {
  const service = $$(el, '.print-service').find((item) => text(item.querySelector('h3')) === name);
  if (!service) throw new Error(`${name} is not printed`);
  return [...service.querySelectorAll('.print-facts > div')].map((row) => [text(row.querySelector('dt')), text(row.querySelector('dd'))]);
}

/** The element with a small page, filtered to field services: more results than the screen shows at once. */
async function filteredCatalogue(attributes: { printOnly?: boolean } = {}): Promise<SocialServicesCatalogue> {
  const el = await renderCatalogue((catalogue) =>
    attributes.printOnly
      ? html`<social-services-catalogue .catalogue=${catalogue} page-size="2" print-only-catalogue></social-services-catalogue>`
      : html`<social-services-catalogue .catalogue=${catalogue} page-size="2"></social-services-catalogue>`,
  );
  await toggleOption(el, 'Forma', 'terénní');
  return el;
}

/** Every filtered service, read from the screen after lifting the paging: what the printout must list. */
async function allFilteredNames(el: SocialServicesCatalogue): Promise<string[]> {
  el.pageSize = 1000;
  await el.updateComplete;
  const names = resultNames(el);
  el.pageSize = 2;
  await el.updateComplete;
  return names;
}

const realPrint = window.print;

describe('print', () => {
  afterEach(async () => {
    window.print = realPrint;
    window.dispatchEvent(new Event('afterprint'));
    await emulateMedia({ media: 'screen' });
    resetUrl();
  });

  it('the print button renders every filtered service, then prints, then the print view goes', async () => {
    const el = await filteredCatalogue();
    expect(resultNames(el)).to.have.length(2, 'the screen shows one page');
    const expected = await allFilteredNames(el);
    expect(expected.length).to.be.greaterThan(2);
    expect(printView(el), 'nothing extra on screen before printing').to.equal(null);

    let namesWhenPrinting: string[] | undefined;
    window.print = () => {
      namesWhenPrinting = printedNames(el);
    };
    $(el, '[part~="print"]').click();
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve));
    expect(namesWhenPrinting).to.deep.equal(expected);

    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(printView(el)).to.equal(null);
  });

  it('Ctrl+P: beforeprint renders the print view before the browser lays out the page', async () => {
    const el = await filteredCatalogue();
    const expected = await allFilteredNames(el);
    window.dispatchEvent(new Event('beforeprint'));
    // No await: the browser lays the page out for printing right after the event.
    expect(printedNames(el)).to.deep.equal(expected);
  });

  it('the printout says the filters in words and both dates', async () => {
    const el = await filteredCatalogue();
    window.dispatchEvent(new Event('beforeprint'));
    expect(text($(el, '.print-heading'))).to.equal('Sociální služby');
    expect(text($(el, '.print-criteria'))).to.equal('Forma: terénní');
    const today = new Intl.DateTimeFormat('cs', { dateStyle: 'long' }).format(new Date());
    expect(text($(el, '.print-dates'))).to.match(new RegExp(`^Vytištěno ${today} · Údaje katalogu ke dni \\d{1,2}\\. \\p{L}+ \\d{4}$`, 'u'));
  });

  it('English: the heading, the criteria and the labels', async () => {
    const el = await renderCatalogue((catalogue) => html`<social-services-catalogue .catalogue=${catalogue} lang="en"></social-services-catalogue>`);
    await toggleOption(el, 'Form', 'field');
    window.dispatchEvent(new Event('beforeprint'));
    expect(text($(el, '.print-heading'))).to.equal('Social services');
    expect(text($(el, '.print-criteria'))).to.equal('Form: field');
    expect(text($(el, '.print-dates'))).to.match(/^Printed on \d{1,2} [A-Z][a-z]+ \d{4} · Catalogue data as of \d{1,2} [A-Z][a-z]+ \d{4}$/);
    expect(new Map(printedFacts(el, 'Testovací pečovatelská služba')).get('Registered capacity')).to.equal('field: 12 clients');
  });

  it('each service is printed as text: contacts, web address and e-mail without links', async () => {
    const el = await filteredCatalogue();
    window.dispatchEvent(new Event('beforeprint'));
    const facts = new Map(printedFacts(el, 'Testovací pečovatelská služba'));
    expect(facts.get('Poskytovatel')).to.equal('Testovací poskytovatel Alfa');
    expect(facts.get('Druh služby')).to.equal('pečovatelská služba');
    expect(facts.get('Forma')).to.equal('terénní');
    expect(facts.get('Registrovaná kapacita')).to.equal('terénní: 12 klientů');
    expect(facts.get('Telefon')).to.equal('+420 000 000 001');
    expect(facts.get('E-mail')).to.equal('pecovatelska@example.cz');
    expect(facts.get('Web')).to.equal('https://www.example.cz/pecovatelska');
    expect([...facts.keys()]).to.not.include('Název služby');
    expect([...facts.values()]).to.not.include('');
    const view = printView(el);
    expect(view?.querySelectorAll('a, button, input, select, textarea')).to.have.length(0);
  });

  it('each service also has its description, area and opening hours, and the warning the screen gives', async () => {
    const el = await renderCatalogue();
    window.dispatchEvent(new Event('beforeprint'));
    const facts = new Map(printedFacts(el, 'Testovací odborné sociální poradenství'));
    expect(facts.get('Popis')).to.equal('Syntetický záznam: dluhy, bydlení, sousedské spory.');
    expect(facts.get('Území působnosti')).to.equal('Celý testovací mikroregion.');
    expect(facts.get('Provozní doba')).to.equal('Po a St 8–16 (syntetické)');
    const warning = (name: string) => text($$(el, '.print-service').find((item) => text(item.querySelector('h3')) === name)?.querySelector('.print-warning'));
    // Beta was confirmed 500 days ago, Gama never, Alfa a month ago.
    expect(warning('Testovací odborné sociální poradenství')).to.equal('Údaje mohou být zastaralé: naposledy ověřeny před více než rokem.');
    expect(warning('Testovací tísňová péče')).to.equal('Poskytovatel tyto údaje zatím nepotvrdil: před použitím si je ověřte u něj.');
    expect(warning('Testovací pečovatelská služba')).to.equal('');
  });

  it('print media shows the print view and hides every control; screen media the other way round', async () => {
    const el = await filteredCatalogue();
    window.dispatchEvent(new Event('beforeprint'));
    const controls = ['[part~="search"]', '[part~="filters"]', '[part~="chips"]', '[part~="results"]', '[part~="toolbar"]'];
    const shown = (selector: string) => $(el, selector).checkVisibility();

    expect(shown('.print-view'), 'on screen').to.equal(false);
    for (const selector of controls) expect(shown(selector), selector).to.equal(true);

    await emulateMedia({ media: 'print' });
    expect(shown('.print-view'), 'on paper').to.equal(true);
    for (const selector of controls) expect(shown(selector), selector).to.equal(false);
    for (const control of $$(el, 'button, input')) expect(control.checkVisibility(), control.outerHTML).to.equal(false);
  });

  it('on paper: at least 10 pt, black on no background colour', async () => {
    const el = await filteredCatalogue();
    window.dispatchEvent(new Event('beforeprint'));
    await emulateMedia({ media: 'print' });
    const pt = (element: Element) => (parseFloat(getComputedStyle(element).fontSize) * 72) / 96;
    for (const element of [...$$(el, '.print-view *')].filter((e) => e.closest('svg') === null && text(e) !== '')) {
      // 10 pt is 13.33 px: allow the rounding of the pixel value.
      expect(pt(element), element.className || element.tagName).to.be.at.least(9.99);
      expect(getComputedStyle(element).color).to.equal('rgb(0, 0, 0)');
      expect(getComputedStyle(element).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    }
    for (const item of $$(el, '.print-service')) expect(getComputedStyle(item).breakInside).to.equal('avoid');
  });

  it('the QR code of the current link is at the top, with a caption and an accessible name', async () => {
    const el = await filteredCatalogue();
    window.dispatchEvent(new Event('beforeprint'));
    const figure = $(el, '.print-header .print-qr-figure');
    expect(figure.querySelector('svg')?.getAttribute('role')).to.equal('img');
    expect(figure.querySelector('svg')?.getAttribute('aria-label')).to.equal('QR kód s odkazem na tento výběr v katalogu');
    expect(text(figure.querySelector('figcaption'))).to.equal('Tento výběr na internetu');
  });

  it('a removed element stops listening for printing', async () => {
    const el = await filteredCatalogue();
    const parent = el.parentElement;
    el.remove();
    window.dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    expect(printView(el)).to.equal(null);
    parent?.append(el);
    window.dispatchEvent(new Event('beforeprint'));
    expect(printView(el)).to.not.equal(null, 'listening again once back in the page');
  });
});

describe('print-only-catalogue', () => {
  afterEach(async () => {
    window.dispatchEvent(new Event('afterprint'));
    await emulateMedia({ media: 'screen' });
    resetUrl();
  });

  /** A host page with its own header, menu and footer around the element. */
  async function hostPage(printOnly: boolean): Promise<{ page: HTMLElement; el: SocialServicesCatalogue }> {
    const el = await filteredCatalogue({ printOnly });
    const page = await fixture<HTMLElement>(html`<div class="host-page">
      <header>Testovací obec</header>
      <nav>Testovací menu</nav>
      <main></main>
      <footer>Testovací patička</footer>
    </div>`);
    page.querySelector('main')?.append(el);
    await el.updateComplete;
    return { page, el };
  }

  const hostParts = ['header', 'nav', 'footer'];

  it('reflects the attribute and hides the host page on paper only', async () => {
    const { page, el } = await hostPage(true);
    expect(el.printOnlyCatalogue).to.equal(true);
    for (const part of hostParts) expect(getComputedStyle(page.querySelector(part) as Element).display, part).to.not.equal('none');
    window.dispatchEvent(new Event('beforeprint'));
    await emulateMedia({ media: 'print' });
    for (const part of hostParts) expect(getComputedStyle(page.querySelector(part) as Element).display, part).to.equal('none');
    expect(el.checkVisibility()).to.equal(true);
    expect($(el, '.print-view').checkVisibility()).to.equal(true);
  });

  it('without the attribute the host page prints as it is', async () => {
    const { page, el } = await hostPage(false);
    el.removeAttribute('print-only-catalogue');
    await el.updateComplete;
    window.dispatchEvent(new Event('beforeprint'));
    await emulateMedia({ media: 'print' });
    for (const part of hostParts) expect(getComputedStyle(page.querySelector(part) as Element).display, part).to.not.equal('none');
  });

  it('setting the property later works too', async () => {
    const { page, el } = await hostPage(false);
    el.printOnlyCatalogue = true;
    await el.updateComplete;
    expect(el.hasAttribute('print-only-catalogue')).to.equal(true);
    await emulateMedia({ media: 'print' });
    for (const part of hostParts) expect(getComputedStyle(page.querySelector(part) as Element).display, part).to.equal('none');
  });
});
