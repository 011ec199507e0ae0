/**
 * Loads the catalogue for the element: from a URL (fetch with an AbortSignal and a timeout) or from data
 * given directly, validated by parseCatalogueInSlices either way (a big catalogue does not freeze the page). Only the newest request may settle: starting
 * another load aborts the previous one, and a response that arrives late is dropped.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Catalogue } from '../generated/catalogue-types.js';
import { parseCatalogueInSlices, type SkippedEntry } from '../catalogue/parse.js';
import type { LoadErrorKind } from '../i18n/messages.js';

export type LoadState =
  | { readonly status: 'idle' }
  | { readonly status: 'loading' }
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

export class CatalogueLoader implements ReactiveController {
  state: LoadState = { status: 'idle' };
  private readonly host: ReactiveControllerHost;
  private readonly onSettled: (state: LoadState) => void;
  private source: Source | undefined;
  private abortController: AbortController | undefined;
  private generation = 0;

  constructor(host: ReactiveControllerHost, onSettled: (state: LoadState) => void) {
    this.host = host;
    this.onSettled = onSettled;
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

  hostConnected(): void {
    // A load cut short by removing the element resumes when it is added again.
    if (this.source && this.state.status === 'idle') this.start();
  }

  hostDisconnected(): void {
    if (this.state.status === 'loading') {
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
    this.state = { status: 'loading' };
    this.host.requestUpdate();
    const abortController = new AbortController();
    this.abortController = abortController;
    void this.run(source, abortController).then((state) => {
      if (generation !== this.generation) return;
      this.abortController = undefined;
      this.state = state;
      this.host.requestUpdate();
      this.onSettled(state);
    });
  }

  private async run(source: Source, abortController: AbortController): Promise<LoadState> {
    try {
      const data = 'data' in source ? source.data : await fetchJson(source.url, source.timeoutMs, abortController);
      const parsed = await parseCatalogueInSlices(data, abortController.signal);
      if (!parsed.ok) return { status: 'error', kind: parsed.error };
      return { status: 'complete', catalogue: parsed.catalogue, skipped: parsed.skipped };
    } catch (error) {
      if (error instanceof LoadError) return { status: 'error', kind: error.kind, httpStatus: error.httpStatus };
      return { status: 'error', kind: 'network' };
    }
  }
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
