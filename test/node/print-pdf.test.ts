/**
 * The printout and the CSV file as Chromium really makes them. A Vite dev server serves a synthetic host
 * page with the element from source; Playwright drives the system Chromium (CHROME_PATH overrides
 * /usr/bin/chromium, as for the browser tests). `page.pdf()` prints with print media and fires
 * beforeprint and afterprint as Ctrl+P does, so the PDF tests the keyboard path, not the button; pdfjs
 * reads its text back. The QR code is decoded with jsQR from a screenshot of the print-media page.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { after, before, test } from 'node:test';
import type jsQR from 'jsqr';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { chromium, type Browser, type Page } from 'playwright';
import { createServer, type ViteDevServer } from 'vite';
import { buildCatalogueModel, type ServiceView } from '../../src/catalogue/model.js';
import { serviceFieldKeys, serviceFields } from '../../src/export/service-fields.js';
import { formatDate } from '../../src/format/date.js';
import { messagesFor } from '../../src/i18n/messages.js';
import { fixtureCatalogue } from '../fixtures/catalogue/catalogue.js';
import { parseCsv } from '../fixtures/print/parse-csv.js';

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
const jsqrBrowserBuild = createRequire(import.meta.url).resolve('jsqr');
const pageSize = 3;

/** A municipal page: `head` and `body` around the element, a footer, and the fixture catalogue given to the element. */
function municipalPage(head: string, body: string): string {
  return `<!doctype html>
<html lang="cs">
  <head><meta charset="utf-8" /><link rel="icon" href="data:," /><title>Testovací obec</title>${head}</head>
  <body>
    ${body}
    <footer id="site-footer">Testovací patička webu</footer>
    <script type="module">
      import '/src/index.ts';
      import { fixtureCatalogue } from '/test/fixtures/catalogue/catalogue.ts';
      document.querySelector('social-services-catalogue').catalogue = fixtureCatalogue();
    </script>
  </body>
</html>`;
}

/** A municipal page with its own header, menu and footer around the element, as a host site would have. */
const hostPage = municipalPage(
  '',
  `<header id="site-header">Testovací obec: hlavička webu</header>
    <nav id="site-menu">Testovací menu webu</nav>
    <main><social-services-catalogue page-size="${pageSize}"></social-services-catalogue></main>`,
);

/**
 * A site that prints only the catalogue (print-only-catalogue from the start), with page margins of its
 * own, text lying loose in its ancestors and generated content on one of them.
 */
const hostMarginMm = 40;
const isolatedHostPage = municipalPage(
  `<style>@page { margin: ${hostMarginMm}mm; } main::before { content: "Testovací dekorace obce"; }</style>`,
  `Testovací volný text v body
    <header id="site-header">Testovací obec: hlavička webu</header>
    <main>Testovací volný text v main<social-services-catalogue print-only-catalogue></social-services-catalogue></main>`,
);

const m = messagesFor('cs');
const catalogue = fixtureCatalogue();
const model = buildCatalogueModel(catalogue, 'cs', new Date());
/** The view the tests set: the filter "Forma: terénní", chosen by a click as a person would. */
const expected = model.services.filter((service) => service.forms.some((form) => form.code === 'ter'));
const excluded = model.services.filter((service) => !expected.includes(service));

let server: ViteDevServer;
let browser: Browser;
let page: Page;

before(async () => {
  assert.ok(existsSync(executablePath), `no Chromium at ${executablePath}`);
  server = await createServer({
    root: resolve(import.meta.dirname, '../..'),
    configFile: false,
    // Its own dependency cache: the demo's dev server (another config) would otherwise rebuild the shared one.
    cacheDir: resolve(import.meta.dirname, '../../node_modules/.vite-print-test'),
    logLevel: 'error',
    server: { host: '127.0.0.1', port: 0, hmr: false, watch: null },
    plugins: [
      {
        name: 'print-test-page',
        configureServer(dev) {
          for (const [path, html] of [
            ['/print-test.html', hostPage],
            ['/print-isolated-test.html', isolatedHostPage],
          ] as const) {
            dev.middlewares.use(path, (_request, response, next) => {
              dev
                .transformIndexHtml(path, html)
                .then((transformed) => {
                  response.setHeader('content-type', 'text/html; charset=utf-8');
                  response.end(transformed);
                })
                .catch(next);
            });
          }
        },
      },
    ],
  });
  await server.listen();
  const address = server.httpServer?.address();
  if (!address || typeof address === 'string') throw new Error('the dev server has no port');
  browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
  // A high pixel ratio gives the QR screenshot enough pixels per module; it does not change the PDF.
  const context = await browser.newContext({ locale: 'cs-CZ', timezoneId: 'Europe/Prague', deviceScaleFactor: 4 });
  page = await context.newPage();
  await page.goto(`http://127.0.0.1:${address.port}/print-test.html`);
  await page.locator('.list').waitFor();
  await page.getByRole('checkbox', { name: /^terénní/ }).check();
  await page.getByText(m.resultCount(expected.length, model.services.length)).waitFor();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** The text of every page, lines joined by "\n", as a reader would copy it out of the PDF. */
async function pdfPages(pdf: Uint8Array): Promise<string[]> {
  const document = await getDocument({ data: pdf }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''));
  }
  return pages;
}

/** Whitespace (line ends included) collapsed: a long value may wrap anywhere. */
function flat(text: string): string {
  return text.replace(/\s+/g, ' ');
}

function fieldValues(service: ServiceView): string[] {
  return serviceFields(service, 'cs', { dates: 'long' })
    .filter((field) => field.key !== 'name' && field.value !== '')
    .map((field) => flat(field.value));
}

let printed: Promise<string[]> | undefined;
/** One PDF for the tests that read it: printing is the slow part. */
function printedPages(): Promise<string[]> {
  printed ??= (async () => {
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    await page.emulateMedia({ media: 'screen' });
    return pdfPages(new Uint8Array(pdf));
  })();
  return printed;
}

test('the fixture view has more services than one screen page, and some left out', () => {
  assert.ok(expected.length > pageSize, `${expected.length} services for a page of ${pageSize}`);
  assert.ok(excluded.length > 0);
});

test('PDF (printed as by Ctrl+P): every filtered service with all its facts and contacts, and no other', async () => {
  const text = flat((await printedPages()).join('\n'));
  for (const service of expected) {
    assert.ok(text.includes(service.name), `printed: ${service.name}`);
    for (const value of fieldValues(service)) assert.ok(text.includes(value), `${service.name}: ${value}`);
    const { phone = [], email = [], web = [] } = service.contacts;
    assert.ok(phone.length + email.length + web.length > 0, `${service.name} has contacts to check`);
    for (const address of [...email, ...web]) assert.ok(text.includes(address), `${service.name}: ${address} as text`);
  }
  for (const service of excluded) assert.ok(!text.includes(service.name), `not printed: ${service.name}`);
});

test('PDF: the filters in words, the day of printing and the day of the data', async () => {
  const pages = await printedPages();
  const lines = (pages[0] ?? '').split('\n').map((line) => line.trim());
  // The criteria line follows the heading ("Forma: terénní" is also a fact of some services).
  assert.equal(lines[lines.indexOf(m.resultsLabel) + 1], `${m.filterLegend.form}: terénní`);
  const text = flat(pages.join('\n'));
  const today = new Intl.DateTimeFormat('cs', { dateStyle: 'long', timeZone: 'Europe/Prague' }).format(new Date());
  assert.ok(text.includes(`Vytištěno ${today}`), `printing day ${today}`);
  assert.ok(text.includes(`Údaje katalogu ke dni ${formatDate('cs', catalogue.built)}`));
});

test('PDF: none of the controls, the paging or the host page is missing', async () => {
  const text = flat((await printedPages()).join('\n'));
  const controls = [
    m.searchLabel,
    m.searchPlaceholder,
    m.filtersLabel,
    m.municipalityInputLabel,
    m.filterLegend.ageGroup,
    ...Object.values(m.kindGroup),
    m.printButton,
    m.copyLinkButton,
    m.downloadCsvButton,
    m.clearAllFilters,
    m.shownOf(pageSize, expected.length),
    m.showMoreResults(Math.min(pageSize, expected.length - pageSize)),
  ];
  for (const control of controls) assert.ok(!text.includes(control), `no "${control}" on paper`);
  assert.ok(text.includes('Testovací patička webu'), 'without print-only-catalogue the host page prints as it is');
});

test('PDF: no service is split across two pages', async () => {
  const pages = (await printedPages()).map(flat);
  for (const service of expected) {
    const values = fieldValues(service);
    const first = values[0] ?? '';
    const last = values.at(-1) ?? '';
    const pageOfName = pages.findIndex((text) => text.includes(service.name));
    assert.ok(pages[pageOfName]?.includes(first) && pages[pageOfName]?.includes(last), `${service.name} on one page`);
  }
});

test('after printing the print view is gone from the page', async () => {
  await printedPages();
  assert.equal(await page.locator('.print-view').count(), 0);
});

test('the QR code on the print-media page decodes to the link of the filtered view', async () => {
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  try {
    const png = await page.locator('svg.print-qr').screenshot();
    // jsQR runs in the page: moving the pixels to Node as JSON would take seconds.
    await page.addScriptTag({ path: jsqrBrowserBuild });
    const decoded = await page.evaluate(async (dataUrl) => {
      const picture = new Image();
      picture.src = dataUrl;
      await picture.decode();
      const canvas = document.createElement('canvas');
      canvas.width = picture.width;
      canvas.height = picture.height;
      const context = canvas.getContext('2d');
      if (!context) throw new Error('no 2d context');
      context.drawImage(picture, 0, 0);
      const pixels = context.getImageData(0, 0, canvas.width, canvas.height);
      return (window as unknown as { jsQR: typeof jsQR }).jsQR(pixels.data, pixels.width, pixels.height)?.data;
    }, `data:image/png;base64,${png.toString('base64')}`);
    assert.ok(page.url().includes('ssc-forma=ter'), page.url());
    assert.equal(decoded, page.url());
  } finally {
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await page.emulateMedia({ media: 'screen' });
  }
});

test('the CSV download: BOM, ";", a header and one row per filtered service, Czech text intact', async () => {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: m.downloadCsvButton }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^socialni-sluzby-\d{4}-\d{2}-\d{2}\.csv$/);
  const bytes = readFileSync(await download.path());
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 byte-order mark');
  const rows = parseCsv(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(3)));
  assert.equal(rows[0]?.length, serviceFieldKeys.length);
  assert.equal(rows[0]?.[0], 'Název služby');
  assert.deepEqual(
    rows.slice(1).map((row) => row[0]),
    expected.map((service) => service.name),
  );
  assert.ok(rows.some((row) => row.includes('Testovací pečovatelská služba')), 'Czech letters survive the round trip');
});

/** How far below the top of the first page its first line of text starts, in points. */
async function firstTextTop(pdf: Uint8Array): Promise<number> {
  const first = await (await getDocument({ data: pdf }).promise).getPage(1);
  const { height } = first.getViewport({ scale: 1 });
  const items = (await first.getTextContent()).items.filter((item) => 'str' in item && item.str.trim() !== '');
  return Math.min(...items.map((item) => ('transform' in item ? height - Number(item.transform[5]) - item.height : height)));
}

test('PDF with print-only-catalogue: the host page’s own margins, and nothing of the page around the catalogue', async () => {
  const isolated = await page.context().newPage();
  try {
    await isolated.goto(page.url().replace(/print-test\.html.*$/, 'print-isolated-test.html'));
    await isolated.locator('.list').waitFor();
    const pdf = new Uint8Array(await isolated.pdf({ format: 'A4', preferCSSPageSize: true }));
    const marginPoints = (hostMarginMm / 25.4) * 72;
    // Within a few points (the first line's ascent) of the host page's 113 pt, far from the 40 pt the element once imposed.
    assert.ok((await firstTextTop(pdf.slice())) >= marginPoints - 8, `the first line starts at the host page’s ${hostMarginMm} mm margin`);
    const text = flat((await pdfPages(pdf)).join('\n'));
    for (const around of ['Testovací dekorace obce', 'Testovací volný text v body', 'Testovací volný text v main', 'hlavička webu', 'Testovací patička webu']) {
      assert.ok(!text.includes(around), `no "${around}" on paper`);
    }
    for (const service of model.services) assert.ok(text.includes(service.name), `${service.name} is printed`);
  } finally {
    await isolated.close();
  }
});
