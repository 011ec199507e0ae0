/**
 * Printing only the catalogue, for host pages that opt in with the `print-only-catalogue` attribute
 * (sites whose own print styles would print their menus and footers around it).
 *
 * The element's styles live in its shadow root and cannot reach the rest of the page, so this adds one
 * stylesheet to the document itself. It is a constructable stylesheet in `document.adoptedStyleSheets`:
 * unlike a `<style>` element or a style attribute, a strict Content Security Policy
 * (`style-src 'self'`, no 'unsafe-inline') allows it, as it allows Lit's own shadow-root styles.
 *
 * The rules only match while printing and only around an element that carries the attribute, so the
 * sheet is adopted once and never taken away: removing the attribute is enough to print normally again.
 * It sets no `@page` size or margins: the host page's own, or the print dialog's, stay in charge (an
 * adopted sheet's `@page` rule overrode the page's, even in a cascade layer, and even after the
 * attribute was removed).
 * Browsers without `:has()` drop the rules and print the whole page, as they would without this.
 */
export const printIsolationAttribute = 'print-only-catalogue';

const ATTRIBUTE_NAME = /^[a-z][a-z0-9-]*$/;

/**
 * The document-level CSS that, in print, hides everything but the opted-in catalogue and the elements around it.
 * Those ancestors are flattened and made invisible, with no font size and no generated content, so that
 * text lying loose in them (not in an element of its own) and their ::before and ::after stay off paper;
 * the catalogue itself is visible again.
 */
export function printIsolationCss(attribute: string = printIsolationAttribute): string {
  if (!ATTRIBUTE_NAME.test(attribute)) throw new Error(`not an attribute name: ${attribute}`);
  const target = `[${attribute}]`;
  return `@media print {
  body:has(${target}) :not(:has(${target})):not(${target}):not(${target} *) {
    display: none !important;
  }
  body:has(${target}),
  body :has(${target}) {
    position: static !important;
    float: none !important;
    width: auto !important;
    min-width: 0 !important;
    max-width: none !important;
    height: auto !important;
    min-height: 0 !important;
    max-height: none !important;
    margin: 0 !important;
    padding: 0 !important;
    border: 0 !important;
    overflow: visible !important;
    transform: none !important;
    columns: auto !important;
    box-shadow: none !important;
    background: none !important;
  }
  body :has(${target}) {
    display: block !important;
  }
  body:has(${target}),
  body :has(${target}) {
    visibility: hidden !important;
    font-size: 0 !important;
    line-height: 0 !important;
  }
  body:has(${target})::before,
  body:has(${target})::after,
  body :has(${target})::before,
  body :has(${target})::after {
    content: none !important;
  }
  ${target} {
    visibility: visible !important;
  }
}`;
}

/** What the helper needs of a document: `Document` has it; tests pass a plain object. */
export interface StyleSheetOwner {
  adoptedStyleSheets: CSSStyleSheet[];
}

/** Sheets this module made, so adopting again is a no-op even when other code reorders the list. */
const ownSheets = new WeakSet<CSSStyleSheet>();

function constructSheet(cssText: string): CSSStyleSheet {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(cssText);
  return sheet;
}

/**
 * Adds the isolation sheet to `owner` unless it is already there. Call it when the element connects with
 * the attribute and again on `beforeprint` (a page may have replaced `document.adoptedStyleSheets` since).
 * Returns false where constructable stylesheets are unsupported: the page then prints as a whole.
 */
export function adoptPrintIsolation(
  owner: StyleSheetOwner,
  createSheet: (cssText: string) => CSSStyleSheet = constructSheet,
): boolean {
  const current = owner.adoptedStyleSheets as CSSStyleSheet[] | undefined;
  if (!Array.isArray(current)) return false;
  if (current.some((sheet) => ownSheets.has(sheet))) return true;
  let sheet: CSSStyleSheet;
  try {
    sheet = createSheet(printIsolationCss());
  } catch {
    return false;
  }
  ownSheets.add(sheet);
  // The list is replaced, not pushed to: that is the assignment every browser supports.
  owner.adoptedStyleSheets = [...current, sheet];
  return true;
}
