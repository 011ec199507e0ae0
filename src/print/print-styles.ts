import { css } from 'lit';

/**
 * The printed page of <social-services-catalogue>, added after the element's own styles. Ctrl+P and the
 * print button give the same result because everything happens in `@media print`.
 *
 * Contract with the element's template (class names are private to the element, so they are listed here):
 * - `.print-only`: rendered but hidden on screen, shown on paper; the print view carries it.
 * - `.screen-only`: shown on screen, hidden on paper (anything the parts below do not cover).
 * - `.print-view` (a sibling of the screen UI, outside `part="results"`), holding
 *   `.print-header` (`.print-title` with `.print-heading`, `.print-criteria`, `.print-dates`, `.print-count`; and
 *   `figure.print-qr-figure` with the `svg.print-qr` and its `figcaption`), then
 *   `ol.print-list` of `li.print-service`, each an `h3` and a `dl.print-facts` of `div > dt + dd`
 *   (the `dt` without a colon: the stylesheet adds it), and a `p.print-warning` when the details may
 *   be out of date.
 * The screen UI (search, filters, chips, results with their paging, every button) is hidden by its
 * documented parts, so the element does not have to mark each control.
 */
export const printStyles = css`
  .print-only {
    display: none;
  }

  @media print {
    /* The host page chose to print only the catalogue (see isolate-print.ts): fill the page. Important
       declarations of a shadow root win over the page's, so a site's layout cannot squeeze it. */
    :host([print-only-catalogue]) {
      display: block !important;
      position: static !important;
      float: none !important;
      width: auto !important;
      max-width: none !important;
      margin: 0 !important;
      padding: 0 !important;
      border: 0 !important;
      box-shadow: none !important;
    }

    .screen-only,
    [part~='search'],
    [part~='filters'],
    [part~='chips'],
    [part~='chip'],
    [part~='results'],
    [part~='button'],
    button,
    input,
    select,
    textarea {
      display: none !important;
    }

    .print-only {
      display: block !important;
    }

    :focus,
    :focus-visible {
      outline: none !important;
    }

    /* Black on white: nothing may rely on a background colour, which browsers leave out by default. */
    .print-view,
    .print-view * {
      color: #000 !important;
      background: none !important;
      box-shadow: none !important;
      text-shadow: none !important;
    }

    /* Absolute sizes: the host page's root font size must not shrink the paper below 10 pt. */
    .print-view {
      font-size: 10.5pt;
      line-height: 1.3;
      overflow-wrap: anywhere;
    }

    .print-header {
      display: flex;
      align-items: flex-start;
      justify-content: space-between;
      gap: 6mm;
      padding-bottom: 3mm;
      margin-bottom: 1mm;
      border-bottom: 1pt solid #000;
      break-inside: avoid;
      break-after: avoid;
    }

    .print-title {
      flex: 1 1 auto;
      min-width: 0;
    }

    .print-heading {
      margin: 0 0 2mm;
      font-size: 16pt;
      line-height: 1.2;
    }

    .print-criteria {
      margin: 0 0 1.5mm;
      font-weight: bold;
    }

    .print-dates {
      margin: 0;
    }

    .print-count {
      margin: 1.5mm 0 0;
    }

    .print-qr-figure {
      flex: none;
      margin: 0;
      text-align: center;
    }

    .print-qr {
      display: block;
      margin: 0 auto 1mm;
    }

    .print-qr-figure figcaption {
      font-size: 10pt;
    }

    .print-list {
      margin: 0;
      padding: 0;
      list-style: none;
    }

    .print-service {
      padding: 2.5mm 0;
      border-bottom: 0.5pt solid #000;
      break-inside: avoid;
    }

    .print-service h3 {
      margin: 0 0 1mm;
      font-size: 12pt;
      line-height: 1.25;
      break-after: avoid;
    }

    /* Two columns of "label: value" lines keep a service to a few lines, so an A4 page holds several. */
    .print-facts {
      margin: 0;
      columns: 2;
      column-gap: 6mm;
    }

    .print-facts > div {
      margin: 0 0 0.6mm;
      break-inside: avoid;
    }

    .print-facts dt {
      display: inline;
      font-weight: bold;
    }

    .print-facts dt::after {
      content: ': ';
    }

    .print-facts dd {
      display: inline;
      margin: 0;
      /* Several addresses come as lines of one value. */
      white-space: pre-line;
    }

    /* On paper as on screen: the reader is told to check details the provider has not confirmed lately. */
    .print-warning {
      margin: 1mm 0 0;
      font-weight: bold;
    }

    /* Addresses are printed as their own text; a link on paper is only its words. */
    .print-view a {
      text-decoration: none;
    }
  }
`;
