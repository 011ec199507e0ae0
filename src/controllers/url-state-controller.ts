/**
 * Keeps the element's view in the page URL: reads the query string, writes it back with
 * history.replaceState (while typing) or pushState (a filter change, so Back undoes it), and reports
 * popstate (Back and Forward) to the host. Listeners are removed when the element is.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type HistoryMode = 'push' | 'replace';

export class UrlStateController implements ReactiveController {
  private readonly onPopState: () => void;

  constructor(host: ReactiveControllerHost, onPopState: () => void) {
    this.onPopState = onPopState;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.onPopState);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.onPopState);
  }

  /** The page's current query string. */
  get search(): string {
    return window.location.search;
  }

  /** The current URL with this query string; unchanged URLs add no history entry. */
  write(search: string, mode: HistoryMode): void {
    if (search === window.location.search) return;
    const url = `${window.location.pathname}${search}${window.location.hash}`;
    // Keep the host's history state: single-page routers store their own data there.
    try {
      if (mode === 'push') window.history.pushState(window.history.state, '', url);
      else window.history.replaceState(window.history.state, '', url);
    } catch {
      // Refused (Safari limits history changes to 100 in 30 s, counting the page's own): the next
      // change writes the whole view again.
    }
  }
}
