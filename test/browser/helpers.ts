/**
 * Test harness for <social-services-catalogue>: renders it with the synthetic catalogue and hides the
 * shadow DOM behind small helpers, so the tests read as what a user does and sees.
 */
import { fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/index.js';
import type { SocialServicesCatalogue } from '../../src/social-services-catalogue.js';
import { fixtureCatalogue, fixtureCatalogueWithDistricts } from '../fixtures/catalogue/catalogue.js';

export { fixtureCatalogue, fixtureCatalogueWithDistricts };

export function shadow(el: SocialServicesCatalogue): ShadowRoot {
  if (!el.shadowRoot) throw new Error('no shadow root');
  return el.shadowRoot;
}

export function $(el: SocialServicesCatalogue, selector: string): HTMLElement {
  const found = shadow(el).querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}

export function $$(el: SocialServicesCatalogue, selector: string): HTMLElement[] {
  return [...shadow(el).querySelectorAll<HTMLElement>(selector)];
}

function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Waits until the element shows services, an empty catalogue or an error. */
export async function settled(el: SocialServicesCatalogue): Promise<SocialServicesCatalogue> {
  await waitUntil(
    () => shadow(el).querySelector('.list, .message.error, .message.empty, .message:not(.loading):not(.notice)'),
    'the catalogue did not settle',
    { timeout: 5000 },
  );
  await el.updateComplete;
  return el;
}

/** The element with the synthetic catalogue given directly, after it has rendered the results. */
export async function renderCatalogue(
  template: (catalogue: unknown) => TemplateResult = (catalogue) =>
    html`<social-services-catalogue .catalogue=${catalogue}></social-services-catalogue>`,
  catalogue: unknown = fixtureCatalogue(),
): Promise<SocialServicesCatalogue> {
  return settled(await fixture<SocialServicesCatalogue>(template(catalogue)));
}

export function resultNames(el: SocialServicesCatalogue): string[] {
  return $$(el, '.result .service-name').map((h) => text(h));
}

export function resultCount(el: SocialServicesCatalogue): string {
  return text(shadow(el).querySelector('[part="result-count"]'));
}

export function chipTexts(el: SocialServicesCatalogue): string[] {
  return $$(el, '.chip').map((chip) => text(chip.querySelector('span')));
}

/** Types into the search field the way an input event reports it. */
export async function search(el: SocialServicesCatalogue, query: string): Promise<void> {
  const input = $(el, 'input[type="search"]') as HTMLInputElement;
  input.value = query;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/** The fieldset whose legend reads `legend`. */
export function filterGroup(el: SocialServicesCatalogue, legend: string): HTMLFieldSetElement {
  const fieldset = $$(el, 'fieldset').find((f) => text(f.querySelector(':scope > legend')) === legend);
  if (!fieldset) throw new Error(`no filter "${legend}"`);
  return fieldset as HTMLFieldSetElement;
}

/** The checkbox options of a filter as [label, count] pairs. */
export function options(el: SocialServicesCatalogue, legend: string): Array<[string, number]> {
  return [...filterGroup(el, legend).querySelectorAll('.option')].map((option) => [
    text(option.querySelector('.option-label')),
    Number(text(option.querySelector('.option-count')).replace(/[^\d]/g, '')),
  ]);
}

export function checkbox(el: SocialServicesCatalogue, legend: string, label: string): HTMLInputElement {
  const option = [...filterGroup(el, legend).querySelectorAll('.option')].find(
    (o) => text(o.querySelector('.option-label')) === label,
  );
  const input = option?.querySelector('input');
  if (!input) throw new Error(`no option "${label}" in "${legend}"`);
  return input;
}

export async function toggleOption(el: SocialServicesCatalogue, legend: string, label: string): Promise<void> {
  checkbox(el, legend, label).click();
  await el.updateComplete;
}

const initialSearch = window.location.search;

/** Puts back the test page's own URL between tests (the element writes its state into it). */
export function resetUrl(): void {
  window.history.replaceState(null, '', `${window.location.pathname}${initialSearch}`);
}

/** The element's parameters in the page URL. */
export function urlParams(prefix = 'ssc-'): Array<[string, string]> {
  return [...new URLSearchParams(window.location.search)].filter(([name]) => name.startsWith(prefix));
}

/** A URL the element can fetch that serves `data` as JSON. */
export function jsonUrl(data: unknown): string {
  return URL.createObjectURL(new Blob([JSON.stringify(data)], { type: 'application/json' }));
}

/** The next event of this type, typed from HTMLElementEventMap (the element's events are declared there). */
export function nextEvent<K extends keyof HTMLElementEventMap>(target: HTMLElement, type: K): Promise<HTMLElementEventMap[K]> {
  return new Promise((resolve) => target.addEventListener(type, resolve, { once: true }));
}
