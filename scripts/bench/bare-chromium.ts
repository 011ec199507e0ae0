/**
 * A headless Chromium driven over a bare DevTools pipe, for timing a page load as a visitor's browser
 * does it. Playwright enables the DevTools Network domain on every page it drives, and Chromium then
 * keeps and decodes a copy of each response for the inspector, on the page's main thread, after the
 * last byte: a task of ~30–70 ms after a 10 MB catalogue arrives, which a visitor's browser never runs.
 * In this browser, 9 loads each alternated, first results at 7,000 services took 381 and 365 ms
 * (median, two runs) without the Network domain and 439 and 417 ms with it; at 700 services, no
 * difference. Here only the page is driven: navigate, then wait for the instrument script's first results.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { instrumentScript } from './browser-page.js';

export interface BareChromium {
  /** Opens `pageUrl` in a fresh context; resolves with the time from the catalogue's last byte to the first results. */
  firstResults(pageUrl: string, catalogueUrl: string): Promise<number>;
  close(): Promise<void>;
}

interface Reply {
  readonly id?: number;
  readonly result?: Record<string, unknown>;
  readonly error?: { readonly message: string };
}

/** The same page as the other measurements: window size, language and time zone. */
const VIEWPORT = { width: 1280, height: 900, deviceScaleFactor: 1, mobile: false };
const LOCALE = 'cs-CZ';
const TIME_ZONE = 'Europe/Prague';
const LOAD_TIMEOUT_MS = 60_000;
/** How often to look whether the navigation has put the bench page in place of about:blank, or the catalogue's timing is there. */
const POLL_MS = 20;

export function launchBareChromium(executablePath: string): BareChromium {
  const profile = mkdtempSync(join(tmpdir(), 'ssc-bench-'));
  const browser = spawn(
    executablePath,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--hide-scrollbars',
      '--disable-background-networking',
      '--disable-background-timer-throttling',
      '--disable-backgrounding-occluded-windows',
      '--disable-renderer-backgrounding',
      '--disable-extensions',
      '--disable-component-update',
      '--no-first-run',
      '--no-default-browser-check',
      '--remote-debugging-pipe',
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    // The DevTools pipe is file descriptors 3 (commands to the browser) and 4 (its replies and events).
    { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] },
  );
  const commands = browser.stdio[3] as Writable;
  const replies = browser.stdio[4] as Readable;
  const pending = new Map<number, { resolve: (result: Record<string, unknown>) => void; reject: (error: Error) => void }>();
  let lastId = 0;
  let buffered = '';
  replies.setEncoding('utf8');
  replies.on('data', (text: string) => {
    buffered += text;
    // Messages are JSON, each ended by a NUL character.
    for (let end = buffered.indexOf('\0'); end >= 0; end = buffered.indexOf('\0')) {
      const reply = JSON.parse(buffered.slice(0, end)) as Reply;
      buffered = buffered.slice(end + 1);
      if (reply.id === undefined) continue;
      const waiting = pending.get(reply.id);
      pending.delete(reply.id);
      if (reply.error) waiting?.reject(new Error(reply.error.message));
      else waiting?.resolve(reply.result ?? {});
    }
  });
  // Why the browser is gone, once it is: every waiting and later command fails with it.
  let gone: Error | undefined;
  const exited = new Promise<void>((resolve) => {
    browser.once('error', (error) => {
      gone ??= new Error(`Chromium (${executablePath}) could not run: ${error.message}`);
    });
    browser.once('close', () => {
      gone ??= new Error('Chromium exited');
      for (const waiting of pending.values()) waiting.reject(gone);
      pending.clear();
      rmSync(profile, { recursive: true, force: true });
      resolve();
    });
  });
  // A write after the browser has gone fails through `gone`, not as an unhandled stream error.
  commands.on('error', () => undefined);

  const send = (method: string, params: object = {}, sessionId?: string): Promise<Record<string, unknown>> =>
    new Promise((resolve, reject) => {
      if (gone) {
        reject(gone);
        return;
      }
      const id = ++lastId;
      pending.set(id, { resolve, reject });
      commands.write(`${JSON.stringify({ id, method, params, ...(sessionId === undefined ? {} : { sessionId }) })}\0`);
    });

  const evaluate = async (expression: string, sessionId: string): Promise<unknown> => {
    const { result, exceptionDetails } = (await send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true }, sessionId)) as {
      result?: { value?: unknown };
      exceptionDetails?: { text: string };
    };
    if (exceptionDetails) throw new Error(exceptionDetails.text);
    return result?.value;
  };

  const load = async (pageUrl: string, catalogueUrl: string, sessionId: string): Promise<number> => {
    await send('Emulation.setDeviceMetricsOverride', VIEWPORT, sessionId);
    await send('Emulation.setLocaleOverride', { locale: LOCALE }, sessionId);
    await send('Emulation.setTimezoneOverride', { timezoneId: TIME_ZONE }, sessionId);
    await send('Page.enable', {}, sessionId);
    await send('Page.addScriptToEvaluateOnNewDocument', { source: instrumentScript }, sessionId);
    await send('Page.navigate', { url: pageUrl }, sessionId);
    while ((await evaluate(`location.href === ${JSON.stringify(pageUrl)} && 'firstResultsShown' in (window.__bench ?? {})`, sessionId)) !== true) {
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
    // The catalogue's Resource Timing entry is added once the browser has closed the request, which can
    // be after a small catalogue's first results.
    const time = await evaluate(
      `window.__bench.firstResultsShown.then(() => new Promise((resolve) => {
        const read = () => {
          const arrival = window.__bench.arrival(${JSON.stringify(catalogueUrl)});
          if (arrival === undefined) setTimeout(read, ${POLL_MS});
          else resolve(window.__bench.firstResults - arrival);
        };
        read();
      }))`,
      sessionId,
    );
    if (typeof time !== 'number') throw new Error(`no first results time on ${pageUrl}`);
    return time;
  };

  return {
    async firstResults(pageUrl, catalogueUrl) {
      const { browserContextId } = await send('Target.createBrowserContext');
      const { targetId } = await send('Target.createTarget', { url: 'about:blank', browserContextId });
      try {
        const { sessionId } = await send('Target.attachToTarget', { targetId, flatten: true });
        let timer: ReturnType<typeof setTimeout> | undefined;
        const timeout = new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error(`no first results on ${pageUrl} within ${LOAD_TIMEOUT_MS} ms`)), LOAD_TIMEOUT_MS);
        });
        try {
          return await Promise.race([load(pageUrl, catalogueUrl, String(sessionId)), timeout]);
        } finally {
          clearTimeout(timer);
        }
      } finally {
        await send('Target.disposeBrowserContext', { browserContextId });
      }
    },
    async close() {
      if (!gone) {
        await send('Browser.close').catch(() => undefined);
        const killer = setTimeout(() => browser.kill('SIGKILL'), 5000);
        await exited;
        clearTimeout(killer);
      }
    },
  };
}
