import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SocialServicesCatalogue } from '../../src/social-services-catalogue.js';
import { $, renderCatalogue, resetUrl, shadow, toggleOption } from './helpers.js';

/** Replaces the page's clipboard for one test; `writeText` records what it was given. */
function fakeClipboard(writeText: ((text: string) => Promise<void>) | undefined): string[] {
  const written: string[] = [];
  const clipboard = writeText && {
    writeText: (text: string) => {
      written.push(text);
      return writeText(text);
    },
  };
  Object.defineProperty(navigator, 'clipboard', { value: clipboard, configurable: true });
  return written;
}

function restoreClipboard(): void {
  // The own property shadows Navigator.prototype's getter; deleting it brings the real clipboard back.
  delete (navigator as { clipboard?: unknown }).clipboard;
}

function shareStatus(el: SocialServicesCatalogue): string {
  return $(el, '.share-status').textContent?.trim() ?? '';
}

async function copyLink(el: SocialServicesCatalogue): Promise<void> {
  $(el, '[part~="copy-link"]').click();
  // The copy awaits the clipboard, then two renders of the live region.
  for (let i = 0; i < 5; i++) {
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
  }
}

function focused(el: SocialServicesCatalogue): HTMLElement | null {
  return shadow(el).activeElement as HTMLElement | null;
}

describe('share: copy link', () => {
  afterEach(() => {
    restoreClipboard();
    resetUrl();
  });

  it('copies the URL of the current view and confirms it in a polite live region', async () => {
    const written = fakeClipboard(async () => undefined);
    const el = await renderCatalogue();
    await toggleOption(el, 'Forma', 'terénní');
    await copyLink(el);
    expect(written).to.deep.equal([window.location.href]);
    expect(window.location.search).to.include('ssc-forma=ter');
    const status = $(el, '.share-status');
    expect(status.getAttribute('role')).to.equal('status');
    expect(shareStatus(el)).to.equal('Odkaz na tento výběr je zkopírovaný do schránky.');
    expect(shadow(el).querySelector('#share-link')).to.equal(null);
  });

  it('the same confirmation is emptied first, so a second copy is announced again', async () => {
    fakeClipboard(async () => undefined);
    const el = await renderCatalogue();
    await copyLink(el);
    const seen: string[] = [];
    const observer = new MutationObserver(() => seen.push(shareStatus(el)));
    observer.observe($(el, '.share-status'), { childList: true, characterData: true, subtree: true });
    await copyLink(el);
    observer.disconnect();
    expect(seen[0]).to.equal('');
    expect(shareStatus(el)).to.equal('Odkaz na tento výběr je zkopírovaný do schránky.');
  });

  for (const [name, writeText] of [
    ['refuses', async () => Promise.reject(new DOMException('denied', 'NotAllowedError'))],
    ['is missing (an insecure page)', undefined],
  ] as const) {
    it(`when the clipboard ${name}, the link is selected in a read-only field and the live region says so`, async () => {
      fakeClipboard(writeText);
      const el = await renderCatalogue();
      await toggleOption(el, 'Forma', 'terénní');
      await copyLink(el);
      const field = $(el, '#share-link') as HTMLInputElement;
      expect(field.readOnly).to.equal(true);
      expect(field.value).to.equal(window.location.href);
      expect($(el, 'label[for="share-link"]').textContent?.trim()).to.equal('Odkaz na tento výběr');
      expect(focused(el)).to.equal(field);
      expect([field.selectionStart, field.selectionEnd]).to.deep.equal([0, field.value.length]);
      expect(shareStatus(el)).to.equal(
        'Odkaz se nepodařilo zkopírovat automaticky. Je označený v poli níže, zkopírujte ho klávesami Ctrl+C.',
      );
      await expect(el).to.be.accessible();
    });
  }

  it('a new search or filter takes away the confirmation and the link of the previous view', async () => {
    fakeClipboard(undefined);
    const el = await renderCatalogue();
    await copyLink(el);
    expect(shadow(el).querySelector('#share-link')).to.not.equal(null);
    await toggleOption(el, 'Forma', 'terénní');
    expect(shadow(el).querySelector('#share-link')).to.equal(null);
    expect(shareStatus(el)).to.equal('');
  });

  it('English', async () => {
    fakeClipboard(async () => undefined);
    const el = await renderCatalogue((catalogue) => html`<social-services-catalogue .catalogue=${catalogue} lang="en"></social-services-catalogue>`);
    expect($(el, '[part~="toolbar"]').getAttribute('aria-label')).to.equal('Print or share this selection');
    expect($(el, '[part~="copy-link"]').textContent?.trim()).to.equal('Copy link');
    await copyLink(el);
    expect(shareStatus(el)).to.equal('The link to this selection is copied to the clipboard.');
  });
});

describe('share: the toolbar', () => {
  afterEach(() => {
    restoreClipboard();
    resetUrl();
  });

  it('real buttons beside the result count, in a labelled group', async () => {
    const el = await renderCatalogue();
    const toolbar = $(el, '[part~="toolbar"]');
    expect(toolbar.getAttribute('role')).to.equal('group');
    expect(toolbar.getAttribute('aria-label')).to.equal('Vytisknout nebo sdílet tento výběr');
    expect(toolbar.parentElement).to.equal($(el, '[part="result-count"]').parentElement);
    const buttons = [...toolbar.querySelectorAll('button')];
    expect(buttons.map((button) => [button.type, button.textContent?.trim()])).to.deep.equal([
      ['button', 'Vytisknout'],
      ['button', 'Kopírovat odkaz'],
      ['button', 'Stáhnout tabulku (CSV)'],
    ]);
  });

  it('keyboard: Tab goes through print, copy link and download with a visible focus; Enter copies', async () => {
    const written = fakeClipboard(async () => undefined);
    const el = await renderCatalogue();
    $(el, '[part~="print"]').focus();
    const order: string[] = [];
    for (let i = 0; i < 3; i++) {
      const current = focused(el);
      const style = getComputedStyle(current as HTMLElement);
      expect(style.outlineStyle).to.not.equal('none');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
      order.push(current?.getAttribute('part') ?? '');
      if (i < 2) await sendKeys({ press: 'Tab' });
    }
    expect(order).to.deep.equal(['button print', 'button copy-link', 'button download-csv']);
    await sendKeys({ press: 'Shift+Tab' });
    await sendKeys({ press: 'Enter' });
    await copyLink(el);
    expect(written.length).to.be.at.least(1);
  });

  it('is not there when the catalogue has no services to print or share', async () => {
    const el = await renderCatalogue(
      (catalogue) => html`<social-services-catalogue .catalogue=${{ ...(catalogue as object), providers: [] }}></social-services-catalogue>`,
    );
    expect(shadow(el).querySelector('[part~="toolbar"]')).to.equal(null);
  });
});
