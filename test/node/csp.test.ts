/**
 * The built element on strict host pages, driven in Chromium from Node: a page served with
 * `default-src 'self'; script-src 'self'; style-src 'self'` (no unsafe-inline, no unsafe-eval), with and
 * without Trusted Types enforced, embeds dist/social-services-catalogue.js and the real catalogue. No CSP
 * violation and no console error; search and filters work; nothing leaks into the host page; the element
 * can be removed and added again without leaving listeners or timers behind, and removing it aborts its
 * download.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright';
import { buildIfMissing } from '../../scripts/lib/publish-package.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const distBundle = join(root, 'dist', 'social-services-catalogue.js');
const distCatalogue = join(root, 'dist', 'catalogue.json');
let bundlePath: string;
let cataloguePath: string;
const chromiumPath = process.env['CHROME_PATH'] || '/usr/bin/chromium';

/** The name of the Trusted Types policy lit-html creates (read from the installed lit-html, not assumed). */
const litPolicyName = /createPolicy\("([^"]+)"/.exec(readFileSync(join(root, 'node_modules/lit-html/lit-html.js'), 'utf8'))?.[1];

const strictCsp = "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'";
const trustedTypesCsp = `${strictCsp}; require-trusted-types-for 'script'; trusted-types ${litPolicyName ?? 'lit-html'}`;

// ---- fresh builds -----------------------------------------------------------------------------------

function newestModification(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestModification(join(path, name))));
}

function isOlderThan(output: string, sources: readonly string[]): boolean {
  return !existsSync(output) || statSync(output).mtimeMs < Math.max(...sources.map(newestModification));
}

const work = mkdtempSync(join(tmpdir(), 'csp-'));

/**
 * The file to serve for `output`: built with `npm run <script>` (under the shared build lock) when it is
 * missing; built into a private folder when it is older than its sources, so that other tests reading
 * dist/ at the same time never see a half-written file.
 */
function freshBuild(script: string, output: string, sources: readonly string[], privateArgs: (dir: string) => string[]): string {
  if (!existsSync(output)) {
    buildIfMissing(root, script, relative(root, output));
    return output;
  }
  if (!isOlderThan(output, sources)) return output;
  const result = spawnSync('npm', ['run', '--silent', script, '--', ...privateArgs(work)], { cwd: root, encoding: 'utf8', timeout: 120_000 });
  assert.equal(result.status, 0, `npm run ${script} failed:\n${result.stdout}\n${result.stderr}`);
  return join(work, basename(output));
}

// ---- the host pages ---------------------------------------------------------------------------------

/**
 * Runs before the element's module: records the page's globals and styles, reports CSP violations, and
 * counts the listeners the element adds to window and document and its timers that are still pending.
 */
const instrumentScript = `
(() => {
  const probe = {
    violations: [],
    globalsBefore: [],
    adoptedBefore: document.adoptedStyleSheets.length,
    listeners: new Map(),
    timers: new Map(),
    nextListener: 0,
  };
  window.__probe = probe;
  document.addEventListener('securitypolicyviolation', (event) => {
    probe.violations.push(event.violatedDirective + ' ' + event.blockedURI + ' ' + (event.sample || ''));
  });
  // Only what the element's bundle adds counts: the browser automation adds listeners of its own.
  const fromElement = () => (new Error().stack || '').includes('/social-services-catalogue.js');
  const key = (target, type, listener, options) => {
    const capture = typeof options === 'boolean' ? options : Boolean(options && options.capture);
    return [target === window ? 'window' : 'document', type, capture].join(' ');
  };
  for (const target of [window, document]) {
    const add = target.addEventListener.bind(target);
    const remove = target.removeEventListener.bind(target);
    const ids = new WeakMap();
    const idOf = (listener) => {
      if (!ids.has(listener)) ids.set(listener, ++probe.nextListener);
      return ids.get(listener);
    };
    target.addEventListener = (type, listener, options) => {
      if (listener && fromElement()) probe.listeners.set(key(target, type, listener, options) + ' ' + idOf(listener), type);
      return add(type, listener, options);
    };
    target.removeEventListener = (type, listener, options) => {
      if (listener) probe.listeners.delete(key(target, type, listener, options) + ' ' + idOf(listener));
      return remove(type, listener, options);
    };
  }
  const { setTimeout, clearTimeout, setInterval, clearInterval } = window;
  window.setTimeout = (handler, delay, ...args) => {
    const id = setTimeout((...a) => {
      probe.timers.delete(id);
      return typeof handler === 'function' ? handler(...a) : undefined;
    }, delay, ...args);
    if (fromElement()) probe.timers.set(id, 'timeout ' + delay);
    return id;
  };
  window.clearTimeout = (id) => {
    probe.timers.delete(id);
    clearTimeout(id);
  };
  window.setInterval = (handler, delay, ...args) => {
    const id = setInterval(handler, delay, ...args);
    if (fromElement()) probe.timers.set(id, 'interval ' + delay);
    return id;
  };
  window.clearInterval = (id) => {
    probe.timers.delete(id);
    clearInterval(id);
  };
  // Taken last, so the probe's own wrappers do not count as the element's globals.
  probe.globalsBefore = Object.getOwnPropertyNames(window);
})();
`;

/** A municipal page's own styles, as aggressive as real ones can be. */
const hostCss = `
* { color: #c00000 !important; font-size: 30px; letter-spacing: 2px; }
body { font-family: Georgia, serif; background: #fffbe6; }
input, button { display: none !important; }
ul, ol, li { list-style: upper-roman; padding: 100px; }
h1, h2, h3 { text-transform: uppercase; }
a { pointer-events: none; }
`;

function hostPage(options: { element: boolean; src?: string; inlineScript?: boolean }): string {
  return `<!doctype html>
<html lang="cs">
<head>
<meta charset="utf-8">
<title>Obec Testov: sociální služby</title>
<link rel="icon" href="/favicon.ico">
<link rel="stylesheet" href="/host.css">
<script src="/instrument.js"></script>
${options.element ? '<script type="module" src="/social-services-catalogue.js"></script>' : ''}
${options.inlineScript ? '<script>window.inlineRan = true;</script><p style="color: blue">inline style</p>' : ''}
</head>
<body>
<h1>Obec Testov</h1>
<main>
${options.element ? `<social-services-catalogue src="${options.src ?? '/catalogue.json'}"></social-services-catalogue>` : ''}
</main>
<footer><p>Testovací patička obce</p></footer>
</body>
</html>`;
}

interface Routes {
  server: Server;
  origin: string;
  /** Requests for the catalogue that never answers, with whether the browser gave up on them. */
  hanging: Array<{ closed: boolean }>;
}

function startServer(): Promise<Routes> {
  const hanging: Routes['hanging'] = [];
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const send = (type: string, body: string | Buffer, csp?: string) => {
      response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store', ...(csp ? { 'content-security-policy': csp } : {}) });
      response.end(body);
    };
    switch (url.pathname) {
      case '/trusted-types.html':
        return send('text/html; charset=utf-8', hostPage({ element: true }), trustedTypesCsp);
      case '/strict.html':
        return send('text/html; charset=utf-8', hostPage({ element: true }), strictCsp);
      case '/control.html':
        return send('text/html; charset=utf-8', hostPage({ element: false }), trustedTypesCsp);
      case '/slow.html':
        return send('text/html; charset=utf-8', hostPage({ element: true, src: '/slow-catalogue.json' }), trustedTypesCsp);
      case '/probe.html':
        return send('text/html; charset=utf-8', hostPage({ element: false, inlineScript: true }), trustedTypesCsp);
      case '/favicon.ico':
        response.writeHead(204);
        response.end();
        return undefined;
      case '/instrument.js':
        return send('text/javascript; charset=utf-8', instrumentScript);
      case '/host.css':
        return send('text/css; charset=utf-8', hostCss);
      case '/social-services-catalogue.js':
        return send('text/javascript; charset=utf-8', readFileSync(bundlePath));
      case '/catalogue.json':
        return send('application/json; charset=utf-8', readFileSync(cataloguePath));
      case '/slow-catalogue.json': {
        const entry = { closed: false };
        hanging.push(entry);
        request.on('close', () => (entry.closed = true));
        return undefined;
      }
      default:
        response.writeHead(404, { 'content-type': 'text/plain' });
        response.end('nenalezeno');
        return undefined;
    }
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ server, origin: `http://127.0.0.1:${port}`, hanging });
    });
  });
}

// ---- the browser ------------------------------------------------------------------------------------

let routes: Routes;
let browser: Browser;
let serviceCount: number;

before(async () => {
  bundlePath = freshBuild('build', distBundle, [join(root, 'src'), join(root, 'vite.config.ts')], (dir) => ['--outDir', dir]);
  cataloguePath = freshBuild('build:data', distCatalogue, [join(root, 'catalogue-data'), join(root, 'scripts', 'build-data.ts'), join(root, 'scripts', 'lib')], (dir) => [
    '--out',
    join(dir, 'catalogue.json'),
  ]);
  const catalogue = JSON.parse(readFileSync(cataloguePath, 'utf8')) as { providers: Array<{ services: unknown[] }> };
  serviceCount = catalogue.providers.reduce((sum, provider) => sum + provider.services.length, 0);
  routes = await startServer();
  browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
});

after(async () => {
  rmSync(work, { recursive: true, force: true });
  await browser?.close();
  routes?.server.closeAllConnections();
  await new Promise((resolve) => routes?.server.close(resolve));
});

interface Session {
  page: Page;
  /** Console errors and uncaught exceptions. */
  errors: string[];
  close: () => Promise<void>;
}

async function open(path: string): Promise<Session> {
  const context = await browser.newContext({ locale: 'cs-CZ', timezoneId: 'Europe/Prague' });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  await page.goto(`${routes.origin}${path}`);
  return { page, errors, close: () => context.close() };
}

async function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __probe: { violations: string[] } }).__probe.violations);
}

async function resultCountText(page: Page): Promise<string> {
  return ((await page.locator('social-services-catalogue [part="result-count"]').textContent()) ?? '').trim();
}

/** Loads the page, then searches and filters the real catalogue as a visitor would. */
async function useTheCatalogue(page: Page): Promise<void> {
  const results = page.locator('social-services-catalogue .result');
  await results.first().waitFor();
  assert.equal(await results.count(), serviceCount, 'every service of the real catalogue is listed');
  const all = await resultCountText(page);

  // Search: the first word of at least six letters of a service name, typed without diacritics.
  const name = (await page.locator('social-services-catalogue .result h3').first().textContent())?.trim() ?? '';
  const word = name.split(/\s+/).find((w) => w.length >= 6) ?? name;
  const typed = word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  await page.locator('social-services-catalogue #query').fill(typed);
  await page.waitForFunction((before) => {
    const count = document.querySelector('social-services-catalogue')?.shadowRoot?.querySelector('[part="result-count"]');
    return count?.textContent?.trim() !== before;
  }, all);
  const found = await page.locator('social-services-catalogue .result h3').allTextContents();
  assert.ok(found.length > 0 && found.length < serviceCount, `"${typed}" narrows the list (${found.length} of ${serviceCount})`);
  assert.ok(found.map((text) => text.trim()).includes(name), `"${typed}" finds "${name}"`);
  await page.locator('social-services-catalogue #query').fill('');
  await page.waitForFunction((count) => document.querySelector('social-services-catalogue')?.shadowRoot?.querySelectorAll('.result').length === count, serviceCount);

  // Filter: the first option of the first filter group with checkboxes. In a narrow column (the host's
  // 30 px root font makes it one) the filters sit behind a toggle.
  const toggle = page.locator('social-services-catalogue .filters-toggle');
  if (await toggle.isVisible()) await toggle.click();
  await page.locator('social-services-catalogue [part="filter"] .option input').first().check();
  await page.locator('social-services-catalogue .chip').first().waitFor();
  const filtered = await results.count();
  assert.ok(filtered > 0 && filtered < serviceCount, `a filter narrows the list (${filtered} of ${serviceCount})`);
  await page.locator('social-services-catalogue .chip').first().click();
  await page.waitForFunction((count) => document.querySelector('social-services-catalogue')?.shadowRoot?.querySelectorAll('.result').length === count, serviceCount);
}

test('the CSP of these tests is really enforced: an inline script and an inline style are reported', { timeout: 60_000 }, async () => {
  const { page, close } = await open('/probe.html');
  try {
    assert.equal(await page.evaluate(() => (window as unknown as { inlineRan?: boolean }).inlineRan), undefined);
    await page.waitForFunction(() => (window as unknown as { __probe: { violations: string[] } }).__probe.violations.length >= 2);
    const reported = await violations(page);
    assert.ok(reported.some((v) => v.startsWith('script-src')), reported.join('\n'));
    assert.ok(reported.some((v) => v.startsWith('style-src')), reported.join('\n'));
  } finally {
    await close();
  }
});

test(`Lit's Trusted Types policy is named "${String(litPolicyName)}"`, () => {
  assert.equal(litPolicyName, 'lit-html', 'the README tells administrators to allow this name');
});

for (const [name, path] of [
  ['strict CSP with Trusted Types enforced', '/trusted-types.html'],
  ['strict CSP without the Trusted Types directive', '/strict.html'],
] as const) {
  test(`${name}: no violation, no console error; services, search and filters work under hostile host CSS`, { timeout: 60_000 }, async () => {
    const { page, errors, close } = await open(path);
    try {
      await useTheCatalogue(page);
      // The printout is rendered only for printing: it must be as CSP-clean as the screen view.
      await page.emulateMedia({ media: 'print' });
      await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
      await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
      await page.emulateMedia({ media: 'screen' });

      const heading = page.locator('social-services-catalogue .result h3').first();
      assert.notEqual(await heading.evaluate((h) => getComputedStyle(h).color), 'rgb(192, 0, 0)', 'host colours stay out');
      assert.equal(await heading.evaluate((h) => getComputedStyle(h).textTransform), 'none');
      assert.notEqual(await page.locator('social-services-catalogue #query').evaluate((i) => getComputedStyle(i).display), 'none');
      assert.equal(await page.locator('social-services-catalogue .list').evaluate((l) => getComputedStyle(l).listStyleType), 'none');

      assert.deepEqual(await violations(page), []);
      assert.deepEqual(errors, []);
    } finally {
      await close();
    }
  });
}

/** What the host page can observe of its own styles and globals. */
async function hostState(page: Page) {
  return page.evaluate(() => {
    const probe = (window as unknown as { __probe: { globalsBefore: string[]; adoptedBefore: number } }).__probe;
    const before = new Set(probe.globalsBefore);
    return {
      newGlobals: Object.getOwnPropertyNames(window).filter((key) => !before.has(key) && key !== '__probe'),
      styleSheets: document.styleSheets.length,
      newAdoptedSheets: document.adoptedStyleSheets.length - probe.adoptedBefore,
      styleElements: document.querySelectorAll('style, link[rel="stylesheet"]').length,
      // Inline callbacks only: the function is serialised into the page, without the helpers tsx adds.
      styles: ['html', 'body', 'h1', 'main', 'footer p'].map((selector) => {
        const element = document.querySelector(selector);
        if (!element) return `${selector}: missing`;
        const computed = getComputedStyle(element);
        const properties = ['color', 'font-family', 'font-size', 'background-color', 'margin', 'padding', 'display', 'text-transform'];
        return `${selector}: ${properties.map((property) => computed.getPropertyValue(property)).join(' | ')}`;
      }),
    };
  });
}

async function probeCounts(page: Page): Promise<{ listeners: string[]; timers: string[] }> {
  return page.evaluate(() => {
    const probe = (window as unknown as { __probe: { listeners: Map<string, string>; timers: Map<number, string> } }).__probe;
    return { listeners: [...probe.listeners.keys()].sort(), timers: [...probe.timers.values()] };
  });
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test('no style or global leaks into the host page; removing and adding the element leaves no listeners or timers', { timeout: 60_000 }, async () => {
  const control = await open('/control.html');
  const withElement = await open('/trusted-types.html');
  try {
    const { page } = withElement;
    await useTheCatalogue(page);
    const expected = await hostState(control.page);
    const actual = await hostState(page);
    // The libraries' own shared globals, documented in the README: lit, lit-html and @lit/reactive-element
    // register their versions, as every Lit element does; zod keeps one configuration for every copy on a
    // page in __zod_globalConfig (the element sets jitless there).
    const libraryGlobals = ['litElementVersions', 'litHtmlVersions', 'reactiveElementVersions', 'litPropertyMetadata', '__zod_globalConfig'];
    assert.deepEqual(actual.newGlobals.filter((key) => !libraryGlobals.includes(key)), [], 'no globals of our own');
    assert.deepEqual({ ...actual, newGlobals: [] }, { ...expected, newGlobals: [] }, 'the host page looks the same with the element');

    const connected = await probeCounts(page);
    assert.ok(connected.listeners.length > 0, 'the probe sees the element listen to the window (history, print)');
    for (let round = 0; round < 3; round++) {
      await page.evaluate(() => document.querySelector('social-services-catalogue')?.remove());
      await pause(100);
      const removed = await probeCounts(page);
      assert.deepEqual(removed.listeners, [], `round ${round}: no listener left on window or document`);
      assert.deepEqual(removed.timers, [], `round ${round}: no timer left`);
      await page.evaluate(() => {
        const element = document.createElement('social-services-catalogue');
        element.setAttribute('src', '/catalogue.json');
        document.querySelector('main')?.append(element);
      });
      await page.locator('social-services-catalogue .result').first().waitFor();
      const again = await probeCounts(page);
      assert.equal(again.listeners.length, connected.listeners.length, `round ${round}: the same listeners as before, not more`);
    }
    assert.deepEqual(await violations(page), []);
    assert.deepEqual(withElement.errors, []);
  } finally {
    await control.close();
    await withElement.close();
  }
});

test('a removed element aborts its download', { timeout: 60_000 }, async () => {
  const { page, errors, close } = await open('/slow.html');
  try {
    await page.locator('social-services-catalogue [part="result-count"]').filter({ hasText: 'Načítám' }).waitFor();
    const request = routes.hanging.at(-1);
    assert.ok(request, 'the catalogue was requested');
    assert.equal(request.closed, false);
    await page.evaluate(() => document.querySelector('social-services-catalogue')?.remove());
    for (let i = 0; i < 50 && !request.closed; i++) await pause(50);
    assert.equal(request.closed, true, 'the browser dropped the request');
    const { timers } = await probeCounts(page);
    assert.deepEqual(timers, [], 'the timeout timer is cleared too');
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});
