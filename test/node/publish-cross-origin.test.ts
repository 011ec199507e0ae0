/**
 * The published site used as README "Deploying" says, in Chromium: a municipal page on one origin embeds
 * the bundle and the catalogue from the site on another, with the README's two lines and under the
 * README's Content-Security-Policy. The site is served as GitHub Pages serves it (CORS for any origin,
 * ETag, Last-Modified); a second page load revalidates catalogue.json and gets 304, which the server sees.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright';
import { serializeCatalogue } from '../../scripts/lib/catalogue-build.js';
import { buildIfMissing } from '../../scripts/lib/publish-package.js';
import { type RequestLog, startStaticServer, type StaticServer } from '../../scripts/lib/publish-server.js';
import { assembleSite, checkSite, listDemoFiles, SITE_BUNDLE, SITE_CATALOGUE } from '../../scripts/lib/publish-site.js';
import { fixtureCatalogue } from '../fixtures/catalogue/catalogue.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const packageVersion = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
const executablePath = process.env['CHROME_PATH'] || '/usr/bin/chromium';

/** The README's embed snippet and CSP, the first html and text code blocks of its "Deploying" section. */
function deployingBlocks(text: string): { snippet: string; csp: string; scriptUrl: string; catalogueUrl: string } {
  const start = text.indexOf('\n## Deploying\n');
  assert.ok(start >= 0, 'README has a "## Deploying" section');
  const section = text.slice(start, text.indexOf('\n## ', start + 1));
  const snippet = /```html\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
  const csp = (/```text\n([\s\S]*?)```/.exec(section)?.[1] ?? '').trim();
  const scriptUrl = /<script type="module" src="([^"]+)"><\/script>/.exec(snippet)?.[1] ?? '';
  const catalogueUrl = /<social-services-catalogue src="([^"]+)"/.exec(snippet)?.[1] ?? '';
  return { snippet, csp, scriptUrl, catalogueUrl };
}

const readmeBlocks = deployingBlocks(readme);
const catalogue = fixtureCatalogue();
const serviceNames = catalogue.providers.flatMap((provider) => provider.services.map((service) => service.name));

const work = mkdtempSync(join(tmpdir(), 'publish-cross-origin-'));
const siteRequests: RequestLog[] = [];
let site: StaticServer;
let hostServer: Server;
let hostUrl: string;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

before(async () => {
  assert.ok(existsSync(executablePath), `No Chromium at ${executablePath}: install it ("apt-get install -y chromium") or set CHROME_PATH.`);
  buildIfMissing(root, 'build', `dist/${SITE_BUNDLE}`);
  const catalogueFile = join(work, SITE_CATALOGUE);
  writeFileSync(catalogueFile, serializeCatalogue(catalogue));
  const siteDir = join(work, 'site');
  const demoDir = join(root, 'demo');
  assembleSite(siteDir, {
    demoDir,
    demoFiles: listDemoFiles(demoDir),
    bundle: join(root, 'dist', SITE_BUNDLE),
    catalogue: catalogueFile,
    manifest: join(root, 'custom-elements.json'),
  });
  assert.deepEqual(checkSite(siteDir), []);
  // max-age 0 makes every load revalidate, so the second load shows whether the element lets the cache work.
  site = await startStaticServer({ root: siteDir, host: '127.0.0.1', maxAgeSeconds: 0, onRequest: (log) => siteRequests.push(log) });

  const siteOrigin = new URL(site.url).origin;
  const snippet = readmeBlocks.snippet
    .replace(readmeBlocks.scriptUrl, new URL(SITE_BUNDLE, site.url).href)
    .replace(readmeBlocks.catalogueUrl, new URL(SITE_CATALOGUE, site.url).href);
  const csp = [readmeBlocks.scriptUrl, readmeBlocks.catalogueUrl].reduce((policy, url) => {
    // URL lowercases the host; the README may write a placeholder in capitals.
    const origin = new URL(url).origin;
    const at = policy.toLowerCase().indexOf(origin);
    assert.ok(at >= 0, `the README's CSP names ${origin}`);
    return policy.slice(0, at) + siteOrigin + policy.slice(at + origin.length);
  }, readmeBlocks.csp);
  const hostPage = `<!doctype html>\n<html lang="cs"><head><meta charset="utf-8"><title>Testovací obec</title><link rel="icon" href="data:,"></head>\n<body><h1>Sociální služby – Testovací obec</h1>\n${snippet}</body></html>\n`;
  hostServer = createServer((request, response) => {
    const found = request.url === '/';
    response.writeHead(found ? 200 : 404, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': csp, 'cache-control': 'no-store' });
    response.end(found ? hostPage : '');
  });
  // 127.0.0.2 is loopback too, and a different origin from the site's 127.0.0.1.
  await new Promise<void>((resolveListen) => hostServer.listen(0, '127.0.0.2', resolveListen));
  hostUrl = `http://127.0.0.2:${(hostServer.address() as AddressInfo).port}/`;

  browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const context = await browser.newContext({ locale: 'cs-CZ', timezoneId: 'Europe/Prague' });
  page = await context.newPage();
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
});

after(async () => {
  await browser?.close();
  await site?.close();
  await new Promise<void>((resolveClose) => {
    if (!hostServer?.listening) resolveClose();
    else {
      hostServer.closeAllConnections();
      hostServer.close(() => resolveClose());
    }
  });
  rmSync(work, { recursive: true, force: true });
});

/** Waits until the element's shadow tree (nested ones included) shows every service name. */
async function waitForServices(): Promise<void> {
  await page.waitForFunction(
    (names) => {
      const element = document.querySelector('social-services-catalogue');
      if (!element?.shadowRoot) return false;
      // A stack, not a named helper: tsx would wrap a named function in a helper the page does not have.
      const texts: string[] = [];
      const roots: ShadowRoot[] = [element.shadowRoot];
      for (let shadow = roots.pop(); shadow; shadow = roots.pop()) {
        texts.push(shadow.textContent ?? '');
        for (const child of shadow.querySelectorAll('*')) if (child.shadowRoot) roots.push(child.shadowRoot);
      }
      const text = texts.join('\n');
      return names.every((name) => text.includes(name));
    },
    serviceNames,
    { timeout: 20_000 },
  ).catch(async (error: unknown) => {
    // Say what the page showed instead, and what the browser and the site's server saw.
    const shown = await page.evaluate(() => document.querySelector('social-services-catalogue')?.shadowRoot?.textContent?.replace(/\s+/g, ' ').slice(0, 500));
    const requests = siteRequests.map((log) => `${log.method} ${log.url} ${log.status}`).join(', ');
    throw new Error(`${String(error)}\nshown: ${shown ?? '(no shadow root)'}\nerrors: ${pageErrors.join(' | ')}\nsite requests: ${requests}`);
  });
}

function requestsFor(path: string): RequestLog[] {
  return siteRequests.filter((log) => new URL(log.url, 'http://site').pathname === path);
}

test('the README pins the package version on jsDelivr and gives a CSP to adapt', () => {
  assert.equal(readmeBlocks.scriptUrl, `https://cdn.jsdelivr.net/npm/social-services-catalogue@${packageVersion}/dist/social-services-catalogue.js`);
  assert.match(readmeBlocks.catalogueUrl, /^https:\/\/[^/]+\/.*catalogue\.json$/);
  assert.match(readmeBlocks.csp, /script-src [^;]*https:\/\/cdn\.jsdelivr\.net/);
  assert.match(readmeBlocks.csp, /connect-src [^;]*https:\/\/OWNER\.github\.io/);
  assert.match(readmeBlocks.csp, /require-trusted-types-for 'script'/);
});

test('a page on another origin shows the services with the README\'s two lines, under its CSP, with no error', async () => {
  await page.goto(hostUrl);
  await waitForServices();
  assert.deepEqual(pageErrors, []);
  const hostOrigin = new URL(hostUrl).origin;
  const bundle = requestsFor(`/${SITE_BUNDLE}`);
  assert.equal(bundle[0]?.status, 200);
  assert.equal(bundle[0]?.headers.origin, hostOrigin, 'the module script is a CORS request from the host page');
  const [first] = requestsFor(`/${SITE_CATALOGUE}`);
  assert.equal(first?.status, 200);
  assert.equal(first?.headers.origin, hostOrigin, 'the catalogue is fetched cross-origin');
  assert.equal(first?.url, `/${SITE_CATALOGUE}`, 'no cache-busting query');
});

test('a second page load revalidates catalogue.json: the server answers 304 and the element shows the services again', async () => {
  const before = requestsFor(`/${SITE_CATALOGUE}`).length;
  await page.goto(hostUrl);
  await waitForServices();
  const again = requestsFor(`/${SITE_CATALOGUE}`).slice(before);
  assert.equal(again.length, 1, `one request for the catalogue, got ${again.length}`);
  assert.equal(again[0]?.status, 304);
  assert.ok(again[0]?.headers['if-none-match'] ?? again[0]?.headers['if-modified-since'], 'a conditional request');
  assert.equal(again[0]?.url, `/${SITE_CATALOGUE}`);
  assert.deepEqual(pageErrors, []);
});
