import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SocialServicesCatalogue } from '../../src/social-services-catalogue.js';
import { $, $$, chipTexts, renderCatalogue, resetUrl, search, settled, shadow, toggleOption } from './helpers.js';

const realFetch = window.fetch;

/** The focused element inside the catalogue's shadow root. */
function focused(el: SocialServicesCatalogue): HTMLElement | null {
  return shadow(el).activeElement as HTMLElement | null;
}

async function tab(el: SocialServicesCatalogue, shift = false): Promise<HTMLElement | null> {
  await sendKeys({ press: shift ? 'Shift+Tab' : 'Tab' });
  await el.updateComplete;
  return focused(el);
}

function expectVisibleFocus(element: HTMLElement | null): void {
  expect(element, 'something has focus').to.not.equal(null);
  const style = getComputedStyle(element as HTMLElement);
  expect(style.outlineStyle).to.not.equal('none');
  expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
}

describe('accessibility', () => {
  afterEach(() => {
    window.fetch = realFetch;
    resetUrl();
  });

  it('axe: loaded', async () => {
    const el = await renderCatalogue();
    await expect(el).to.be.accessible();
  });

  it('axe: filtered, with chips and an open suggestion list', async () => {
    const el = await renderCatalogue();
    await toggleOption(el, 'Forma', 'terénní');
    await search(el, 'péče');
    const input = $(el, '#municipality-input') as HTMLInputElement;
    input.focus();
    await sendKeys({ type: 'v' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(input.getAttribute('aria-expanded')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('axe: empty result', async () => {
    const el = await renderCatalogue();
    await search(el, 'qqqqxxxx');
    await expect(el).to.be.accessible();
  });

  it('axe: error', async () => {
    window.fetch = async () => new Response('', { status: 500 });
    const el = await settled(await fixture<SocialServicesCatalogue>(html`<social-services-catalogue src="/x.json"></social-services-catalogue>`));
    await expect(el).to.be.accessible();
  });

  it('axe: loading', async () => {
    window.fetch = () => new Promise(() => undefined);
    const el = await fixture<SocialServicesCatalogue>(html`<social-services-catalogue src="/x.json"></social-services-catalogue>`);
    await expect(el).to.be.accessible();
  });

  it('axe: English, narrow with the filters open', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 320px"></div>`);
    const el = await renderCatalogue(
      (catalogue) => html`<social-services-catalogue .catalogue=${catalogue} lang="en"></social-services-catalogue>`,
    );
    wrapper.append(el);
    $(el, '.filters-toggle').click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('the count is a polite live region that changes after a search', async () => {
    const el = await renderCatalogue();
    const count = $(el, '[part="result-count"]');
    expect(count.getAttribute('role')).to.equal('status');
    const before = count.textContent;
    await search(el, 'dilna');
    expect($(el, '[part="result-count"]')).to.equal(count, 'the same live region, not a new one');
    expect(count.textContent).to.not.equal(before);
  });

  it('the search field is labelled and of type search, in a search landmark', async () => {
    const el = await renderCatalogue();
    const input = $(el, '#query') as HTMLInputElement;
    expect(input.type).to.equal('search');
    expect($(el, 'label[for="query"]').textContent?.trim()).to.equal('Hledat sociální službu');
    expect(input.closest('form')?.getAttribute('role')).to.equal('search');
  });

  it('keyboard: Tab goes from the search to the filters to the results, with a visible focus', async () => {
    const el = await renderCatalogue();
    ($(el, '#query') as HTMLInputElement).focus();
    expectVisibleFocus(focused(el));
    const order: string[] = [];
    for (let i = 0; i < 60; i++) {
      const current = await tab(el);
      if (!current) break;
      expectVisibleFocus(current);
      const region = current.closest('.filters') ? 'filters' : current.closest('.results') ? 'results' : 'other';
      if (order.at(-1) !== region) order.push(region);
    }
    expect(order.slice(0, 2)).to.deep.equal(['filters', 'results']);
  });

  it('keyboard: options toggle with Space; chips are removed with Enter and focus stays in the chips', async () => {
    const el = await renderCatalogue();
    const terenni = [...$$(el, '.option')].find((o) => o.textContent?.includes('terénní'))?.querySelector('input');
    terenni?.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    const senioři = [...$$(el, '.option')].find((o) => o.textContent?.includes('senioři'))?.querySelector('input');
    senioři?.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(chipTexts(el)).to.deep.equal(['Pro koho: senioři', 'Forma: terénní']);
    $$(el, '.chip')[0]?.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(chipTexts(el)).to.deep.equal(['Forma: terénní']);
    expect(focused(el)?.classList.contains('chip')).to.equal(true);
    expectVisibleFocus(focused(el));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(chipTexts(el)).to.deep.equal([]);
    expect(focused(el)?.id).to.equal('query', 'with no chips left, focus returns to the search field');
  });

  it('keyboard: the municipality combobox works without a mouse', async () => {
    const el = await renderCatalogue();
    ($(el, '#municipality-input') as HTMLInputElement).focus();
    await sendKeys({ type: 'Lázy' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(chipTexts(el)).to.deep.equal(['Obec: Loučka']);
    expect(focused(el)?.id).to.equal('municipality-input');
  });

  it('every filter group is a fieldset with a legend', async () => {
    const el = await renderCatalogue();
    for (const checkbox of $$(el, 'input[type="checkbox"]')) {
      const fieldset = checkbox.closest('fieldset');
      expect(fieldset, 'checkbox inside a fieldset').to.not.equal(null);
      expect(fieldset?.querySelector(':scope > legend')?.textContent?.trim()).to.not.equal('');
    }
  });
});
