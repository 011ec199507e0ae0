import { css } from 'lit';

/**
 * Styles of <social-services-catalogue>. Shadow DOM keeps the host page's CSS out; the host's font family
 * is inherited; everything a site may want to change is a --ssc-* custom property (documented on the
 * class) or a ::part. Colours pass 4.5:1 for text and 3:1 for control borders on their backgrounds.
 */
export const styles = css`
  :host {
    display: block;
  }

  :host([hidden]) {
    display: none;
  }

  /*
   * No *::before or *::after here: a universal rule for them makes the browser work out both pseudo-elements
   * of every element at each style change. The one pseudo-element drawn (the filter toggle's arrow) sets its own.
   */
  * {
    box-sizing: border-box;
  }

  .base {
    --_text: var(--ssc-color-text, #1f2328);
    --_muted: var(--ssc-color-muted, #4b5563);
    --_background: var(--ssc-color-background, #ffffff);
    --_surface: var(--ssc-color-surface, #f3f5f8);
    --_border: var(--ssc-color-border, #d0d7de);
    --_control-border: var(--ssc-color-control-border, #6e7781);
    --_accent: var(--ssc-color-accent, #0b5cad);
    --_accent-contrast: var(--ssc-color-accent-contrast, #ffffff);
    --_focus: var(--ssc-color-focus, #0b5cad);
    --_warning: var(--ssc-color-warning, #7a3e00);
    --_warning-surface: var(--ssc-color-warning-surface, #fff4e0);
    --_error: var(--ssc-color-error, #a4161a);
    --_radius: var(--ssc-radius, 0.5em);
    --_space: var(--ssc-space, 1em);

    container: ssc / inline-size;
    color: var(--_text);
    /*
     * The size of the text around the element, as its font family: every length below is in em of it, so
     * a page whose root is 10px (html { font-size: 62.5% }, Bootstrap 3) does not shrink the widget, and
     * --ssc-font-size scales all of it. Never below 12px: some layouts set font-size: 0 on a wrapper.
     */
    font-family: inherit;
    font-size: var(--ssc-font-size, max(1em, 12px));
    font-weight: normal;
    font-style: normal;
    line-height: 1.5;
    text-align: start;
    letter-spacing: normal;
    text-transform: none;
    overflow-wrap: anywhere;
    /* The rest of what a host page's text styles would pass down through the shadow boundary. */
    white-space: normal;
    text-indent: 0;
    word-spacing: normal;
    word-break: normal;
    hyphens: manual;
    text-shadow: none;
    -webkit-text-fill-color: currentcolor;
    font-variant: normal;
    font-feature-settings: normal;
    font-variation-settings: normal;
    font-kerning: auto;
    font-stretch: normal;
    cursor: auto;
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  [hidden] {
    display: none !important;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  p {
    margin: 0;
  }

  a {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  a:hover {
    text-decoration-thickness: 2px;
  }

  input,
  button {
    font: inherit;
    color: inherit;
    letter-spacing: inherit;
  }

  /* ---- search ---- */

  .search {
    display: grid;
    gap: calc(var(--_space) * 0.25);
    margin-block-end: calc(var(--_space) * 1.25);
  }

  label,
  legend {
    font-weight: 600;
  }

  input[type='search'],
  input[type='text'] {
    width: 100%;
    min-height: 2.75em;
    padding: 0.5em 0.75em;
    background: var(--_background);
    border: 1px solid var(--_control-border);
    border-radius: var(--_radius);
  }

  input[type='search'] {
    font-size: 1.125em;
    min-height: 2.6667em;
    padding: 0.4444em 0.6667em;
  }

  input::placeholder {
    color: var(--_muted);
    opacity: 1;
  }

  /* ---- layout ---- */

  .layout {
    display: grid;
    gap: calc(var(--_space) * 1.5);
    align-items: start;
  }

  @container ssc (min-width: 44em) {
    .layout.with-filters {
      grid-template-columns: minmax(14em, 19em) minmax(0, 1fr);
    }
  }

  /* ---- filters ---- */

  .filters {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
  }

  .filters .filters-toggle {
    display: none;
  }

  @container ssc (max-width: calc(44em - 0.02px)) {
    .filters {
      padding: calc(var(--_space) * 0.75);
    }

    .filters .filters-toggle {
      display: inline-flex;
      width: 100%;
      justify-content: center;
    }

    .filters-toggle::after {
      content: '';
      box-sizing: border-box;
      width: 0.5em;
      height: 0.5em;
      margin-inline-start: 0.25em;
      border-block-end: 2px solid currentcolor;
      border-inline-end: 2px solid currentcolor;
      transform: translateY(-0.15em) rotate(45deg);
    }

    .filters-toggle[aria-expanded='true']::after {
      transform: translateY(0.15em) rotate(-135deg);
    }

    .filter-groups:not(.open) {
      display: none;
    }

    .filter-groups.open {
      margin-block-start: var(--_space);
    }
  }

  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }

  .filter + .filter {
    margin-block-start: calc(var(--_space) * 1.25);
    padding-block-start: var(--_space);
    border-block-start: 1px solid var(--_border);
  }

  /* A floated legend lays out like a heading instead of sitting on the fieldset's top border. */
  .filter > legend {
    float: inline-start;
    width: 100%;
    padding: 0;
    margin-block-end: calc(var(--_space) * 0.5);
    font-size: 1.05em;
  }

  .filter > legend + * {
    clear: both;
  }

  .subgroup {
    margin-block-start: calc(var(--_space) * 0.5);
  }

  .subgroup > legend + * {
    clear: both;
  }

  .subgroup > legend {
    float: inline-start;
    width: 100%;
    padding: 0;
    font-size: 0.9em;
    color: var(--_muted);
  }

  .options {
    list-style: none;
    margin: 0;
    padding: 0;
  }

  /*
   * Positioned so that the visually hidden text in the option's count is laid out here: with no positioned
   * ancestor it belongs to the page's root, and every layout of the page (each keystroke) laid out all of
   * them again (about 0.1 ms a layout with some thirty options).
   */
  .option {
    position: relative;
    display: flex;
    align-items: flex-start;
    gap: 0.5em;
    padding-block: 0.25em;
    font-weight: normal;
    cursor: pointer;
  }

  .option input {
    flex: none;
    width: 1.15em;
    height: 1.15em;
    margin: 0.2em 0 0;
    accent-color: var(--_accent);
  }

  .option-label {
    flex: 1;
  }

  .option-count {
    flex: none;
    color: var(--_muted);
    font-size: 0.9em;
    font-variant-numeric: tabular-nums;
  }

  .option.zero .option-label {
    color: var(--_muted);
  }

  .link-button {
    display: inline;
    padding: 0.25em 0;
    background: none;
    border: 0;
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }

  /* ---- municipality combobox ---- */

  .combobox {
    position: relative;
    display: grid;
    gap: 0.25em;
    margin-block-start: 0.5em;
  }

  .combobox > label {
    font-weight: normal;
    font-size: 0.95em;
  }

  [role='listbox'] {
    position: absolute;
    inset-block-start: 100%;
    inset-inline: 0;
    z-index: 2;
    max-height: 18em;
    overflow-y: auto;
    margin: 0.25em 0 0;
    padding: 0.25em 0;
    list-style: none;
    background: var(--_background);
    border: 1px solid var(--_control-border);
    border-radius: var(--_radius);
    box-shadow: 0 0.5em 1.5em rgb(0 0 0 / 0.15);
  }

  [role='option'] {
    display: flex;
    justify-content: space-between;
    gap: 0.5em;
    padding: 0.5em 0.75em;
    cursor: pointer;
  }

  [role='option']:hover {
    background: var(--_surface);
  }

  [role='option'].active {
    background: var(--_accent);
    color: var(--_accent-contrast);
  }

  [role='option'].active .option-count {
    color: inherit;
  }

  .hint {
    font-size: 0.9em;
    color: var(--_muted);
  }

  /* ---- buttons ---- */

  .button {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-height: 2.75em;
    padding: 0.5em 1em;
    background: var(--_accent);
    color: var(--_accent-contrast);
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    font-weight: 600;
    text-decoration: none;
    cursor: pointer;
  }

  .button.secondary {
    background: var(--_background);
    color: var(--_accent);
  }

  .button.small {
    min-height: 2.5em;
    padding: 0.2778em 0.8333em;
    font-size: 0.9em;
  }

  .button:hover {
    filter: brightness(0.92);
  }

  /* ---- results ---- */

  .results {
    min-width: 0;
  }

  .results-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em 1em;
    margin-block-end: calc(var(--_space) * 0.75);
  }

  .count {
    font-weight: 600;
  }

  .count:empty {
    display: none;
  }

  .data-date {
    margin: 1.1429em 0 0;
    color: var(--_muted);
    font-size: 0.875em;
  }

  /* ---- print and share ---- */

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }

  .share-status:empty {
    display: none;
  }

  .share-status {
    margin-block-end: calc(var(--_space) * 0.5);
    color: var(--_muted);
  }

  .share-link {
    display: grid;
    gap: calc(var(--_space) * 0.25);
    margin-block-end: var(--_space);
  }

  .message {
    display: grid;
    gap: 0.75em;
    justify-items: start;
    padding: var(--_space);
    margin-block-end: var(--_space);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  .message.error {
    border: 2px solid var(--_error);
    border-inline-start-width: 0.5em;
    background: var(--_background);
    color: var(--_error);
    font-weight: 600;
  }

  .message.notice {
    display: block;
    background: var(--_warning-surface);
    color: var(--_warning);
    border-color: currentcolor;
  }

  .message .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }

  .message.loading {
    justify-items: center;
    background: none;
    border: 0;
  }

  .spinner {
    width: 2em;
    height: 2em;
    border: 3px solid var(--_border);
    border-top-color: var(--_accent);
    border-radius: 50%;
    animation: spin 0.9s linear infinite;
  }

  @keyframes spin {
    to {
      transform: rotate(1turn);
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation: none;
      border-color: var(--_accent);
    }

    * {
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }

  .chips {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    margin-block-end: var(--_space);
  }

  .chips ul {
    display: contents;
    list-style: none;
  }

  .chips li {
    display: flex;
  }

  .chip {
    display: inline-flex;
    align-items: center;
    gap: 0.5556em;
    min-height: 2.5em;
    padding: 0.2778em 0.5556em 0.2778em 0.8333em;
    background: color-mix(in srgb, var(--_accent) 10%, var(--_background));
    color: var(--_accent);
    border: 1px solid var(--_accent);
    border-radius: 999px;
    font-size: 0.9em;
    text-align: start;
    cursor: pointer;
  }

  .chip-x {
    font-size: 1.25em;
    line-height: 1;
  }

  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space);
  }

  /* Cards below the fold skip style and layout until scrolled to: a keystroke lays out only what shows. */
  .result {
    content-visibility: auto;
    contain-intrinsic-block-size: auto 20em;
    /* A card skipped while off screen must not size the list's column by content it no longer lays out. */
    min-width: 0;
  }

  /*
   * The card and its list of facts are block flows spaced by margins rather than grids with gaps: they look
   * the same, and a grid sizes its one auto column from its items' content first, which made laying out a
   * card on screen (every keystroke that brings one) a third dearer. The margins use the next-sibling
   * combinator only inside a card, so adding a card to the list restyles no other.
   */
  .result > article {
    padding: var(--_space);
    background: var(--_background);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  .result > article > * + * {
    margin-block-start: 0.5em;
  }

  .service-name {
    margin: 0;
    font-size: 1.2em;
    line-height: 1.3;
    color: inherit;
  }

  .provider {
    color: var(--_muted);
    font-weight: 600;
  }

  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
  }

  .tag {
    padding: 0.1429em 0.5714em;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: 999px;
    font-size: 0.875em;
  }

  .facts {
    margin: 0;
  }

  .facts > div + div {
    margin-block-start: 0.375em;
  }

  /* Term and value side by side where there is room, one under the other (plain blocks) where not. */
  @container ssc (min-width: 36em) {
    .facts > div {
      display: grid;
      grid-template-columns: 11em minmax(0, 1fr);
      column-gap: var(--_space);
    }
  }

  dt {
    font-weight: 600;
  }

  dd {
    margin: 0;
  }

  .plain {
    list-style: none;
    margin: 0;
    padding: 0;
  }

  .contacts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
  }

  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.2857em 1.1429em;
    color: var(--_muted);
    font-size: 0.875em;
  }

  .stale {
    padding: 0.4167em 0.8333em;
    background: var(--_warning-surface);
    color: var(--_warning);
    border-inline-start: 4px solid currentcolor;
    border-radius: 0 var(--_radius) var(--_radius) 0;
    font-size: 0.9em;
    font-weight: 600;
  }

  .more {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em 1em;
    margin-block-start: var(--_space);
  }

  .muted {
    color: var(--_muted);
  }
`;
