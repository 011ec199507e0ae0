import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { CatalogueIndexes } from './catalogue/catalogue-indexes.js';
import { buildCatalogueModel, sourceOf, type CatalogueModel, type Labelled, type ServiceView } from './catalogue/model.js';
import { isValidEntry } from './catalogue/parse.js';
import { CatalogueLoader, type LoadState } from './controllers/catalogue-loader.js';
import { UrlStateController, type HistoryMode } from './controllers/url-state-controller.js';
import { CatalogueChangeEvent, CatalogueErrorEvent, CatalogueLoadEvent } from './events.js';
import { csvFileName, csvMimeType, servicesCsv } from './export/csv.js';
import { serviceFields } from './export/service-fields.js';
import { groupKinds } from './filters/kind-groups.js';
import type { MunicipalitySuggestion } from './filters/municipality-lookup.js';
import type { ResultSet } from './filters/facets.js';
import {
  activeFilterValues,
  emptyFilters,
  hasActiveFilters,
  setFilterValue,
  withFilter,
  type FilterKey,
  type FilterState,
} from './filters/state.js';
import { resolveLang, type Lang } from './i18n/lang.js';
import { messagesFor, type Messages } from './i18n/messages.js';
import { compareCzech } from './i18n/collation.js';
import { formatNumber, selectPlural } from './i18n/plural.js';
import { formatDate } from './format/date.js';
import { adoptPrintIsolation } from './print/isolate-print.js';
import { printStyles } from './print/print-styles.js';
import { criteriaSeparator, printSummary } from './print/print-summary.js';
import { createQrSvg } from './print/qr.js';
import { arrangedChildren, contentSkipped } from './render/arranged-children.js';
import { CardCache } from './render/card-cache.js';
import { serviceHeadingTag, type HeadingTag } from './render/heading-level.js';
import { fillServiceCard, setCardReason, type CardReason } from './render/service-card.js';
import { qrTemplate } from './print/qr-template.js';
import type { CatalogueLifeSituation, SituationLabel } from './generated/catalogue-types.js';
import { normalizeText } from './search/normalize.js';
import type { SituationReason } from './search/situation-search.js';
import { styles } from './social-services-catalogue.styles.js';
import { emptyView, readViewState, sameView, writeViewState, type ViewState } from './url-state/url-state.js';

/** Option lists longer than this show their first entries and a button for the rest. */
const collapsedOptionCount = 8;
const suggestionLimit = 8;
/** Catalogues serving up to this many municipalities show them all as options, not only in the search box. */
const listedMunicipalityLimit = 30;
const defaultTimeoutMs = 15_000;
const defaultPageSize = 50;
/** Rendered result cards kept for reuse: several pages' worth, a few MB at most. */
const cachedCardLimit = 400;
/**
 * A card is at least this tall (a name, a provider and the registration line): the cards built with the
 * rest of a change are those that can be on screen, the window's height in these. The others of the
 * page are filled right after the change is painted, in tasks of a few ms each (three for a page of
 * 50), so that a keystroke typed meanwhile is not held up.
 */
const minimumCardHeightPx = 150;

/** How many cards can be on screen in this height: as many as fit at the smallest card height. */
function cardsThatFit(heightPx: number): number {
  return Math.max(0, Math.ceil(heightPx / minimumCardHeightPx));
}
const cardsPerTask = 14;
/** How long a downloaded file's object URL lives: some browsers read the blob after click() has returned. */
const downloadUrlLifetimeMs = 30_000;
/** The address bar follows the view at most this often: 60 history changes in 30 s of typing at most. */
const urlWriteIntervalMs = 500;

/** The model made of a catalogue before it is checked, in the language it was made in. */
interface PreparedModel {
  readonly lang: Lang;
  readonly model: CatalogueModel;
}

/** A number attribute's value when it is a usable positive number; unset or a typo in the host page gives the default. */
function positiveOr(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isFinite(value) && value > 0 ? value : fallback;
}

/**
 * A searchable, filterable catalogue of Czech registered social services (zákon č. 108/2006 Sb.) for
 * municipal websites. Loads the built catalogue from `src` (or takes it in the `catalogue` property),
 * and keeps the search and filters in the page URL so a link reproduces the view. The filtered list can
 * be printed (the button and Ctrl+P give the same A4 printout, with a QR code of the link), copied as a
 * link and downloaded as a CSV table for Czech Excel.
 *
 * ```html
 * <script type="module" src="https://example.org/social-services-catalogue.js"></script>
 * <social-services-catalogue src="https://example.org/catalogue.json" municipality="542989"></social-services-catalogue>
 * ```
 *
 * The events below bubble out of the element; their values are properties of the event itself, not of
 * `detail`: `element.addEventListener('catalogue-change', (event) => console.log(event.query, event.resultCount))`.
 *
 * @tag social-services-catalogue
 * @summary Search, filters and results of a social services catalogue, in Czech or English.
 *
 * @fires {CatalogueLoadEvent} catalogue-load - The catalogue is checked and shown: `serviceCount` services, `skippedCount` invalid entries left out. A downloaded catalogue's first results may be on screen a moment earlier.
 * @fires {CatalogueErrorEvent} catalogue-error - The catalogue could not be loaded: `kind` is network, timeout, http, not-json, not-a-catalogue or unsupported-format; `status` is the HTTP status of an http error.
 * @fires {CatalogueChangeEvent} catalogue-change - The user changed the search or the filters (also by Back or Forward): `query`, `filters`, `resultCount`.
 *
 * @csspart search - The search form with its label and field.
 * @csspart search-input - The search field.
 * @csspart situations - The life situations the query describes, suggested under the search field.
 * @csspart situation - One suggested life situation: a button that searches for it.
 * @csspart filters - The filter panel.
 * @csspart filter - One filter (a fieldset with its legend).
 * @csspart chips - The active filters with the "clear all" button.
 * @csspart chip - One active filter; activating it removes the filter.
 * @csspart result-count - The number of results (a polite live region).
 * @csspart data-date - The day of the catalogue data, under the results.
 * @csspart toolbar - The print, copy-link and download buttons beside the result count, with their confirmation.
 * @csspart print - The print button (also a `button` part).
 * @csspart copy-link - The button that copies the link to the current view (also a `button` part).
 * @csspart download-csv - The button that downloads the filtered services as CSV (also a `button` part).
 * @csspart results - The results column: count, notices and the list.
 * @csspart result - One service in the list.
 * @csspart reason - On a service found through a life situation: the situation and the kind of service it leads to.
 * @csspart stale - The mark on an entry not confirmed for over a year.
 * @csspart message - Loading, error, empty-result and skipped-entries messages.
 * @csspart button - Every button (retry, show more, clear filters, print and share).
 *
 * @cssprop [--ssc-color-text=#1f2328] - Text colour.
 * @cssprop [--ssc-color-muted=#4b5563] - Secondary text (provider, counts, dates).
 * @cssprop [--ssc-color-background=#ffffff] - Background of fields and result cards.
 * @cssprop [--ssc-color-surface=#f3f5f8] - Background of the filter panel and notices.
 * @cssprop [--ssc-color-border=#d0d7de] - Borders of cards and panels.
 * @cssprop [--ssc-color-control-border=#6e7781] - Borders of fields and checkboxes (keep 3:1 against the background).
 * @cssprop [--ssc-color-accent=#0b5cad] - Links, buttons, checked boxes.
 * @cssprop [--ssc-color-accent-contrast=#ffffff] - Text on the accent colour.
 * @cssprop [--ssc-color-focus=#0b5cad] - The focus outline.
 * @cssprop [--ssc-color-warning=#7a3e00] - Text of the stale mark and the skipped-entries notice.
 * @cssprop [--ssc-color-warning-surface=#fff4e0] - Background of the stale mark and notices.
 * @cssprop [--ssc-color-error=#a4161a] - Text and border of the error message.
 * @cssprop [--ssc-radius=0.5em] - Corner radius of cards, fields and buttons.
 * @cssprop [--ssc-space=1em] - The base spacing unit.
 * @cssprop [--ssc-font-size=1em] - The base font size: by default the size of the text around the element (at least 12px), whose font family it also takes. Every size in the element follows it.
 */
export class SocialServicesCatalogue extends LitElement {
  static override styles = [styles, printStyles];

  static override properties = {
    src: { type: String },
    municipality: { type: String },
    lang: { type: String },
    catalogue: { attribute: false },
    urlPrefix: { type: String, attribute: 'url-prefix' },
    timeout: { type: Number },
    pageSize: { type: Number, attribute: 'page-size' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    printOnlyCatalogue: { type: Boolean, attribute: 'print-only-catalogue', reflect: true },
    _query: { state: true, attribute: false },
    _filters: { state: true, attribute: false },
    _visibleCount: { state: true, attribute: false },
    _expanded: { state: true, attribute: false },
    _municipalityText: { state: true, attribute: false },
    _activeSuggestion: { state: true, attribute: false },
    _suggestionsOpen: { state: true, attribute: false },
    _filtersOpen: { state: true, attribute: false },
    _printing: { state: true, attribute: false },
    _printedAt: { state: true, attribute: false },
    _shareStatus: { state: true, attribute: false },
    _linkFallback: { state: true, attribute: false },
  };

  /** URL of the built catalogue (catalogue.json), absolute or relative to the page. */
  declare src: string | undefined;
  /** Preselects the municipality filter: a RÚIAN municipality code, a municipality name or the name of a part ("Krásno nad Bečvou"). */
  declare municipality: string | undefined;
  /**
   * Interface language: `cs` or `en`.
   * @default "cs"
   */
  declare lang: string;
  /** Catalogue data given directly instead of `src`; validated like a downloaded catalogue. */
  declare catalogue: unknown;
  /** Prefix of this instance's URL parameters, e.g. `ssc-q`; give each instance on a page its own. */
  declare urlPrefix: string;
  /**
   * How long to wait for the catalogue, in milliseconds.
   * @default 15000
   */
  declare timeout: number | undefined;
  /**
   * How many services to show before a "show more" button.
   * @default 50
   */
  declare pageSize: number | undefined;
  /**
   * Heading level of each service's name (2–6), to fit the page's outline: 2 when the element sits right
   * under the page's h1, 3 under a section heading.
   * @default 3
   */
  declare headingLevel: number | undefined;
  /**
   * Printing hides the rest of the host page (its header, menu, footer) and prints only the catalogue,
   * for sites whose own print styles would print them.
   * @default false
   */
  declare printOnlyCatalogue: boolean;

  declare private _query: string;
  declare private _filters: FilterState;
  declare private _visibleCount: number;
  /** Ids of the expanded filter option lists. */
  declare private _expanded: ReadonlySet<string>;
  declare private _municipalityText: string;
  declare private _activeSuggestion: number;
  declare private _suggestionsOpen: boolean;
  declare private _filtersOpen: boolean;
  /** From the print button or the browser's beforeprint to afterprint: the print view is rendered only then. */
  declare private _printing: boolean;
  declare private _printedAt: Date;
  /** The confirmation of the last copy or download, in the toolbar's live region. */
  declare private _shareStatus: string;
  /** The link shown in a read-only field when the clipboard refused it. */
  declare private _linkFallback: string | undefined;

  private readonly _loader = new CatalogueLoader<PreparedModel>(
    this,
    (state) => this._onLoadSettled(state),
    (catalogue) => ({ lang: this._lang, model: buildCatalogueModel(catalogue, this._lang, new Date()) }),
  );
  /** While the catalogue is checked: the view shows a service not yet checked, or could not be worked out. */
  private _uncheckedView = false;
  private readonly _url = new UrlStateController(this, () => this._onPopState());

  private _model: CatalogueModel | undefined;
  private _modelSource: unknown;
  private _modelLang: Lang | undefined;
  /** Search and municipality lookup: built in slices after the first results, or when first needed. */
  private _indexes: CatalogueIndexes | undefined;
  private _warming: AbortController | undefined;
  /** Why each result reached only through a life situation is there, by service key. */
  private _reasons: ReadonlyMap<string, SituationReason> = new Map();
  private readonly _cards = new CardCache(cachedCardLimit, () => {
    const item = document.createElement('li');
    item.className = 'result';
    item.setAttribute('part', 'result');
    return item;
  });
  private _results: ResultSet<ServiceView> | undefined;
  private _defaultView: ViewState = emptyView;
  /** The view as the address bar holds it: read from it or written to it last. */
  private _urlView: ViewState = emptyView;
  private _changePending = false;
  /** Where in the list the cards built at once start: 0, or the first of those "show more" added. */
  private _eagerFrom = 0;
  /** The next render is a catalogue's first: its cards are filled as far as the window shows them (_fillCardsOnScreen). */
  private _firstRenderOfModel = false;
  /**
   * Set when a catalogue arrives, until the task after its first paint: meanwhile the filter groups are
   * left out, so the results are painted first and the groups (hundreds of elements, and at national
   * scale the filter index) follow.
   */
  private _filterGroupsPending: Promise<void> | undefined;
  /** Settles when the cards left for after the paint are filled. */
  private _filling: Promise<void> | undefined;
  /** How the view waiting to be written to the address bar is written; undefined when nothing waits. */
  private _urlWrite: HistoryMode | undefined;
  private _urlWriteTimer: ReturnType<typeof setTimeout> | undefined;
  private _focusAfterUpdate: (() => HTMLElement | null | undefined) | undefined;
  private _revealActiveSuggestion = false;

  constructor() {
    super();
    this.urlPrefix = 'ssc-';
    this._query = '';
    this._filters = emptyFilters;
    this._visibleCount = defaultPageSize;
    this._expanded = new Set();
    this._municipalityText = '';
    this._activeSuggestion = -1;
    this._suggestionsOpen = false;
    this._filtersOpen = false;
    this.printOnlyCatalogue = false;
    this._printing = false;
    this._printedAt = new Date();
    this._shareStatus = '';
    this._linkFallback = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this._readUrl();
    window.addEventListener('beforeprint', this._onBeforePrint);
    window.addEventListener('afterprint', this._onAfterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // The last change reaches the address bar now: a removed element leaves no timer behind.
    this._writeUrl();
    this._warming?.abort();
    this._warming = undefined;
    window.removeEventListener('beforeprint', this._onBeforePrint);
    window.removeEventListener('afterprint', this._onAfterPrint);
  }

  private get _lang(): Lang {
    return resolveLang(this.lang);
  }

  private get _pageSize(): number {
    return Math.round(positiveOr(this.pageSize, defaultPageSize));
  }

  private get _headingTag(): HeadingTag {
    return serviceHeadingTag(this.headingLevel);
  }

  private get _messages(): Messages {
    return messagesFor(this._lang);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('catalogue') && this.catalogue !== undefined) this._loader.loadData(this.catalogue);
    else if ((changed.has('src') || changed.has('timeout') || changed.has('catalogue')) && this.catalogue === undefined && this.src) {
      this._loader.loadUrl(this.src, positiveOr(this.timeout, defaultTimeoutMs));
      prepareFormatters(this._lang);
    }

    const state = this._loader.state;
    // A catalogue being checked is shown from the model made of it in its language, or not yet.
    const catalogue =
      state.status === 'complete' || (state.status === 'checking' && state.prepared.lang === this._lang) ? state.catalogue : undefined;
    let viewChanged = changed.has('_query') || changed.has('_filters');
    if (catalogue !== this._modelSource || this._lang !== this._modelLang) {
      const newCatalogue = catalogue !== this._modelSource;
      this._modelSource = catalogue;
      this._modelLang = this._lang;
      const hadModel = this._model !== undefined;
      this._model = catalogue && (state.status === 'checking' ? state.prepared.model : buildCatalogueModel(catalogue, this._lang, new Date()));
      // Only a catalogue's arrival puts the filter groups after the results: another language or new data
      // renders them in place, where focus may be.
      if (this._model && !hadModel) {
        this._filterGroupsPending ??= new Promise((resolve) =>
          afterPaint(() => {
            this._filterGroupsPending = undefined;
            this.requestUpdate();
            resolve();
          }),
        );
      }
      this._warming?.abort();
      this._warming = undefined;
      this._indexes = this._model && new CatalogueIndexes(this._model, catalogue?.lifeSituations ?? []);
      this._cards.clear();
      this._firstRenderOfModel = this._model !== undefined;
      if (newCatalogue) this._resolveDefaults();
      viewChanged = true;
    } else if (changed.has('municipality') || changed.has('urlPrefix')) {
      this._resolveDefaults();
      viewChanged = true;
    }
    if (changed.has('_query') || changed.has('_filters') || changed.has('pageSize')) {
      this._visibleCount = this._pageSize;
      this._eagerFrom = 0;
    }
    if (changed.has('_query') || changed.has('_filters')) {
      // A confirmation or a link shown for the previous view would now be about another one.
      this._shareStatus = '';
      this._linkFallback = undefined;
    }
    if (changed.has('printOnlyCatalogue') && this.printOnlyCatalogue) adoptPrintIsolation(this.ownerDocument);
    if (state.status !== 'checking') {
      this._uncheckedView = false;
      if (viewChanged) this._updateResults();
      return;
    }
    // Entries not yet checked may break the search or the cards: such a view waits for the check.
    try {
      if (viewChanged) this._updateResults();
      this._uncheckedView = !this._model || !this._shownServicesValid();
    } catch {
      this._results = undefined;
      this._uncheckedView = true;
    }
  }

  /** The results of the query and filters over the model. */
  private _updateResults(): void {
    if (this._model) {
      const hits = this._query.trim() === '' ? [] : (this._indexes?.search.search(this._query) ?? []);
      // A loop, not flatMap: a one-letter query hits every service, and a pair array each is garbage.
      const reasons = new Map<string, SituationReason>();
      for (const hit of hits) if (hit.reason) reasons.set(hit.id, hit.reason);
      this._reasons = reasons;
      this._results = this._model.filterIndex.results(this._query.trim() === '' ? undefined : hits.map((hit) => hit.id), this._filters);
    } else {
      this._results = undefined;
    }
  }

  /** Whether every service the list shows passes the checks: 0.6–2 ms for a page of 50 (in Node, 7,000-service catalogue). */
  private _shownServicesValid(): boolean {
    return (this._results?.items ?? []).slice(0, this._visibleCount).every((view) => {
      const source = sourceOf(view);
      return source !== undefined && isValidEntry(source.provider, source.service);
    });
  }

  /** The load state as the page shows it: a catalogue being checked as loaded, or as loading while its view waits. */
  private _shownState(): LoadState {
    const state = this._loader.state;
    if (state.status !== 'checking') return state;
    return this._uncheckedView ? { status: 'loading' } : { status: 'complete', catalogue: state.catalogue, skipped: [] };
  }

  private get _checking(): boolean {
    return this._loader.state.status === 'checking';
  }

  /** Also waits for the cards filled after the paint: then every card of the page is complete. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this._filterGroupsPending || this._checking) {
      await (this._filterGroupsPending ?? this._loader.settled());
      complete = await super.getUpdateComplete();
    }
    while (this._filling) await this._filling;
    this._writeUrl();
    return complete;
  }

  /** Fills the cards left empty by the last render, after it has been painted. */
  private _fillCardsAfterPaint(): void {
    if (this._filling || !this._cards.waiting) return;
    this._filling = new Promise((resolve) => {
      const step = () => {
        if (this._cards.fillPending(cardsPerTask)) {
          this._filling = undefined;
          resolve();
        } else setTimeout(step);
      };
      afterPaint(step);
    });
  }

  /**
   * Fills, before a catalogue's first paint, the waiting cards the window can show; the rest are filled
   * after the paint. On a wide window that is three or four cards instead of the fixed count a change
   * builds at once, and on arrival the whole page waits for every card. It reads one box, the list's
   * (the layout the paint would do anyway), and counts from there in cards of the smallest height. Reading
   * each card's height after filling it laid the page out again for every card: 2 ms more of the real
   * catalogue's first results (27.2 against 25.4 ms, median of 12 loads each).
   */
  private _fillCardsOnScreen(): void {
    const list = this.renderRoot.querySelector('ol.list');
    const box = list?.getBoundingClientRect();
    // Not laid out (hidden, not yet in the page): every card waits for the paint.
    if (!list || !box || box.height === 0) return;
    for (const item of [...list.children].slice(0, cardsThatFit(window.innerHeight - box.top))) this._cards.fillElement(item as HTMLElement);
  }

  protected override updated(): void {
    if (this._firstRenderOfModel && !this._uncheckedView) {
      this._firstRenderOfModel = false;
      this._fillCardsOnScreen();
    }
    this._fillCardsAfterPaint();
    if (this._indexes && !this._warming && !this._checking) {
      // The first results are on screen: build the search and the municipality lookup meanwhile.
      const warming = new AbortController();
      this._warming = warming;
      const pause = () => new Promise<void>((resolve) => setTimeout(resolve));
      void this._indexes.warm(pause, warming.signal).then(() => this._warmCards(pause, warming.signal));
    }
    if (this._changePending) {
      this._changePending = false;
      const event = new CatalogueChangeEvent(this._query, this._filters, this._results?.items.length ?? 0);
      this.dispatchEvent(event);
    }
    if (this._revealActiveSuggestion) {
      this._revealActiveSuggestion = false;
      // The list box scrolls: an option chosen by arrow key below its fold must come into view.
      this._byId(`municipality-option-${this._activeSuggestion}`)?.scrollIntoView({ block: 'nearest' });
    }
    const focusTarget = this._focusAfterUpdate?.();
    this._focusAfterUpdate = undefined;
    focusTarget?.focus();
  }

  /**
   * Builds the card of every service, a few per task, when the catalogue is small enough for the cache
   * to keep them all: a keystroke then only moves cards into the list instead of building them.
   */
  private async _warmCards(pause: () => Promise<void>, signal: AbortSignal): Promise<void> {
    const services = this._model?.services ?? [];
    if (services.length > cachedCardLimit) return;
    for (let start = 0; start < services.length; start += cardsPerTask) {
      await pause();
      if (signal.aborted) return;
      for (const service of services.slice(start, start + cardsPerTask)) this._card(service, true);
    }
  }

  /** The municipality attribute resolved against the loaded catalogue, then the URL read again over it. */
  private _resolveDefaults(): void {
    const index = this.municipality ? this._indexes?.municipalities : undefined;
    const codes = index && this.municipality ? index.resolve(this.municipality) : [];
    if (index && this.municipality && codes.length === 0) {
      console.warn(`<social-services-catalogue>: no municipality "${this.municipality}" in the catalogue.`);
    }
    this._defaultView = { query: '', filters: withFilter(emptyFilters, 'municipality', codes) };
    this._readUrl();
  }

  /**
   * The view the address describes. A link written by hand may name a municipality ("?ssc-obec=Kelč")
   * as the attribute may; one the catalogue does not know is dropped rather than shown as a filter that
   * finds nothing.
   */
  private _viewInUrl(): ViewState {
    const view = readViewState(this._url.search, this.urlPrefix, this._defaultView);
    const index = this._indexes?.municipalities;
    if (!index) return view;
    const municipalities = [...new Set(view.filters.municipality.flatMap((value) => index.resolve(value)))];
    return { query: view.query, filters: withFilter(view.filters, 'municipality', municipalities) };
  }

  private _readUrl(): void {
    this._writeUrl();
    const view = this._viewInUrl();
    this._urlView = view;
    this._query = view.query;
    this._filters = view.filters;
  }

  private _onPopState(): void {
    // A jump to an anchor or another instance's Back moves through history without touching this view's
    // parameters: the view stays, and so does a write still waiting (a search typed just before).
    if (sameView(this._viewInUrl(), this._urlView)) return;
    // Back or Forward decides the view now: a write still waiting would undo it.
    this._urlWrite = undefined;
    const shown: ViewState = { query: this._query, filters: this._filters };
    this._readUrl();
    if (!sameView(shown, this._urlView)) this._changePending = true;
  }

  private _onLoadSettled(state: LoadState): void {
    if (state.status === 'complete') {
      if (state.skipped.length > 0) {
        console.warn(`<social-services-catalogue>: ${state.skipped.length} invalid entries skipped.`, state.skipped);
      }
      const serviceCount = state.catalogue.providers.reduce((sum, provider) => sum + provider.services.length, 0);
      const event = new CatalogueLoadEvent(serviceCount, state.skipped.length);
      this.dispatchEvent(event);
    } else if (state.status === 'error') {
      const event = new CatalogueErrorEvent(state.kind, state.httpStatus);
      this.dispatchEvent(event);
    }
  }

  /**
   * A new view from the user. The address bar follows at most every `urlWriteIntervalMs`, never inside
   * a keystroke's frame: writing history takes about a millisecond, and Safari refuses more than 100
   * history changes in 30 seconds, which typing with one write per keystroke reaches. Changes
   * within one interval make one history entry (a push if any of them pushes); copying the link,
   * printing and `updateComplete` write it at once.
   */
  private _commitView(query: string, filters: FilterState, mode: HistoryMode): void {
    this._query = query;
    this._filters = filters;
    this._changePending = true;
    this._urlWriteTimer ??= setTimeout(() => this._writeUrl(), urlWriteIntervalMs);
    this._urlWrite = this._urlWrite === 'push' ? 'push' : mode;
  }

  private _writeUrl(): void {
    clearTimeout(this._urlWriteTimer);
    this._urlWriteTimer = undefined;
    const mode = this._urlWrite;
    if (!mode) return;
    this._urlWrite = undefined;
    const view = { query: this._query, filters: this._filters };
    this._url.write(writeViewState(this._url.search, this.urlPrefix, view, this._defaultView), mode);
    this._urlView = view;
  }

  private _setFilter(key: FilterKey, value: string, selected: boolean): void {
    this._commitView(this._query, setFilterValue(this._filters, key, value, selected), 'push');
  }

  private _toggleExpanded(id: string): void {
    const expanded = new Set(this._expanded);
    if (!expanded.delete(id)) expanded.add(id);
    this._expanded = expanded;
  }

  private _byId<T extends HTMLElement>(id: string): T | null {
    return this.renderRoot.querySelector<T>(`#${id}`);
  }

  // ---- print and share -------------------------------------------------------------------------

  private _preparePrint(): void {
    // The printout's QR code is the address: it must show the current view.
    this._writeUrl();
    this._printedAt = new Date();
    this._printing = true;
    // Again here: the page may have replaced document.adoptedStyleSheets since the element connected.
    if (this.printOnlyCatalogue) adoptPrintIsolation(this.ownerDocument);
  }

  /** Ctrl+P (or the browser's menu) must print the same as the button: render the print view before layout. */
  private readonly _onBeforePrint = (): void => {
    this._preparePrint();
    this.performUpdate();
  };

  private readonly _onAfterPrint = (): void => {
    this._printing = false;
  };

  private async _print(): Promise<void> {
    this._preparePrint();
    await this.updateComplete;
    window.print();
  }

  /** Says `message` in the toolbar's live region, emptied first so that the same words are announced again. */
  private async _announce(message: string): Promise<void> {
    this._shareStatus = '';
    await this.updateComplete;
    this._shareStatus = message;
  }

  private async _copyLink(): Promise<void> {
    this._writeUrl();
    const url = window.location.href;
    const m = this._messages;
    try {
      // Throws where the page has no clipboard access (an insecure context, a denied permission).
      await navigator.clipboard.writeText(url);
      this._linkFallback = undefined;
      await this._announce(m.linkCopied);
    } catch {
      this._linkFallback = url;
      await this._announce(m.linkCopyFallback);
      const field = this._byId<HTMLInputElement>('share-link');
      field?.focus();
      field?.select();
    }
  }

  private _downloadCsv(): void {
    const items = this._results?.items ?? [];
    const fileName = csvFileName(this._lang, new Date());
    const url = URL.createObjectURL(new Blob([servicesCsv(items, this._lang)], { type: csvMimeType }));
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.hidden = true;
    this.renderRoot.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), downloadUrlLifetimeMs);
    void this._announce(this._messages.csvDownloading(fileName, items.length));
  }

  // ---- rendering -------------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const state = this._shownState();
    const model = this._model;
    // The filter panel's place is kept while the catalogue loads, so the results do not move when it comes.
    const withFilters = model ? model.services.length > 0 : state.status === 'loading';
    return html`
      <div class="base" lang=${this._lang}>
        ${state.status === 'error' ? nothing : this._renderSearch()}
        <div class="layout ${withFilters ? 'with-filters' : ''}">
          ${withFilters ? this._renderFilters(model) : nothing}
          <section class="results" part="results" aria-label=${this._messages.resultsLabel} aria-busy=${state.status === 'loading' ? 'true' : 'false'}>
            <div class="results-head">
              <p class="count" part="result-count" role="status">${this._statusText(state)}</p>
              ${model && model.services.length > 0 && !this._checking ? this._renderToolbar() : nothing}
            </div>
            ${model && model.services.length > 0 ? this._renderShareStatus() : nothing}
            ${this._renderBody(state)}
          </section>
        </div>
        ${this._printing ? this._renderPrintView(state) : nothing}
      </div>
    `;
  }

  private _renderToolbar(): TemplateResult {
    const m = this._messages;
    return html`
      <div class="toolbar" part="toolbar" role="group" aria-label=${m.shareToolbarLabel}>
        <button type="button" part="button print" class="button secondary small" @click=${() => void this._print()}>
          ${m.printButton}
        </button>
        <button type="button" part="button copy-link" class="button secondary small" @click=${() => void this._copyLink()}>
          ${m.copyLinkButton}
        </button>
        <button type="button" part="button download-csv" class="button secondary small" @click=${() => this._downloadCsv()}>
          ${m.downloadCsvButton}
        </button>
      </div>
    `;
  }

  private _renderShareStatus(): TemplateResult {
    const m = this._messages;
    return html`
      <p class="share-status" role="status">${this._shareStatus}</p>
      ${this._linkFallback === undefined
        ? nothing
        : html`<div class="share-link">
            <label for="share-link">${m.shareLinkLabel}</label>
            <input id="share-link" type="text" readonly .value=${live(this._linkFallback)} />
          </div>`}
    `;
  }

  private _statusText(state: LoadState): string {
    if (state.status === 'loading') return this._messages.loading;
    if (!this._model || !this._results) return '';
    return this._messages.resultCount(this._results.items.length, this._model.services.length);
  }

  private _renderSearch(): TemplateResult {
    const m = this._messages;
    return html`
      <form class="search" part="search" role="search" @submit=${(event: Event) => event.preventDefault()}>
        <label for="query">${m.searchLabel}</label>
        <input
          id="query"
          part="search-input"
          type="search"
          autocomplete="off"
          spellcheck="false"
          placeholder=${m.searchPlaceholder}
          .value=${live(this._query)}
          @input=${(event: InputEvent) => this._commitView((event.target as HTMLInputElement).value, this._filters, 'replace')}
        />
        ${this._renderSituationSuggestions()}
      </form>
    `;
  }

  private _situationLabel(label: SituationLabel): string {
    return (this._lang === 'en' ? label.en : undefined) ?? label.cs;
  }

  /** The life situations the query describes; none once the query is one of them (a suggestion was chosen). */
  private get _situationSuggestions(): CatalogueLifeSituation[] {
    if (!this._indexes || this._query.trim() === '') return [];
    const suggestions = this._indexes.search.suggest(this._query);
    const query = normalizeText(this._query);
    const chosen = suggestions.some((situation) => [situation.label.cs, situation.label.en].some((label) => label !== undefined && normalizeText(label) === query));
    return chosen ? [] : suggestions;
  }

  /** Searches for the situation itself: its label finds it first, and its services with the reason why. */
  private _applySituation(situation: CatalogueLifeSituation): void {
    this._commitView(this._situationLabel(situation.label), this._filters, 'push');
    this._focusAfterUpdate = () => this._byId('query');
  }

  private _renderSituationSuggestions(): TemplateResult | typeof nothing {
    const suggestions = this._situationSuggestions;
    if (suggestions.length === 0) return nothing;
    const m = this._messages;
    return html`
      <div class="chips" part="situations" role="group" aria-labelledby="situations-label">
        <span id="situations-label" class="hint">${m.situationSuggestionsLabel}</span>
        <ul>
          ${suggestions.map(
            (situation) => html`<li>
              <button type="button" class="chip" part="situation" @click=${() => this._applySituation(situation)}>
                ${this._situationLabel(situation.label)}
              </button>
            </li>`,
          )}
        </ul>
      </div>
    `;
  }

  private _renderBody(state: LoadState): TemplateResult | typeof nothing {
    const m = this._messages;
    if (state.status === 'loading') {
      return html`<div class="message loading" part="message"><span class="spinner" aria-hidden="true"></span></div>`;
    }
    if (state.status === 'error') {
      const retryable = state.kind === 'network' || state.kind === 'timeout' || state.kind === 'http';
      return html`
        <div class="message error" part="message" role="alert">
          <p>${m.loadError(state.kind, state.httpStatus)}</p>
          ${retryable ? html`<button type="button" part="button" class="button" @click=${() => this._loader.retry()}>${m.retry}</button>` : nothing}
        </div>
      `;
    }
    const model = this._model;
    const results = this._results;
    if (state.status !== 'complete' || !model || !results) return nothing;
    // Visitors are told of missing services; a broken life situation only leaves out a suggestion.
    const skippedServices = state.skipped.filter((skipped) => skipped.entry !== 'life-situation').length;
    return html`
      ${skippedServices > 0 ? html`<p class="message notice" part="message">${m.skipped(skippedServices)}</p>` : nothing}
      ${this._renderChips(model)}
      ${model.services.length === 0
        ? html`<p class="message" part="message">${m.emptyCatalogue}</p>`
        : results.items.length === 0
          ? this._renderNoResults()
          : this._renderList(results.items)}
      <p class="data-date" part="data-date">${m.dataOf(formatDate(this._lang, model.built))}</p>
    `;
  }

  private _renderNoResults(): TemplateResult {
    const m = this._messages;
    const hasQuery = this._query.trim() !== '';
    const hasFilters = hasActiveFilters(this._filters);
    const clear = (query: boolean, filters: boolean) => () => {
      this._commitView(query ? '' : this._query, filters ? emptyFilters : this._filters, 'push');
      this._focusAfterUpdate = () => this._byId('query');
    };
    return html`
      <div class="message empty" part="message">
        <p>${m.noResults}</p>
        <p class="actions">
          ${hasQuery && hasFilters ? html`<button type="button" part="button" class="button" @click=${clear(true, true)}>${m.clearEverything}</button>` : nothing}
          ${hasQuery ? html`<button type="button" part="button" class="button secondary" @click=${clear(true, false)}>${m.clearQuery}</button>` : nothing}
          ${hasFilters ? html`<button type="button" part="button" class="button secondary" @click=${clear(false, true)}>${m.clearFilters}</button>` : nothing}
        </p>
      </div>
    `;
  }

  private _optionLabel(key: FilterKey, code: string): string {
    // A municipality is named by the catalogue's list: the filter options (and the filter index they
    // come from) need not be built for a preset municipality's chip.
    if (key === 'municipality') return this._indexes?.municipalities.byCode(code)?.name ?? code;
    return this._model?.filterOptions[key].find((o) => o.code === code)?.label ?? code;
  }

  private _renderChips(model: CatalogueModel): TemplateResult | typeof nothing {
    if (model.services.length === 0) return nothing;
    const m = this._messages;
    const active = activeFilterValues(this._filters);
    if (active.length === 0) return nothing;
    const remove = (index: number, key: FilterKey, value: string) => {
      this._setFilter(key, value, false);
      this._focusAfterUpdate = () => {
        const chips = this.renderRoot.querySelectorAll<HTMLElement>('.chip');
        return chips[Math.min(index, chips.length - 1)] ?? this._byId('query');
      };
    };
    return html`
      <div class="chips" part="chips">
        <ul aria-label=${m.activeFiltersLabel}>
          ${active.map(({ key, value }, index) => {
            const text = `${m.filterLegend[key]}: ${this._optionLabel(key, value)}`;
            return html`<li>
              <button type="button" class="chip" part="chip" aria-label=${m.removeFilter(m.filterLegend[key], this._optionLabel(key, value))} @click=${() => remove(index, key, value)}>
                <span>${text}</span><span class="chip-x" aria-hidden="true">×</span>
              </button>
            </li>`;
          })}
        </ul>
        <button
          type="button"
          part="button"
          class="button secondary small"
          @click=${() => {
            this._commitView(this._query, emptyFilters, 'push');
            this._focusAfterUpdate = () => this._byId('query');
          }}
        >
          ${m.clearAllFilters}
        </button>
      </div>
    `;
  }

  // ---- print view ------------------------------------------------------------------------------

  /**
   * The printed page: a heading with the search and filters in words, both dates and a QR code of the
   * link, then every filtered service (not only the page the screen shows) as labelled plain text.
   */
  private _renderPrintView(state: LoadState): TemplateResult {
    const m = this._messages;
    const lang = this._lang;
    const model = this._model;
    const results = this._results;
    if (!model || !results || this._checking) {
      const text = state.status === 'error' ? m.loadError(state.kind, state.httpStatus) : m.loading;
      return html`<div class="print-only print-view"><p>${text}</p></div>`;
    }
    const summary = printSummary({
      lang,
      query: this._query,
      filters: this._filters,
      labelOf: (key, code) => this._optionLabel(key, code),
      printedAt: this._printedAt,
      catalogueDate: model.built,
    });
    const qr = createQrSvg(window.location.href);
    return html`
      <div class="print-only print-view">
        <header class="print-header">
          <div class="print-title">
            <h2 class="print-heading">${summary.heading}</h2>
            <p class="print-criteria">${summary.criteriaText}</p>
            <p class="print-dates">${summary.printedOn}${criteriaSeparator}${summary.dataOf}</p>
            <p class="print-count">${m.resultCount(results.items.length, model.services.length)}</p>
          </div>
          ${qr
            ? html`<figure class="print-qr-figure">
                ${qrTemplate(qr, summary.qrLabel)}
                <figcaption>${summary.qrCaption}</figcaption>
              </figure>`
            : nothing}
        </header>
        ${results.items.length === 0
          ? html`<p>${m.noResults}</p>`
          : html`<ol class="print-list">
              ${results.items.map(
                (service) => html`<li class="print-service">
                  <h3>${service.name}</h3>
                  <dl class="print-facts">
                    ${serviceFields(service, lang, { dates: 'long' })
                      .filter((field) => field.key !== 'name' && field.value !== '')
                      .map((field) => html`<div><dt>${field.label}</dt><dd>${field.value}</dd></div>`)}
                  </dl>
                  ${service.stale ? html`<p class="print-warning">${service.reviewed ? m.stale : m.unconfirmed}</p>` : nothing}
                </li>`,
              )}
            </ol>`}
      </div>
    `;
  }

  // ---- filters ---------------------------------------------------------------------------------

  /** The panel with its toggle; the groups once a catalogue is shown (see _filterGroupsPending). */
  private _renderFilters(model: CatalogueModel | undefined): TemplateResult {
    const m = this._messages;
    const activeCount = activeFilterValues(this._filters).length;
    return html`
      <section class="filters" part="filters" aria-label=${m.filtersLabel}>
        <button
          type="button"
          class="filters-toggle button secondary"
          part="button"
          aria-expanded=${this._filtersOpen ? 'true' : 'false'}
          aria-controls="filter-groups"
          @click=${() => (this._filtersOpen = !this._filtersOpen)}
        >
          ${m.filtersLabel}${activeCount > 0 ? ` (${formatNumber(this._lang, activeCount)})` : ''}
        </button>
        <div id="filter-groups" class="filter-groups ${this._filtersOpen ? 'open' : ''}">
          ${model && !this._filterGroupsPending && !this._checking ? this._renderFilterGroups(model) : nothing}
        </div>
      </section>
    `;
  }

  private _renderFilterGroups(model: CatalogueModel): TemplateResult {
    const m = this._messages;
    const options = model.filterOptions;
    const kinds = groupKinds(options.kind.map((kind) => ({ ...kind, group: options.kindGroups[kind.code] ?? 'care' })));
    const simpleFilters: FilterKey[] = ['targetGroup', 'form', 'ageGroup'];
    return html`
      ${this._renderMunicipalityFilter()}
      ${options.kind.length > 0
        ? html`<fieldset class="filter" part="filter">
            <legend>${m.filterLegend.kind}</legend>
            ${kinds.map(
              (group) => html`<fieldset class="subgroup">
                <legend>${m.kindGroup[group.group]}</legend>
                ${this._renderOptions('kind', group.kinds, `kind-${group.group}`)}
              </fieldset>`,
            )}
          </fieldset>`
        : nothing}
      ${simpleFilters.map((key) =>
        options[key].length > 0
          ? html`<fieldset class="filter" part="filter">
              <legend>${m.filterLegend[key]}</legend>
              ${this._renderOptions(key, options[key], `options-${key}`)}
            </fieldset>`
          : nothing,
      )}
    `;
  }

  private _renderOptions(key: FilterKey, options: ReadonlyArray<Labelled<string>>, listId: string): TemplateResult {
    const m = this._messages;
    const counts = this._results?.facets[key];
    const selected = this._filters[key];
    const collapsible = options.length > collapsedOptionCount + 2;
    const expanded = this._expanded.has(listId);
    const visible =
      collapsible && !expanded ? options.filter((o, i) => i < collapsedOptionCount || selected.includes(o.code)) : options;
    const toggleId = `${listId}-toggle`;
    const checkboxOf = (code: string) => () => this.renderRoot.querySelector<HTMLElement>(`#${listId} input[value="${CSS.escape(code)}"]`);
    const onChange = (code: string, checked: boolean, index: number) => {
      this._setFilter(key, code, checked);
      // An option shown only because it was ticked goes when unticked: focus moves to the list's button, not to the page.
      if (!checked && collapsible && !expanded && index >= collapsedOptionCount) this._focusAfterUpdate = () => this._byId(toggleId);
    };
    const onToggle = () => {
      // Opening moves focus to the first option it shows, so that Tab goes on through the options, not past them.
      const firstNew = expanded ? undefined : options.find((option) => !visible.includes(option));
      this._toggleExpanded(listId);
      if (firstNew) this._focusAfterUpdate = checkboxOf(firstNew.code);
    };
    return html`
      <ul class="options" id=${listId}>
        ${repeat(
          visible,
          (option) => option.code,
          (option) => {
            const count = counts?.get(option.code) ?? 0;
            return html`<li>
              <label class="option ${count === 0 ? 'zero' : ''}">
                <input
                  type="checkbox"
                  value=${option.code}
                  .checked=${live(selected.includes(option.code))}
                  @change=${(event: Event) => onChange(option.code, (event.target as HTMLInputElement).checked, options.indexOf(option))}
                />
                <span class="option-label">${option.label}</span>
                <span class="option-count"><span class="visually-hidden">, </span>${formatNumber(this._lang, count)}</span>
              </label>
            </li>`;
          },
        )}
      </ul>
      ${collapsible
        ? html`<button
            type="button"
            id=${toggleId}
            part="button"
            class="link-button"
            aria-expanded=${expanded ? 'true' : 'false'}
            aria-controls=${listId}
            @click=${onToggle}
          >
            ${expanded ? m.showFewerOptions : m.showMoreOptions(options.length - visible.length)}
          </button>`
        : nothing}
    `;
  }

  /** The municipalities the typed text finds: those to offer, and those it finds already selected. */
  private get _municipalityMatches(): { suggestions: MunicipalitySuggestion[]; selected: MunicipalitySuggestion[] } {
    if (!this._indexes || this._municipalityText.trim() === '') return { suggestions: [], selected: [] };
    const index = this._indexes.municipalities;
    const selected = new Set(this._filters.municipality);
    const matches = index.suggest(this._municipalityText, suggestionLimit + selected.size);
    return {
      suggestions: matches.filter((s) => !selected.has(s.code)).slice(0, suggestionLimit),
      selected: matches.filter((s) => selected.has(s.code)),
    };
  }

  private _pickMunicipality(code: string): void {
    this._municipalityText = '';
    this._suggestionsOpen = false;
    this._activeSuggestion = -1;
    this._setFilter('municipality', code, true);
  }

  private _onMunicipalityKeydown(event: KeyboardEvent): void {
    const { suggestions } = this._municipalityMatches;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        this._suggestionsOpen = suggestions.length > 0;
        this._activeSuggestion = Math.min(this._activeSuggestion + 1, suggestions.length - 1);
        this._revealActiveSuggestion = true;
        break;
      case 'ArrowUp':
        event.preventDefault();
        this._activeSuggestion = Math.max(this._activeSuggestion - 1, 0);
        this._revealActiveSuggestion = true;
        break;
      case 'Enter': {
        const picked = suggestions[Math.max(this._activeSuggestion, 0)];
        if (this._suggestionsOpen && picked) {
          event.preventDefault();
          this._pickMunicipality(picked.code);
        }
        break;
      }
      case 'Escape':
        if (this._suggestionsOpen) {
          event.preventDefault();
          this._suggestionsOpen = false;
          this._activeSuggestion = -1;
        } else if (this._municipalityText) {
          event.preventDefault();
          this._municipalityText = '';
        }
        break;
    }
  }

  private _renderMunicipalityFilter(): TemplateResult {
    const m = this._messages;
    const counts = this._results?.facets.municipality;
    const selected = this._filters.municipality;
    const { suggestions, selected: alreadySelected } = this._municipalityMatches;
    const open = this._suggestionsOpen && suggestions.length > 0;
    const active = open ? this._activeSuggestion : -1;
    const noMatch = this._municipalityText.trim() !== '' && suggestions.length === 0;
    const [selectedMatch] = alreadySelected;
    // A regional catalogue lists its municipalities as checkboxes; a national one only those selected.
    const served = this._model?.filterOptions.municipality ?? [];
    const listed = served.length <= listedMunicipalityLimit ? served : [];
    const municipalityOptions = [
      ...listed,
      ...selected
        .filter((code) => !listed.some((option) => option.code === code))
        .map((code) => ({ code, label: this._optionLabel('municipality', code) })),
    ];
    return html`
      <fieldset class="filter" part="filter">
        <legend>${m.filterLegend.municipality}</legend>
        ${municipalityOptions.length > 0 ? this._renderOptions('municipality', municipalityOptions, 'options-municipality') : nothing}
        <div class="combobox">
          <label for="municipality-input">${m.municipalityInputLabel}</label>
          <input
            id="municipality-input"
            type="text"
            role="combobox"
            autocomplete="off"
            spellcheck="false"
            aria-autocomplete="list"
            aria-controls="municipality-listbox"
            aria-expanded=${open ? 'true' : 'false'}
            aria-activedescendant=${active >= 0 ? `municipality-option-${active}` : nothing}
            aria-describedby=${noMatch ? 'municipality-no-match' : nothing}
            .value=${live(this._municipalityText)}
            @input=${(event: InputEvent) => {
              this._municipalityText = (event.target as HTMLInputElement).value;
              this._suggestionsOpen = true;
              this._activeSuggestion = -1;
            }}
            @keydown=${(event: KeyboardEvent) => this._onMunicipalityKeydown(event)}
            @blur=${() => {
              this._suggestionsOpen = false;
              this._activeSuggestion = -1;
            }}
          />
          <ul id="municipality-listbox" role="listbox" aria-label=${m.municipalitySuggestionsLabel} ?hidden=${!open}>
            ${suggestions.map(
              (suggestion, index) => html`<li
                id="municipality-option-${index}"
                role="option"
                aria-selected=${index === active ? 'true' : 'false'}
                class=${index === active ? 'active' : ''}
                @pointerdown=${(event: Event) => event.preventDefault()}
                @click=${() => this._pickMunicipality(suggestion.code)}
              >
                <span class="suggestion-name"
                  >${suggestion.part ? m.municipalityPartOf(suggestion.part, suggestion.name) : suggestion.name}</span
                >
                <span class="option-count"><span class="visually-hidden">, </span>${formatNumber(this._lang, counts?.get(suggestion.code) ?? 0)}</span>
              </li>`,
            )}
          </ul>
          ${noMatch
            ? html`<p class="hint" id="municipality-no-match">
                ${selectedMatch ? m.municipalityAlreadySelected(selectedMatch.name) : m.municipalityNoMatch}
              </p>`
            : nothing}
        </div>
      </fieldset>
    `;
  }

  // ---- results ---------------------------------------------------------------------------------

  private _renderList(items: readonly ServiceView[]): TemplateResult {
    const m = this._messages;
    const shown = items.slice(0, this._visibleCount);
    const eagerTo = this._eagerFrom + cardsThatFit(window.innerHeight);
    const mayBeOnScreen = (index: number) => index >= this._eagerFrom && index < eagerTo;
    const remaining = items.length - shown.length;
    const showMore = () => {
      const firstNew = shown.length;
      this._visibleCount += this._pageSize;
      this._eagerFrom = firstNew;
      this._focusAfterUpdate = () => this.renderRoot.querySelectorAll<HTMLElement>('.result > article')[firstNew];
    };
    return html`
      <ol
        class="list"
        ${arrangedChildren(
          shown.map((service, index) => this._card(service, !this._firstRenderOfModel && mayBeOnScreen(index))),
          (card, index) => mayBeOnScreen(index) && contentSkipped(card),
        )}
      ></ol>
      ${remaining > 0
        ? html`<p class="more">
            <span class="muted">${m.shownOf(shown.length, items.length)}</span>
            <button type="button" part="button" class="button secondary" @click=${showMore}>
              ${m.showMoreResults(Math.min(remaining, this._pageSize))}
            </button>
          </p>`
        : nothing}
    `;
  }

  /**
   * A service's card, built again only when something it shows has changed; now, or after the paint.
   * The reason line follows the query, so it is set apart from the rest: on a card filled later, when
   * it is filled (with the reason of that moment).
   */
  private _card(service: ServiceView, now: boolean): HTMLElement {
    const card = this._cards.card(
      service.key,
      [service, this._lang, this._headingTag],
      (element, serial) => {
        fillServiceCard(element, service, { lang: this._lang, messages: this._messages, serial, headingTag: this._headingTag });
        setCardReason(element, this._cardReason(service), this._messages);
      },
      !now,
    );
    setCardReason(card, this._cardReason(service), this._messages);
    return card;
  }

  private _cardReason(service: ServiceView): CardReason | undefined {
    const reason = this._reasons.get(service.key);
    return reason && { situation: this._situationLabel(reason.situationLabel), kind: service.kind?.label ?? '' };
  }
}

/**
 * A page's first Intl collator, number format, plural rules and date format load locale data when they
 * are created (17, 16, 2 and 5–10 ms here): they are made while the catalogue downloads rather than when
 * its results are drawn, each in a task of its own so that no one task grows long.
 */
function prepareFormatters(lang: Lang): void {
  const steps = [
    () => compareCzech('', ''),
    () => formatNumber(lang, 0),
    () => selectPlural(lang, 0, { other: '' }),
    () => formatDate(lang, '2000-01-01'),
  ];
  for (const step of steps) setTimeout(step);
}

/**
 * Runs `callback` in a task after the next frame is painted, or after 100 ms where no frames come
 * (a hidden tab, a printout being prepared).
 */
function afterPaint(callback: () => void): void {
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    setTimeout(callback);
  };
  requestAnimationFrame(start);
  setTimeout(start, 100);
}

declare global {
  interface HTMLElementTagNameMap {
    'social-services-catalogue': SocialServicesCatalogue;
  }
}
