import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  adoptPrintIsolation,
  printIsolationAttribute,
  printIsolationCss,
  type StyleSheetOwner,
} from '../../src/print/isolate-print.js';

/** Stand-ins for CSSStyleSheet: Node has none, and the logic only moves sheets around. */
function fakeSheet(name: string): CSSStyleSheet {
  return { name } as unknown as CSSStyleSheet;
}

function fakeFactory(): { create: (cssText: string) => CSSStyleSheet; texts: string[] } {
  const texts: string[] = [];
  return {
    texts,
    create: (cssText) => {
      texts.push(cssText);
      return fakeSheet(`isolation-${texts.length}`);
    },
  };
}

test('adopts the isolation sheet after the page’s own sheets', () => {
  const pageSheet = fakeSheet('page');
  const owner: StyleSheetOwner = { adoptedStyleSheets: [pageSheet] };
  const factory = fakeFactory();
  assert.equal(adoptPrintIsolation(owner, factory.create), true);
  assert.equal(owner.adoptedStyleSheets.length, 2);
  assert.equal(owner.adoptedStyleSheets[0], pageSheet);
  assert.deepEqual(factory.texts, [printIsolationCss()]);
});

test('adopting again, even after the page reordered its sheets, adds nothing', () => {
  const owner: StyleSheetOwner = { adoptedStyleSheets: [] };
  const factory = fakeFactory();
  adoptPrintIsolation(owner, factory.create);
  owner.adoptedStyleSheets = [...owner.adoptedStyleSheets, fakeSheet('later')].reverse();
  assert.equal(adoptPrintIsolation(owner, factory.create), true);
  assert.equal(owner.adoptedStyleSheets.length, 2);
  assert.equal(factory.texts.length, 1);
});

test('a page that replaced its sheet list gets the isolation sheet back', () => {
  const owner: StyleSheetOwner = { adoptedStyleSheets: [] };
  const factory = fakeFactory();
  adoptPrintIsolation(owner, factory.create);
  owner.adoptedStyleSheets = [fakeSheet('router')];
  adoptPrintIsolation(owner, factory.create);
  assert.equal(owner.adoptedStyleSheets.length, 2);
  assert.equal(factory.texts.length, 2);
});

test('without constructable stylesheets nothing happens and nothing throws', () => {
  const noList = {} as StyleSheetOwner;
  assert.equal(adoptPrintIsolation(noList, fakeFactory().create), false);
  assert.deepEqual(Object.keys(noList), []);
  const owner: StyleSheetOwner = { adoptedStyleSheets: [] };
  const failing = () => {
    throw new TypeError('Illegal constructor');
  };
  assert.equal(adoptPrintIsolation(owner, failing), false);
  assert.deepEqual(owner.adoptedStyleSheets, []);
  // Node has no CSSStyleSheet: the default factory fails the same quiet way.
  assert.equal(adoptPrintIsolation({ adoptedStyleSheets: [] }), false);
});

test('the rules apply only in print and only around an element with the attribute', () => {
  const cssText = printIsolationCss();
  const printBlock = /@media print \{([\s\S]*)\n\}$/.exec(cssText)?.[1] ?? '';
  assert.notEqual(printBlock, '', 'everything that hides is inside @media print');
  const outside = cssText.replace(printBlock, '');
  assert.doesNotMatch(outside, /display/);
  const target = `[${printIsolationAttribute}]`;
  // Hidden, on a page that has an opted-in catalogue: what neither is nor contains nor lies inside it.
  assert.ok(printBlock.includes(`body:has(${target}) :not(:has(${target})):not(${target}):not(${target} *)`));
  // Every selector of the block starts from a body that holds the attribute, or is the opted-in element
  // itself, so a page without it prints as before.
  const selectors = [...printBlock.matchAll(/([^{}]+)\{/g)].flatMap((m) => (m[1] ?? '').split(',')).map((s) => s.trim());
  assert.ok(selectors.length >= 3);
  for (const selector of selectors) assert.match(selector, /^body:has\(\[print-only-catalogue\]\)|^body :has\(\[print-only-catalogue\]\)|^\[print-only-catalogue\]$/);
  // The page size and margins stay the host page's (or the print dialog's).
  assert.doesNotMatch(cssText, /@page/);
});

test('only plain attribute names reach the selector', () => {
  assert.ok(printIsolationCss('data-print-only').includes('[data-print-only]'));
  for (const bad of ['', 'x] body, [y', 'Print', '1st', 'a b']) {
    assert.throws(() => printIsolationCss(bad), /not an attribute name/);
  }
});
