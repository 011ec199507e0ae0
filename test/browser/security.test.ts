/**
 * Untrusted data: every text field of the catalogue filled with markup, template syntax, bidi overrides,
 * zero-width characters or a very long word shows as inert text in a narrow column, and link values
 * outside https:, http:, mailto: and tel: never reach an href.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { parseCatalogue } from '../../src/catalogue/parse.js';
import { providerFileSchema } from '../../src/catalogue/schema.js';
import type { Catalogue, Contacts } from '../../src/generated/catalogue-types.js';
import type { SocialServicesCatalogue } from '../../src/social-services-catalogue.js';
import {
  hostileEmails,
  hostilePhones,
  hostileWebAddresses,
  pwnedFlag,
  textPayloads,
  withEveryText,
} from '../fixtures/hostile/payloads.js';
import { $$, fixtureCatalogue, jsonUrl, renderCatalogue, resetUrl, resultNames, settled, shadow } from './helpers.js';

const allowedSchemes = ['https:', 'http:', 'mailto:', 'tel:'];

function pwned(): unknown {
  return (window as unknown as Record<string, unknown>)[pwnedFlag];
}

/**
 * How many elements of each tag the element renders: hostile text must not add a single one. Isolates
 * (<bdi>) are left out: the element puts them around the data that could reorder its neighbours (a
 * right-to-left letter, an override), so their number follows the data by design; the bidi test below
 * checks they are where they must be.
 */
function tagCounts(root: ParentNode): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const element of root.querySelectorAll(':not(bdi)')) counts[element.localName] = (counts[element.localName] ?? 0) + 1;
  return counts;
}

function attributesOf(root: ParentNode): string[] {
  return [...root.querySelectorAll('*')].flatMap((element) => element.getAttributeNames());
}

/** Every service expanded, so the long municipality lists and all their text are on screen too. */
async function expandEverything(el: SocialServicesCatalogue): Promise<void> {
  for (const button of $$(el, '.result button[aria-expanded="false"]')) button.click();
  await el.updateComplete;
}

async function renderNarrow(catalogue: unknown): Promise<{ el: SocialServicesCatalogue; container: HTMLElement }> {
  const container = await fixture<HTMLDivElement>(html`<div style="width: 320px"></div>`);
  const el = await renderCatalogue(undefined, catalogue);
  container.append(el);
  await el.updateComplete;
  await expandEverything(el);
  return { el, container };
}

/** The elements that stick out to the right of the container (visually hidden ones excepted). */
function overflowing(el: SocialServicesCatalogue, container: HTMLElement): string[] {
  const right = container.getBoundingClientRect().right;
  return [...shadow(el).querySelectorAll<HTMLElement>('*')]
    .filter((element) => !element.closest('.visually-hidden') && element.getBoundingClientRect().right > right + 0.5)
    .map((element) => `${element.localName}.${element.className}`);
}

const isolating = new Set(['isolate', 'isolate-override', 'plaintext']);

/**
 * The rendered text that follows `offset` of `node` up to the end of its bidi paragraph or of the
 * isolating element around it (`<bdi>`, `unicode-bidi: isolate`): what an override in the data would reorder.
 */
function textAfterInParagraph(node: Text, offset: number): string {
  let root = node.parentElement;
  while (root) {
    const style = getComputedStyle(root);
    if (isolating.has(style.unicodeBidi) || style.display !== 'inline') break;
    root = root.parentElement;
  }
  if (!root) return '';
  const range = document.createRange();
  range.setStart(node, offset);
  range.setEnd(root, root.childNodes.length);
  const visuallyHidden = [...root.querySelectorAll('.visually-hidden')].map((hidden) => hidden.textContent ?? '');
  return visuallyHidden.reduce((rest, hidden) => rest.replace(hidden, ''), range.toString()).trim();
}

/** Where text follows an occurrence of `data` in the same line without an isolation between them. */
function bidiLeaks(el: SocialServicesCatalogue, data: string): string[] {
  const leaks: string[] = [];
  for (const node of textNodes(shadow(el))) {
    for (let at = node.data.indexOf(data); at >= 0; at = node.data.indexOf(data, at + 1)) {
      const after = textAfterInParagraph(node, at + data.length);
      if (after !== '') leaks.push(`${node.parentElement?.localName}.${node.parentElement?.className}: "${after.slice(0, 40)}"`);
    }
  }
  return leaks;
}

function textNodes(root: Node): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

describe('untrusted data', () => {
  let baseline: Promise<Record<string, number>> | undefined;
  /** The tags the element renders for the same catalogue with plain text everywhere. */
  const baselineTags = () =>
    (baseline ??= renderNarrow(withEveryText(fixtureCatalogue(), { name: 'plain', text: () => 'Testovací text' })).then(({ el }) =>
      tagCounts(shadow(el)),
    ));

  afterEach(() => {
    Reflect.deleteProperty(window, pwnedFlag);
    resetUrl();
  });

  for (const payload of textPayloads) {
    it(`every text field as ${payload.name}: inert text in a 320 px column`, async () => {
      const catalogue = withEveryText(fixtureCatalogue(), payload);
      const { el, container } = await renderNarrow(catalogue);
      // Give an <img onerror> or <svg onload> the time to fire if one had been created.
      await new Promise((resolve) => setTimeout(resolve, 50));

      expect(resultNames(el)).to.have.length(11, 'every service is shown');
      expect(resultNames(el)[0]).to.equal(payload.text(500).replace(/\s+/g, ' ').trim(), 'the name as text');
      expect(tagCounts(shadow(el))).to.deep.equal(await baselineTags(), 'no element made from the data');
      expect(attributesOf(shadow(el)).filter((name) => name.startsWith('on'))).to.deep.equal([]);
      expect(document.querySelector('img[src="x"], svg[onload], iframe[srcdoc]')).to.equal(null);
      expect(pwned()).to.equal(undefined, 'no handler ran');

      expect(overflowing(el, container)).to.deep.equal([], 'nothing wider than the column');
      for (const card of $$(el, '.result')) expect(card.getBoundingClientRect().width).to.be.at.most(320);
      expect(document.documentElement.scrollWidth).to.be.at.most(window.innerWidth, 'the page does not scroll sideways');
    });
  }

  it('a bidi override in the data does not reorder the text around it: results, chips, suggestions', async () => {
    const payload = textPayloads.find((p) => p.text(500).includes('\u202E'));
    if (!payload) throw new Error('payload list changed');
    const text = payload.text(500);
    const { el } = await renderNarrow(withEveryText(fixtureCatalogue(), payload));
    expect(bidiLeaks(el, text)).to.deep.equal([], 'results: text following data in the same line is isolated from it');

    $$(el, '.option input')[0]?.click();
    await el.updateComplete;
    const municipality = shadow(el).querySelector<HTMLInputElement>('#municipality-input');
    if (!municipality) throw new Error('no municipality field');
    municipality.value = 'Testovací';
    municipality.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect($$(el, '.chip').length).to.equal(1);
    expect($$(el, '[role="option"]').length).to.be.greaterThan(0);
    expect(bidiLeaks(el, text)).to.deep.equal([], 'chips and suggestions too');
  });

  it('the same payloads from a fetched catalogue', async () => {
    const payload = textPayloads[0];
    if (!payload) throw new Error('payload list changed');
    const el = await settled(
      await fixture<SocialServicesCatalogue>(
        html`<social-services-catalogue src=${jsonUrl(withEveryText(fixtureCatalogue(), payload))}></social-services-catalogue>`,
      ),
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(resultNames(el)).to.have.length(11);
    expect(shadow(el).querySelector('img, script, svg, iframe')).to.equal(null);
    expect(pwned()).to.equal(undefined);
  });
});

/** The first service of the fixture with these contacts. */
function withContacts(contacts: Contacts): Catalogue {
  const catalogue = fixtureCatalogue();
  const service = catalogue.providers[0]?.services[0];
  if (!service) throw new Error('fixture changed');
  service.contacts = contacts;
  return catalogue;
}

function nonEmpty(list: readonly string[]): [string, ...string[]] {
  const [first, ...rest] = list;
  if (first === undefined) throw new Error('empty list');
  return [first, ...rest];
}

function hrefs(el: SocialServicesCatalogue): string[] {
  return $$(el, 'a').map((a) => a.getAttribute('href') ?? '');
}

function expectOnlyAllowedHrefs(el: SocialServicesCatalogue): void {
  for (const href of hrefs(el)) {
    expect(allowedSchemes.includes(new URL(href).protocol), href).to.equal(true);
    expect(href).to.equal(href.trim());
  }
  for (const a of $$(el, 'a[target]')) expect(a.getAttribute('rel')).to.equal('noopener noreferrer');
}

const hostileContacts: Array<[string, Contacts]> = [
  ...hostileWebAddresses.map((web): [string, Contacts] => [`web ${JSON.stringify(web)}`, { web: [web] }]),
  ...hostileEmails.map((email): [string, Contacts] => [`e-mail ${JSON.stringify(email)}`, { email: [email] }]),
  ...hostilePhones.map((phone): [string, Contacts] => [`phone ${JSON.stringify(phone)}`, { phone: [phone] }]),
];

describe('links', () => {
  afterEach(resetUrl);

  it('validation rejects every hostile link value, in the element and in the provider validator', () => {
    expect(providerFileSchema.safeParse(fixtureCatalogue().providers[0]).success, 'the fixture provider is valid').to.equal(true);
    for (const [name, contacts] of hostileContacts) {
      const parsed = parseCatalogue(withContacts(contacts));
      expect(parsed.ok && parsed.skipped.length, `element: ${name}`).to.equal(1);
      const provider = { ...fixtureCatalogue().providers[0], contacts };
      expect(providerFileSchema.safeParse(provider).success, `validator: ${name}`).to.equal(false);
    }
  });

  it('a catalogue with hostile links shows the valid services and no hostile href', async () => {
    const catalogue = fixtureCatalogue();
    const services = catalogue.providers[0]?.services;
    const template = services?.[0];
    if (!services || !template) throw new Error('fixture changed');
    hostileContacts.forEach(([, contacts], index) => services.push({ ...template, id: `testovaci-odkaz-${index}`, contacts }));
    const el = await renderCatalogue(undefined, catalogue);
    expect(resultNames(el)).to.have.length(11);
    expect(shadow(el).querySelector('.notice')?.textContent).to.contain(`${hostileContacts.length} záznamů nelze zobrazit`);
    expect(hrefs(el).length).to.be.greaterThan(0);
    expectOnlyAllowedHrefs(el);
  });

  it('links that pass the contract but are unsafe as URLs are shown as text without an href', async () => {
    // The contract's e-mail pattern allows "?" and "%", which would add headers to a mailto: URL, and its
    // phone pattern allows short numbers that are not callable: only the rendering check stops these.
    const contacts: Contacts = { email: ['testovaci?cc=kopie%40example.org@example.cz'], phone: ['00000000'] };
    const parsed = parseCatalogue(withContacts(contacts));
    expect(parsed.ok && parsed.skipped.length).to.equal(0, 'valid by the contract');
    const el = await renderCatalogue(undefined, withContacts(contacts));
    const card = $$(el, '.result').find((c) => c.textContent?.includes('testovaci?cc='));
    expect(card, 'the service is shown').to.not.equal(undefined);
    const links = [...(card?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href') ?? '');
    expect(links.filter((href) => href.includes('cc=') || href.includes('00000000'))).to.deep.equal([]);
    expect(card?.textContent?.replace(/\s/g, '')).to.contain('00000000');
  });

  it('hostile links put into the validated catalogue behind validation never reach an href', async () => {
    const el = await renderCatalogue(undefined, withContacts({ web: ['https://www.example.cz/'], email: ['info@example.cz'], phone: ['+420 000 000 000'] }));
    // Validation copies the data, so the only way past it is to change the validated copy the element holds.
    const loader = (el as unknown as { _loader: { state: { catalogue?: Catalogue } } })._loader;
    const service = loader.state.catalogue?.providers[0]?.services[0];
    if (!service) throw new Error('no validated catalogue');
    service.contacts = { web: nonEmpty(hostileWebAddresses), email: nonEmpty(hostileEmails), phone: nonEmpty(hostilePhones) };
    // A change of language rebuilds the view of the catalogue from the (now tampered) validated data.
    el.lang = 'en';
    await el.updateComplete;
    el.lang = 'cs';
    await el.updateComplete;
    const card = $$(el, '.result').find((c) => c.textContent?.includes('vbscript:msgbox(1)'));
    expect(card, 'the tampered service is shown').to.not.equal(undefined);
    expect(card?.querySelectorAll('a').length).to.equal(0);
    expectOnlyAllowedHrefs(el);
  });

  it('external web links open safely', async () => {
    const el = await renderCatalogue();
    const web = $$(el, 'a').filter((a) => /^https?:/.test(a.getAttribute('href') ?? ''));
    expect(web.length).to.be.greaterThan(0);
    for (const a of web) expect(a.getAttribute('rel')).to.equal('noopener noreferrer');
  });
});
