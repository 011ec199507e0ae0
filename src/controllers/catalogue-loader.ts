/**
 * Loads the catalogue for the element: from a URL (fetch with an AbortSignal and a timeout) or from data
 * given directly, validated by parseCatalogueInSlices either way (a big catalogue does not freeze the page).
 * A fetched catalogue may be shown while it is checked (the 'checking' state). Only the newest request
 * may settle: starting another load aborts the previous one, and a response that arrives late is dropped.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Catalogue } from '../generated/catalogue-types.js';
import { frameIsValid, parseCatalogueInSlices, type CatalogueParseResult, type SkippedEntry } from '../catalogue/parse.js';
import type { LoadErrorKind } from '../i18n/messages.js';

export type LoadState<Prepared = unknown> =
  | { readonly status: 'idle' }
  | { readonly status: 'loading' }
  /**
   * A fetched catalogue whose frame (envelope, life situations) has passed the checks while its entries
   * are still being checked: `prepared` is what the host made of it meanwhile, to show services that
   * it checks one by one.
   */
  | { readonly status: 'checking'; readonly catalogue: Catalogue; readonly prepared: Prepared }
  | { readonly status: 'complete'; readonly catalogue: Catalogue; readonly skipped: readonly SkippedEntry[] }
  | { readonly status: 'error'; readonly kind: LoadErrorKind; readonly httpStatus?: number };

type Source = { readonly url: string; readonly timeoutMs: number } | { readonly data: unknown };

class LoadError extends Error {
  constructor(
    readonly kind: LoadErrorKind,
    readonly httpStatus?: number,
  ) {
    super(kind);
  }
}

export class CatalogueLoader<Prepared = never> implements ReactiveController {
  state: LoadState<Prepared> = { status: 'idle' };
  private readonly host: ReactiveControllerHost;
  private readonly onSettled: (state: LoadState<Prepared>) => void;
  private readonly prepare: ((catalogue: Catalogue) => Prepared) | undefined;
  private source: Source | undefined;
  private abortController: AbortController | undefined;
  private generation = 0;
  private running: Promise<void> = Promise.resolve();

  /**
   * `prepare` makes what the host shows of a fetched catalogue (its model) before the entries are
   * checked, so a big catalogue's first results need not wait for the check (about 100 ms at 7,000
   * services). It may get entries that turn out invalid, and may throw on them.
   */
  constructor(host: ReactiveControllerHost, onSettled: (state: LoadState<Prepared>) => void, prepare?: (catalogue: Catalogue) => Prepared) {
    this.host = host;
    this.onSettled = onSettled;
    this.prepare = prepare;
    host.addController(this);
  }

  /** Fetches the catalogue at `url` (relative to the page), giving up after `timeoutMs`. */
  loadUrl(url: string, timeoutMs: number): void {
    this.source = { url, timeoutMs };
    this.start();
  }

  /** Validates and shows catalogue data given directly (the element's `catalogue` property). */
  loadData(data: unknown): void {
    this.source = { data };
    this.start();
  }

  /** Loads the last source again (the retry button). */
  retry(): void {
    this.start();
  }

  /** Resolves when the load under way has settled (or been replaced). */
  settled(): Promise<void> {
    return this.running;
  }

  hostConnected(): void {
    // A load cut short by removing the element resumes when it is added again.
    if (this.source && this.state.status === 'idle') this.start();
  }

  hostDisconnected(): void {
    if (this.state.status === 'loading' || this.state.status === 'checking') {
      this.cancel();
      this.state = { status: 'idle' };
    }
  }

  private cancel(): void {
    this.generation++;
    this.abortController?.abort();
    this.abortController = undefined;
  }

  private start(): void {
    const source = this.source;
    if (!source) return;
    this.cancel();
    const generation = this.generation;
    const show = (state: LoadState<Prepared>): boolean => {
      if (generation !== this.generation) return false;
      this.state = state;
      this.host.requestUpdate();
      return true;
    };
    show({ status: 'loading' });
    const abortController = new AbortController();
    this.abortController = abortController;
    this.running = this.run(source, abortController, show).then((state) => {
      if (!show(state)) return;
      this.abortController = undefined;
      this.onSettled(state);
    });
  }

  private async run(
    source: Source,
    abortController: AbortController,
    show: (state: LoadState<Prepared>) => boolean,
  ): Promise<LoadState<Prepared>> {
    const { signal } = abortController;
    try {
      if ('data' in source) return validated(await parseCatalogueInSlices(source.data, signal));
      const data = await fetchJson(source.url, source.timeoutMs, abortController);
      await yieldToInput(signal);
      const prepared = frameIsValid(data) ? this.prepareUnchecked(data as Catalogue) : undefined;
      if (prepared) {
        await yieldToInput(signal);
        show({ status: 'checking', catalogue: data as Catalogue, prepared: prepared.value });
        // The host renders its first results before the check's first slice.
        await new Promise((resolve) => setTimeout(resolve));
        signal.throwIfAborted();
      }
      const parsed = await parseCatalogueInSlices(data, signal);
      // All valid: the checked catalogue is the one shown, entry for entry, so the host keeps what it made.
      if (prepared && parsed.ok && parsed.skipped.length === 0) return { status: 'complete', catalogue: data as Catalogue, skipped: [] };
      return validated(parsed);
    } catch (error) {
      if (error instanceof LoadError) return { status: 'error', kind: error.kind, httpStatus: error.httpStatus };
      return { status: 'error', kind: 'network' };
    }
  }

  private prepareUnchecked(catalogue: Catalogue): { readonly value: Prepared } | undefined {
    if (!this.prepare) return undefined;
    try {
      return { value: this.prepare(catalogue) };
    } catch {
      // An entry the check will reject: the host shows the catalogue once it is checked.
      return undefined;
    }
  }
}

/**
 * Lets the page answer input between the steps of a catalogue's arrival: parsing (about 100 ms at 7,000
 * services), building the model, drawing the first results. In one task, that was 200 ms in which no
 * keystroke or click on the page was answered. Only where the browser has scheduler.yield(), which
 * resumes ahead of the other queued tasks: after a plain timeout, Chromium first ran its other queued
 * work, and the first results came 60–140 ms later. Elsewhere the steps stay in one task.
 */
async function yieldToInput(signal: AbortSignal): Promise<void> {
  if (!('scheduler' in globalThis) || typeof scheduler.yield !== 'function') return;
  await scheduler.yield();
  signal.throwIfAborted();
}

function validated(parsed: CatalogueParseResult): LoadState<never> {
  if (!parsed.ok) return { status: 'error', kind: parsed.error };
  return { status: 'complete', catalogue: parsed.catalogue, skipped: parsed.skipped };
}

async function fetchJson(url: string, timeoutMs: number, abortController: AbortController): Promise<unknown> {
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    abortController.abort();
  }, timeoutMs);
  try {
    let response: Response;
    try {
      response = await fetch(url, { signal: abortController.signal, headers: { accept: 'application/json' } });
    } catch {
      throw new LoadError(timedOut ? 'timeout' : 'network');
    }
    if (!response.ok) throw new LoadError('http', response.status);
    let text: string;
    try {
      text = await readText(response);
    } catch {
      throw new LoadError(timedOut ? 'timeout' : 'network');
    }
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw new LoadError('not-json');
    }
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The body as text, decoded as it arrives: the same UTF-8 decoding as response.text() (BOM dropped, bad
 * bytes replaced, a character split between two chunks kept whole), but the decoding (about 60 ms for a
 * 10 MB catalogue in Chromium, and response.text() takes longer still) happens while the rest downloads
 * instead of after the last byte, in small pieces instead of one long task.
 */
async function readText(response: Response): Promise<string> {
  const decoder = new TextDecoder();
  if (!response.body) return decoder.decode(await response.arrayBuffer());
  const reader = response.body.getReader();
  const parts: string[] = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(decoder.decode(value, { stream: true }));
  }
  parts.push(decoder.decode());
  return parts.join('');
}
