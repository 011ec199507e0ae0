import { expect, fixture } from '@open-wc/testing';
// jsQR ships as UMD only: loaded as a module it puts `jsQR` on the window.
import 'jsqr';
import type jsQRFunction from 'jsqr';
import { createQrSvg, type QrSvg } from '../../src/print/qr.js';
import { qrTemplate } from '../../src/print/qr-template.js';

const jsQR = (window as unknown as { jsQR: typeof jsQRFunction }).jsQR;

/** Pixels per module: enough for the decoder to find the modules of a large version. */
const scale = 6;

function decode(canvas: HTMLCanvasElement): string | undefined {
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2d context');
  const image = context.getImageData(0, 0, canvas.width, canvas.height);
  return jsQR(image.data, image.width, image.height, { inversionAttempts: 'dontInvert' })?.data;
}

/** White canvas of the symbol's size with the path data filled in black, as any SVG renderer would. */
function paintPath(qr: QrSvg, path = qr.path): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = qr.size * scale;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2d context');
  context.fillStyle = '#fff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.scale(scale, scale);
  context.fillStyle = '#000';
  context.fill(new Path2D(path));
  return canvas;
}

/** The SVG exactly as Lit renders it into the page, drawn as an image onto a canvas. */
async function paintRenderedSvg(qr: QrSvg): Promise<HTMLCanvasElement> {
  const host = await fixture<HTMLDivElement>(qrTemplate(qr, 'QR'));
  const element = host instanceof SVGSVGElement ? host : host.querySelector('svg');
  if (!element) throw new Error('no svg rendered');
  const side = qr.size * scale;
  const clone = element.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(side));
  clone.setAttribute('height', String(side));
  const url = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(clone)], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = side;
    canvas.getContext('2d')?.drawImage(image, 0, 0, side, side);
    return canvas;
  } finally {
    URL.revokeObjectURL(url);
  }
}

const czechQuery = new URLSearchParams({ 'ssc-q': 'pečovatelská služba „Řípa“ ů', 'ssc-obec': '542989' }).toString();
const longUrl = (() => {
  let url = `https://www.example.cz/socialni-sluzby/?${czechQuery}`;
  for (let i = 0; url.length < 1500; i++) url += `&ssc-druh=${i}`;
  return url.slice(0, 1500);
})();

const urls: Array<[string, string]> = [
  ['a short link', 'https://example.cz/'],
  ['Czech characters percent-encoded in the query', `https://www.example.cz/socialni-sluzby?${czechQuery}#katalog`],
  ['Czech characters as they are', 'https://www.example.org/služby?ssc-q=domov pro seniory Kelč'],
  ['a 1,500-character link', longUrl],
];

describe('QR code of the shareable link', () => {
  it('the Czech test link really is percent-encoded', () => {
    expect(czechQuery).to.include('pe%C4%8Dovatelsk%C3%A1');
    expect(longUrl).to.have.length(1500);
  });

  for (const [name, url] of urls) {
    it(`path data decodes back to the link: ${name}`, () => {
      const qr = createQrSvg(url);
      if (!qr) throw new Error('no QR code');
      expect(decode(paintPath(qr))).to.equal(url);
    });

    it(`the SVG Lit renders decodes back to the link: ${name}`, async () => {
      const qr = createQrSvg(url);
      if (!qr) throw new Error('no QR code');
      expect(decode(await paintRenderedSvg(qr))).to.equal(url);
    });
  }

  it('a damaged path does not decode to the link (the decoder really reads the modules)', () => {
    const url = urls[1]?.[1] ?? '';
    const qr = createQrSvg(url);
    if (!qr) throw new Error('no QR code');
    // Every odd row moved one module to the right, as an off-by-one in the path would.
    const shifted = qr.path.replace(/M(\d+) (\d+)/g, (_, x: string, y: string) => `M${Number(x) + (Number(y) % 2)} ${y}`);
    expect(decode(paintPath(qr, shifted))).to.not.equal(url);
    const halfRuns = qr.path.split('z').filter((_, index) => index % 2 === 0).join('z');
    expect(decode(paintPath(qr, halfRuns))).to.not.equal(url);
  });

  it('the rendered SVG has an accessible name and draws only from path data', async () => {
    const qr = createQrSvg('https://example.cz/?a="><script>alert(1)</script>');
    if (!qr) throw new Error('no QR code');
    const host = await fixture<Element>(qrTemplate(qr, 'QR kód s odkazem'));
    const element = host instanceof SVGSVGElement ? host : host.querySelector('svg');
    expect(element?.getAttribute('role')).to.equal('img');
    expect(element?.getAttribute('aria-label')).to.equal('QR kód s odkazem');
    expect(element?.getAttribute('viewBox')).to.equal(`0 0 ${qr.size} ${qr.size}`);
    expect(element?.querySelector('path')?.getAttribute('d')).to.equal(qr.path);
    expect(element?.querySelector('script')).to.equal(null);
  });
});
