import { expect, html } from '@open-wc/testing';
import type { SocialServicesCatalogue } from '../../src/social-services-catalogue.js';
import { parseCsv } from '../fixtures/print/parse-csv.js';
import { $, renderCatalogue, resetUrl, resultNames, shadow, toggleOption } from './helpers.js';

interface Download {
  blob: Blob;
  fileName: string;
  linkInPage: boolean;
}

/** Clicks "Download CSV" with URL.createObjectURL and the link's click spied on, so no file is saved. */
async function downloadCsv(el: SocialServicesCatalogue): Promise<Download> {
  const realCreate = URL.createObjectURL;
  const realClick = HTMLAnchorElement.prototype.click;
  const blobs = new Map<string, Blob>();
  let download: Download | undefined;
  URL.createObjectURL = (object: Blob | MediaSource) => {
    const url = realCreate(object);
    if (object instanceof Blob) blobs.set(url, object);
    return url;
  };
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (blob) download = { blob, fileName: this.download, linkInPage: this.isConnected };
  };
  try {
    $(el, '[part~="download-csv"]').click();
    await el.updateComplete;
  } finally {
    URL.createObjectURL = realCreate;
    HTMLAnchorElement.prototype.click = realClick;
  }
  if (!download) throw new Error('no download started');
  return download;
}

function localDay(date: Date): string {
  return new Intl.DateTimeFormat('sv-SE', { year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
}

describe('export: CSV download', () => {
  afterEach(() => resetUrl());

  it('every filtered service (not only the first screen page), UTF-8 with a BOM, ";" separated', async () => {
    const el = await renderCatalogue(
      (catalogue) => html`<social-services-catalogue .catalogue=${catalogue} page-size="2"></social-services-catalogue>`,
    );
    await toggleOption(el, 'Forma', 'terénní');
    el.pageSize = 1000;
    await el.updateComplete;
    const expected = resultNames(el);
    el.pageSize = 2;
    await el.updateComplete;
    expect(expected.length).to.be.greaterThan(2);

    const { blob, fileName, linkInPage } = await downloadCsv(el);
    expect(linkInPage, 'the link is in the page when clicked').to.equal(true);
    expect(shadow(el).querySelector('a[download]'), 'and gone afterwards').to.equal(null);
    expect(blob.type).to.equal('text/csv;charset=utf-8');
    expect(fileName).to.equal(`socialni-sluzby-${localDay(new Date())}.csv`);
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes.subarray(3)));
    expect(rows[0]?.slice(0, 3)).to.deep.equal(['Název služby', 'Poskytovatel', 'Druh služby']);
    expect(rows.slice(1).map((row) => row[0])).to.deep.equal(expected);
    const header = rows[0] ?? [];
    const care = rows.find((row) => row[0] === 'Testovací pečovatelská služba') ?? [];
    const cell = (label: string) => care[header.indexOf(label)];
    expect(cell('Forma')).to.equal('terénní');
    expect(cell('Registrovaná kapacita')).to.equal('terénní: 12 klientů');
    expect(cell('E-mail')).to.equal('pecovatelska@example.cz');
    expect(cell('Web')).to.equal('https://www.example.cz/pecovatelska');
    expect(cell('Adresa')).to.equal('Testovací 1, Krásno nad Bečvou, 757 01 Valašské Meziříčí');
  });

  it('the live region says which file is downloading and how many services it has', async () => {
    const el = await renderCatalogue();
    await toggleOption(el, 'Forma', 'terénní');
    const { fileName } = await downloadCsv(el);
    await el.updateComplete;
    await el.updateComplete;
    expect($(el, '.share-status').textContent?.trim()).to.equal(`Stahuje se soubor ${fileName} (${resultNames(el).length} služeb).`);
  });

  it('English: English header and file name', async () => {
    const el = await renderCatalogue((catalogue) => html`<social-services-catalogue .catalogue=${catalogue} lang="en"></social-services-catalogue>`);
    const { blob, fileName } = await downloadCsv(el);
    expect(fileName).to.match(/^social-services-\d{4}-\d{2}-\d{2}\.csv$/);
    const rows = parseCsv((await blob.text()).replace(/^\uFEFF/, ''));
    expect(rows[0]?.[0]).to.equal('Service name');
    expect(rows).to.have.length(resultNames(el).length + 1);
  });
});
