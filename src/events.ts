/**
 * The element's events: typed Event subclasses that bubble and cross the shadow boundary, so a host page
 * can listen on the element or on document.
 */
import type { FilterState } from './filters/state.js';
import type { LoadErrorKind } from './i18n/messages.js';

const options: EventInit = { bubbles: true, composed: true };

/** The catalogue was loaded and is shown; some entries may have been skipped as invalid. */
export class CatalogueLoadEvent extends Event {
  static readonly eventName = 'catalogue-load';
  readonly serviceCount: number;
  readonly skippedCount: number;

  constructor(serviceCount: number, skippedCount: number) {
    super(CatalogueLoadEvent.eventName, options);
    this.serviceCount = serviceCount;
    this.skippedCount = skippedCount;
  }
}

/** The catalogue could not be loaded or is not a catalogue; the element shows a message. */
export class CatalogueErrorEvent extends Event {
  static readonly eventName = 'catalogue-error';
  readonly kind: LoadErrorKind;
  /** The HTTP status, when the server answered with an error. */
  readonly status: number | undefined;

  constructor(kind: LoadErrorKind, status?: number) {
    super(CatalogueErrorEvent.eventName, options);
    this.kind = kind;
    this.status = status;
  }
}

/** The user changed the search or the filters (also by going back or forward in history). */
export class CatalogueChangeEvent extends Event {
  static readonly eventName = 'catalogue-change';
  readonly query: string;
  readonly filters: FilterState;
  readonly resultCount: number;

  constructor(query: string, filters: FilterState, resultCount: number) {
    super(CatalogueChangeEvent.eventName, options);
    this.query = query;
    this.filters = filters;
    this.resultCount = resultCount;
  }
}

declare global {
  interface HTMLElementEventMap {
    'catalogue-load': CatalogueLoadEvent;
    'catalogue-error': CatalogueErrorEvent;
    'catalogue-change': CatalogueChangeEvent;
  }
}
