/**
 * The benchmark's bare Chromium times first results from the catalogue's last byte to the first result
 * card, in a fresh context per load. A stand-in element (no bundle needed) fetches a synthetic catalogue
 * and shows its card after a known amount of main-thread work, so the measured time has a floor.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchBareChromium, type BareChromium } from '../../scripts/bench/bare-chromium.js';
import { serveFiles, type BenchServer } from '../../scripts/bench/browser-server.js';

const chromiumPath = process.env['CHROME_PATH'] || '/usr/bin/chromium';
const WORK_MS = 150;

/** Fetches /catalogue.json, works WORK_MS on the main thread, then shows one result card. */
const standInElement = `
customElements.define('social-services-catalogue', class extends HTMLElement {
  connectedCallback() {
    const root = this.attachShadow({ mode: 'open' });
    fetch(this.getAttribute('src')).then((response) => response.json()).then((catalogue) => {
      const until = performance.now() + ${WORK_MS};
      while (performance.now() < until);
      const list = document.createElement('ol');
      list.innerHTML = '<li class="result"><article></article></li>';
      list.querySelector('article').textContent = catalogue.name;
      root.append(list);
    });
  }
});
`;

const page = (src: string) => `<!doctype html>
<html lang="cs"><head><meta charset="utf-8"><title>Test</title><script type="module" src="/element.js"></script></head>
<body><social-services-catalogue src="${src}"></social-services-catalogue></body></html>`;

let server: BenchServer;
let bare: BareChromium;

before(async () => {
  server = await serveFiles(
    new Map([
      ['/', { body: page('/catalogue.json'), type: 'text/html; charset=utf-8' }],
      ['/element.js', { body: standInElement, type: 'text/javascript; charset=utf-8' }],
      ['/catalogue.json', { body: JSON.stringify({ name: 'Testovací služba (syntetická)' }), type: 'application/json', delayMs: 200 }],
    ]),
  );
  bare = launchBareChromium(chromiumPath);
});

after(async () => {
  await bare.close();
  await server.close();
});

test('times first results from the catalogue’s arrival, not from the navigation', async () => {
  const times = [
    await bare.firstResults(`${server.origin}/`, '/catalogue.json'),
    await bare.firstResults(`${server.origin}/`, '/catalogue.json'),
  ];
  for (const time of times) {
    // The card follows WORK_MS of work after the catalogue; the 200 ms before it arrives do not count.
    assert.ok(time >= WORK_MS, `first results after ${time} ms`);
    assert.ok(time < WORK_MS + 200, `first results after ${time} ms`);
  }
});

test('a browser that cannot start fails the load with the reason, not a hang', async () => {
  const missing = launchBareChromium('/nonexistent/chromium');
  await assert.rejects(missing.firstResults(`${server.origin}/`, '/catalogue.json'), /could not run: .*ENOENT/);
  await missing.close();
});
