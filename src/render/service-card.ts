/**
 * One service's result card, built with plain DOM calls rather than Lit templates: a card holds some
 * sixty elements in a dozen nested lists, and as templates each list item is a template instance with
 * its comment markers (about 240 nodes a card, half a millisecond to create). Built directly it is half
 * the nodes and a fraction of the time, which is what lets a keystroke replace a whole page of cards
 * within a frame. Every catalogue value goes in as a text node; links only through the allow-list.
 */
import type { ServiceView } from '../catalogue/model.js';
import { mailtoHref, safeWebHref, telHref } from '../catalogue/links.js';
import { formatCapacity } from '../format/capacity.js';
import { formatDate } from '../format/date.js';
import { formatPhone } from '../format/phone.js';
import type { Lang } from '../i18n/lang.js';
import type { Messages } from '../i18n/messages.js';
import { canReorderNeighbours } from './bidi.js';
import type { HeadingTag } from './heading-level.js';

/** Municipality lists of a service longer than this are summarised. */
const collapsedMunicipalityCount = 6;

export interface CardContext {
  readonly lang: Lang;
  readonly messages: Messages;
  /** Unique in the shadow root among cards: ids inside the card are built from it. */
  readonly serial: number;
  readonly headingTag: HeadingTag;
}

/** Why a service the query does not mention is in the results, already in the interface language. */
export interface CardReason {
  readonly situation: string;
  readonly kind: string;
}

type Child = Node | string;

/** The reason line each filled card shows now ('' for none), so that an unchanged one is not touched. */
const shownReasons = new WeakMap<HTMLElement, string>();

function element(tag: string, attributes: Readonly<Record<string, string>> | undefined, ...children: Child[]): HTMLElement {
  const created = document.createElement(tag);
  if (attributes) for (const name in attributes) created.setAttribute(name, attributes[name] ?? '');
  // Strings become text nodes: data is never parsed as markup. (appendChild: append() with several
  // arguments builds a fragment each time, which made it the slowest part of a card.)
  for (const child of children) {
    if (child !== '') created.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return created;
}

/**
 * Data items separated by commas, each that could reorder its neighbours in its own <bdi>: a
 * right-to-left character or an unterminated override in one label cannot reorder the labels and the
 * text after it. A plain left-to-right label is a text node: an isolate around it changes nothing on
 * screen and costs an element, and a bidi pass over the line, to lay out.
 */
function isolatedList(items: ReadonlyArray<Child | readonly Child[]>): Child[] {
  const children: Child[] = [];
  items.forEach((item, index) => {
    const isolated = typeof item === 'string' && !canReorderNeighbours(item) ? item : element('bdi', undefined, ...(Array.isArray(item) ? item : [item as Child]));
    const text = (index > 0 ? ', ' : '') + (typeof isolated === 'string' ? isolated : '');
    // Plain labels and their commas run together into one text node.
    if (typeof children[children.length - 1] === 'string') children[children.length - 1] += text;
    else if (text !== '') children.push(text);
    if (typeof isolated !== 'string') children.push(isolated);
  });
  return children;
}

function fact(term: string, value: readonly Child[]): HTMLElement | undefined {
  if (value.length === 0 || (value.length === 1 && value[0] === '')) return undefined;
  return element('div', undefined, element('dt', undefined, term), element('dd', undefined, ...value));
}

/** "https://www.example.cz/" → "www.example.cz": what people read aloud and recognise. */
function displayUrl(url: string): string {
  return url.replace(/^https?:\/\//i, '').replace(/\/$/, '');
}

/** The municipalities served; a long list shows its first few and a button that shows them all, and back. */
function municipalities(service: ServiceView, context: CardContext): Child[] {
  const m = context.messages;
  const names = service.municipalities.map((municipality) => municipality.label);
  if (names.length <= collapsedMunicipalityCount + 1) return isolatedList(names);
  const id = `municipalities-${context.serial}`;
  const list = element('span', { id });
  const toggle = element('button', { type: 'button', part: 'button', class: 'link-button', 'aria-controls': id });
  let expanded = false;
  // The card keeps its own state: only this list and this button change, in place, so focus stays on the button.
  const show = () => {
    const shown = expanded ? names : names.slice(0, collapsedMunicipalityCount);
    list.replaceChildren(...isolatedList(shown), ...(expanded ? [] : [` ${m.moreMunicipalities(names.length - shown.length)}`]));
    toggle.setAttribute('aria-expanded', String(expanded));
    toggle.textContent = expanded ? m.showFewerMunicipalities : m.showAllMunicipalities(names.length);
  };
  toggle.addEventListener('click', () => {
    expanded = !expanded;
    show();
  });
  show();
  return [list, ' ', toggle];
}

function contacts(service: ServiceView, m: Messages): HTMLElement | undefined {
  const { phone = [], email = [], web = [] } = service.contacts;
  if (phone.length + email.length + web.length === 0) return undefined;
  // The data were validated, but the rendering path checks every href again (it may come from elsewhere).
  const item = (label: string, href: string | undefined, text: string, external = false) =>
    element(
      'li',
      undefined,
      element('span', { class: 'visually-hidden' }, `${label}: `),
      href ? element('a', external ? { href, rel: 'noopener noreferrer' } : { href }, text) : element('span', undefined, text),
    );
  return fact(m.contacts, [
    element(
      'ul',
      { class: 'plain contacts' },
      ...phone.map((p) => item(m.phone, telHref(p), formatPhone(p))),
      ...email.map((e) => item(m.email, mailtoHref(e), e)),
      ...web.map((w) => item(m.web, safeWebHref(w), displayUrl(w), true)),
    ),
  ]);
}

/** Fills `card` (the list item) with the service's article, replacing what it held. */
export function fillServiceCard(card: HTMLElement, service: ServiceView, context: CardContext): void {
  const { lang, messages: m } = context;
  const headingId = `result-${context.serial}`;
  const tags = [service.kind?.label, ...service.forms.map((form) => form.label)].filter((tag): tag is string => Boolean(tag));
  const capacity = service.capacity.map((c) =>
    service.capacity.length > 1 ? [`${formatCapacity(lang, c)} (`, element('bdi', undefined, c.form.label), ')'] : formatCapacity(lang, c),
  );
  const placeItems = service.places.map((place) =>
    element('li', undefined, ...isolatedList([place.name, place.address].filter((part): part is string => Boolean(part)))),
  );
  const facts = [
    fact(m.targetGroups, isolatedList(service.targetGroups.map((g) => g.label))),
    fact(m.ageGroups, isolatedList(service.ageGroups.map((g) => g.label))),
    fact(m.capacity, isolatedList(capacity)),
    fact(m.districts, isolatedList(service.districts.map((district) => district.label))),
    service.areaStated && service.municipalities.length > 0 ? fact(m.municipalities, municipalities(service, context)) : undefined,
    fact(m.serviceArea, [service.serviceAreaDescription ?? '']),
    placeItems.length > 0 ? fact(m.places, [element('ul', { class: 'plain' }, ...placeItems)]) : undefined,
    fact(m.openingHours, [service.openingHours ?? '']),
    contacts(service, m),
  ].filter((node) => node !== undefined);
  const registration =
    (service.registered ? m.registered : m.notRegistered) +
    (service.registerIdentifier ? `, ${m.registerIdentifier(service.registerIdentifier)}` : '') +
    (service.portalId !== undefined ? `, ${m.registerPortalId(service.portalId)}` : '');

  const article = element(
    'article',
    { 'aria-labelledby': headingId, tabindex: '-1' },
    element(context.headingTag, { id: headingId, class: 'service-name' }, service.name),
    element('p', { class: 'provider' }, element('span', { class: 'visually-hidden' }, `${m.provider}: `), service.provider.name),
  );
  if (tags.length > 0) article.appendChild(element('p', { class: 'tags' }, ...tags.map((tag) => element('span', { class: 'tag' }, tag))));
  if (service.description) article.appendChild(element('p', { class: 'description' }, service.description));
  article.appendChild(element('dl', { class: 'facts' }, ...facts));
  article.appendChild(
    element(
      'p',
      { class: 'meta' },
      element('span', undefined, registration),
      ' ',
      element('span', undefined, service.reviewed ? m.reviewed(formatDate(lang, service.reviewed)) : m.reviewedMissing),
    ),
  );
  if (service.stale) article.appendChild(element('p', { class: 'stale', part: 'stale' }, service.reviewed ? m.stale : m.unconfirmed));
  card.replaceChildren(article);
  shownReasons.delete(card);
}

/**
 * Shows on a filled card why the service is in the results, or no reason line. The reason follows the
 * query while the rest of the card stays the same: only this line changes, in place, instead of the
 * whole card being built again. An empty card (filled later) is left alone.
 */
export function setCardReason(card: HTMLElement, reason: CardReason | undefined, m: Messages): void {
  const article = card.firstElementChild;
  if (!article) return;
  const shown = reason ? `${reason.situation}\n${reason.kind}` : '';
  if ((shownReasons.get(card) ?? '') === shown) return;
  shownReasons.set(card, shown);
  article.querySelector(':scope > [part="reason"]')?.remove();
  if (!reason) return;
  const line = element(
    'p',
    { class: 'hint', part: 'reason' },
    `${m.foundBySituation}: `,
    element('bdi', undefined, reason.situation),
    element('span', { 'aria-hidden': 'true' }, ' → '),
    element('span', { class: 'visually-hidden' }, `, ${m.situationKind}: `),
    element('bdi', undefined, reason.kind),
  );
  // Where the card's own text starts: after the name, provider and tags.
  article.insertBefore(line, article.querySelector(':scope > .description, :scope > .facts'));
}
