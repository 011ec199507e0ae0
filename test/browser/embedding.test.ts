import { expect, fixture, html } from '@open-wc/testing';
import { SocialServicesCatalogue } from '../../src/index.js';
import type * as Entry from '../../src/index.js';
import { $, $$, chipTexts, fixtureCatalogue, jsonUrl, renderCatalogue, resetUrl, resultNames, search, settled, toggleOption } from './helpers.js';

const aggressiveCss = `
  * { color: red !important; font-size: 40px; background: yellow; }
  button { display: none; }
  input { display: none !important; }
  ul, ol { list-style: upper-roman; padding: 200px; }
  h3 { font-size: 90px; text-transform: uppercase; }
  fieldset { border: 20px dashed green; }
  a { pointer-events: none; }
`;

describe('embedding', () => {
  let style: HTMLStyleElement | undefined;

  afterEach(() => {
    style?.remove();
    style = undefined;
    resetUrl();
  });

  it('aggressive global CSS on the host page does not break it', async () => {
    style = document.createElement('style');
    style.textContent = aggressiveCss;
    document.head.append(style);
    const el = await renderCatalogue();
    const input = $(el, '#query');
    expect(getComputedStyle(input).display).to.not.equal('none');
    const firstHeading = $(el, '.result h3');
    expect(getComputedStyle(firstHeading).color).to.not.equal('rgb(255, 0, 0)');
    expect(getComputedStyle(firstHeading).textTransform).to.equal('none');
    expect(getComputedStyle($(el, '.list')).listStyleType).to.equal('none');
    expect($$(el, 'button').every((b) => getComputedStyle(b).display !== 'none' || b.classList.contains('filters-toggle'))).to.equal(true);
    expect(getComputedStyle($(el, '[part="result-count"]')).color).to.not.equal('rgb(255, 0, 0)');
    // And it still works.
    await search(el, 'dilna');
    expect(resultNames(el)).to.deep.equal(['Testovací sociálně terapeutická dílna']);
    await expect(el).to.be.accessible();
  });

  it('inherits the host font family', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="font-family: 'Courier New', monospace"></div>`);
    const el = await renderCatalogue();
    wrapper.append(el);
    expect(getComputedStyle($(el, '.result h3')).fontFamily).to.contain('Courier New');
  });

  it('a page whose root font is 10px (html { font-size: 62.5% }) gets a widget sized by the text around it', async () => {
    document.documentElement.style.fontSize = '62.5%';
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="font-size: 1.6rem"></div>`);
      const el = await renderCatalogue();
      wrapper.append(el);
      const px = (element: Element, property: string) => parseFloat(getComputedStyle(element).getPropertyValue(property));
      expect(px($(el, '.result p.provider'), 'font-size')).to.equal(16);
      expect(px($(el, '.option input'), 'width')).to.be.closeTo(1.15 * 16, 0.1);
      expect(px($(el, 'input[type="search"]'), 'min-height')).to.be.closeTo(48, 0.1);
      expect(px($(el, '.toolbar .button'), 'min-height')).to.be.closeTo(36, 0.1);
      // One property scales the whole of it.
      el.style.setProperty('--ssc-font-size', '20px');
      expect(px($(el, '.result p.provider'), 'font-size')).to.equal(20);
      expect(px($(el, '.toolbar .button'), 'min-height')).to.be.closeTo(45, 0.1);
      expect(px($(el, '.option input'), 'width')).to.be.closeTo(1.15 * 20, 0.1);
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });

  it('a wrapper with font-size: 0 (an inline-block layout trick) leaves the text readable', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="font-size: 0"></div>`);
    const el = await renderCatalogue();
    wrapper.append(el);
    expect(parseFloat(getComputedStyle($(el, '.result p.provider')).fontSize)).to.equal(12);
  });

  it('the host page’s inherited text styles do not reach into the widget', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`
      <div
        style="white-space: nowrap; text-indent: 40px; word-spacing: 12px; word-break: break-all; text-shadow: 1px 1px red;
               -webkit-text-fill-color: red; font-variant: small-caps; cursor: wait"
      ></div>
    `);
    const el = await renderCatalogue();
    wrapper.append(el);
    const style = getComputedStyle($(el, '.result p.provider'));
    expect([style.whiteSpace, style.textIndent, style.wordSpacing, style.wordBreak, style.textShadow]).to.deep.equal([
      'normal',
      '0px',
      '0px',
      'normal',
      'none',
    ]);
    expect(style.getPropertyValue('-webkit-text-fill-color')).to.equal(style.color);
    expect(style.fontVariant).to.equal('normal');
    expect(style.cursor).to.equal('auto');
    // Nothing runs past its card.
    const card = $(el, '.result');
    for (const line of $$(el, '.result:first-child p')) expect(line.getBoundingClientRect().right).to.be.at.most(card.getBoundingClientRect().right + 0.5);
  });

  it('defining the element a second time (a second script tag) does not throw', async () => {
    // A second copy of the module evaluates the registration again with its own class.
    const second = (await import(`../../src/index.ts?second-copy=${Date.now()}`)) as typeof Entry;
    expect(second.tagName).to.equal('social-services-catalogue');
    expect(customElements.get('social-services-catalogue')).to.equal(SocialServicesCatalogue);
  });

  it('removing and re-adding the element keeps working and leaves no listeners behind', async () => {
    const el = await renderCatalogue();
    const parent = el.parentElement as HTMLElement;
    el.remove();
    const changes: string[] = [];
    el.addEventListener('catalogue-change', (event) => changes.push(event.query));
    window.history.pushState(null, '', `${window.location.pathname}${window.location.search}&ssc-q=dilna`);
    window.dispatchEvent(new PopStateEvent('popstate'));
    await el.updateComplete;
    expect(changes).to.deep.equal([], 'a detached element ignores history');
    parent.append(el);
    await el.updateComplete;
    await search(el, 'tisnova');
    expect(resultNames(el)[0]).to.equal('Testovací tísňová péče');
  });

  it('a load interrupted by removal resumes when the element comes back', async () => {
    const el = await fixture<SocialServicesCatalogue>(html`<social-services-catalogue src=${jsonUrl(fixtureCatalogue())}></social-services-catalogue>`);
    const parent = el.parentElement as HTMLElement;
    el.remove();
    parent.append(el);
    await settled(el);
    expect(resultNames(el)).to.have.length(11);
  });

  it('logs no error through a whole session', async () => {
    const errors: unknown[] = [];
    const originalError = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    const onError = (event: ErrorEvent) => errors.push(event.message);
    const onRejection = (event: PromiseRejectionEvent) => errors.push(event.reason);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    try {
      const el = await renderCatalogue();
      await search(el, 'pece');
      await toggleOption(el, 'Forma', 'terénní');
      $$(el, '.chip')[0]?.click();
      await search(el, 'qqqq');
      $$(el, '.empty button')[0]?.click();
      el.lang = 'en';
      await el.updateComplete;
      el.catalogue = { not: 'a catalogue' };
      await settled(el);
      el.remove();
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(chipTexts(el)).to.deep.equal([]);
    } finally {
      console.error = originalError;
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    }
    expect(errors).to.deep.equal([]);
  });
});
