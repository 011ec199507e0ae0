/**
 * Accessibility that axe-core does not check: the live region for the count, fieldsets for the filter
 * groups, and a visible focus indicator on every control a keyboard user reaches with Tab, in every state.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SocialServicesCatalogue } from '../../src/social-services-catalogue.js';
import { $, $$, fixtureCatalogue, resetUrl, resultCount, search, settled, shadow, toggleOption } from './helpers.js';

const realFetch = window.fetch;

interface Page {
  el: SocialServicesCatalogue;
  before: HTMLButtonElement;
  after: HTMLButtonElement;
}

/** The element between two host-page buttons, so Tab can enter it and leave it like on a real page. */
async function page(catalogue: unknown, width = '1000px'): Promise<Page> {
  const wrapper = await fixture<HTMLDivElement>(html`
    <div style="width: ${width}">
      <button type="button">Před katalogem</button>
      <social-services-catalogue .catalogue=${catalogue}></social-services-catalogue>
      <button type="button">Za katalogem</button>
    </div>
  `);
  const el = wrapper.querySelector('social-services-catalogue') as SocialServicesCatalogue;
  const [before, after] = wrapper.querySelectorAll('button');
  if (!before || !after) throw new Error('no host buttons');
  await settled(el);
  return { el, before, after };
}

/** Whether the focused element shows a focus indicator: an outline of at least 2 px, or a box-shadow ring. */
function focusIndicator(element: Element): string | undefined {
  const style = getComputedStyle(element);
  if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) return undefined;
  if (style.boxShadow !== 'none' && /\b([2-9]|\d{2,})(\.\d+)?px\b/.test(style.boxShadow)) return undefined;
  return `outline ${style.outlineStyle} ${style.outlineWidth}, box-shadow ${style.boxShadow}`;
}

function describeControl(element: Element): string {
  const label = element.getAttribute('aria-label') ?? element.textContent?.replace(/\s+/g, ' ').trim().slice(0, 40) ?? '';
  return `${element.localName}${element.id ? `#${element.id}` : ''}${element.className ? `.${String(element.className).split(' ')[0]}` : ''} "${label}"`;
}

/** The controls of the shadow root a user can reach with Tab: visible, enabled, not taken out of the order. */
function tabbable(el: SocialServicesCatalogue): Element[] {
  return [...shadow(el).querySelectorAll('a[href], button, input, select, textarea, [tabindex]')].filter((element) => {
    if (element.matches(':disabled') || element.getAttribute('tabindex') === '-1') return false;
    const box = element.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden';
  });
}

/**
 * Tabs from the host button before the element to the one after it and returns, for each control that
 * had focus inside the element, what is wrong with its focus indicator (nothing for a good one).
 */
async function tabThrough({ el, before, after }: Page): Promise<{ visited: Element[]; problems: string[] }> {
  before.focus();
  const visited: Element[] = [];
  const problems: string[] = [];
  for (let step = 0; step < 400; step++) {
    await sendKeys({ press: 'Tab' });
    if (document.activeElement === after) return { visited, problems };
    const focused = shadow(el).activeElement;
    if (document.activeElement !== el || !focused) throw new Error(`focus left the element at ${String(document.activeElement?.localName)}`);
    visited.push(focused);
    const problem = focusIndicator(focused);
    if (problem) problems.push(`${describeControl(focused)}: ${problem}`);
  }
  throw new Error('Tab never left the element');
}

async function expectVisibleFocusEverywhere(target: Page): Promise<void> {
  const expected = tabbable(target.el);
  expect(expected.length, 'there are controls to reach').to.be.above(0);
  const { visited, problems } = await tabThrough(target);
  expect(problems).to.deep.equal([], 'every focused control shows where the focus is');
  const missed = expected.filter((control) => !visited.includes(control)).map(describeControl);
  expect(missed).to.deep.equal([], 'Tab reaches every control');
}

describe('accessibility beyond axe', () => {
  afterEach(() => {
    window.fetch = realFetch;
    resetUrl();
  });

  it('the count is one role="status" region from loading to results, and its text follows search and filters', async () => {
    let answer: (response: Response) => void = () => undefined;
    window.fetch = () => new Promise((resolve) => (answer = resolve));
    const el = await fixture<SocialServicesCatalogue>(html`<social-services-catalogue src="/katalog.json"></social-services-catalogue>`);
    const status = $(el, '[part="result-count"]');
    expect(status.getAttribute('role')).to.equal('status');
    expect(status.textContent?.trim()).to.equal('Načítám katalog sociálních služeb…');
    answer(new Response(JSON.stringify(fixtureCatalogue())));
    await settled(el);
    expect($(el, '[part="result-count"]')).to.equal(status, 'the live region was there before its text changed');

    const texts = [resultCount(el)];
    await search(el, 'dilna');
    texts.push(resultCount(el));
    await search(el, '');
    await toggleOption(el, 'Forma', 'terénní');
    texts.push(resultCount(el));
    await search(el, 'qqqqxxxx');
    texts.push(resultCount(el));
    expect(texts).to.deep.equal(['Nalezeno 11 služeb', 'Nalezena 1 služba z 11', 'Nalezeno 5 služeb z 11', 'Nalezeno 0 služeb z 11']);
    expect($(el, '[part="result-count"]')).to.equal(status);
    expect(status.closest('[aria-live="off"], [aria-hidden="true"]')).to.equal(null);
  });

  it('each filter group is a fieldset with a visible legend, and every checkbox is in one', async () => {
    const { el } = await page(fixtureCatalogue());
    const groups = $$(el, '[part="filter"]');
    expect(groups.length).to.be.at.least(5);
    for (const group of groups) {
      expect(group.localName).to.equal('fieldset');
      const legend = group.querySelector(':scope > legend');
      expect(legend?.textContent?.trim(), 'a legend with text').to.not.equal('');
      expect(legend?.getBoundingClientRect().height ?? 0, 'the legend is visible').to.be.above(0);
    }
    const inputs = $$(el, '.filters input');
    expect(inputs.length).to.be.above(10);
    for (const input of inputs) expect(input.closest('[part="filter"]'), describeControl(input)).to.not.equal(null);
  });

  it('visible focus on every control: loaded', async () => {
    await expectVisibleFocusEverywhere(await page(fixtureCatalogue()));
  });

  it('visible focus on every control: filtered, with chips', async () => {
    const target = await page(fixtureCatalogue());
    await toggleOption(target.el, 'Forma', 'terénní');
    await toggleOption(target.el, 'Pro koho', 'senioři');
    await search(target.el, 'pece');
    expect($$(target.el, '.chip')).to.have.length(2);
    await expectVisibleFocusEverywhere(target);
  });

  it('visible focus on every control: no result', async () => {
    const target = await page(fixtureCatalogue());
    await toggleOption(target.el, 'Forma', 'pobytová');
    await search(target.el, 'qqqqxxxx');
    expect($$(target.el, '.empty button').length).to.be.above(0);
    await expectVisibleFocusEverywhere(target);
  });

  it('visible focus on every control: error', async () => {
    window.fetch = async () => new Response('', { status: 500 });
    const wrapper = await fixture<HTMLDivElement>(html`
      <div>
        <button type="button">Před katalogem</button>
        <social-services-catalogue src="/katalog.json"></social-services-catalogue>
        <button type="button">Za katalogem</button>
      </div>
    `);
    const el = await settled(wrapper.querySelector('social-services-catalogue') as SocialServicesCatalogue);
    const [before, after] = wrapper.querySelectorAll('button');
    if (!before || !after) throw new Error('no host buttons');
    expect(shadow(el).querySelector('[role="alert"] button')).to.not.equal(null);
    await expectVisibleFocusEverywhere({ el, before, after });
  });

  it('visible focus on every control: a 320 px column with the filters opened', async () => {
    const target = await page(fixtureCatalogue(), '320px');
    $(target.el, '.filters-toggle').click();
    await target.el.updateComplete;
    await expectVisibleFocusEverywhere(target);
  });
});
