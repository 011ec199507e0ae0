/**
 * The QR code as a Lit template: an inline SVG built from the path data, with an accessible name.
 * Lit sets `d` as an attribute value, so even a hostile URL can only ever become a QR code, not markup.
 */
import { html, type TemplateResult } from 'lit';
import type { QrSvg } from './qr.js';

/** Printed size of one module: phone cameras read 0.5 mm modules easily at reading distance. */
const moduleMm = 0.5;
const minSideMm = 24;
const maxSideMm = 60;

/** The printed side of the code in millimetres: grows with the number of modules, within sensible bounds. */
export function qrSideMm(qr: QrSvg): number {
  return Math.min(maxSideMm, Math.max(minSideMm, qr.size * moduleMm));
}

export function qrTemplate(qr: QrSvg, label: string): TemplateResult {
  const side = qrSideMm(qr);
  return html`<svg
    class="print-qr"
    viewBox="0 0 ${qr.size} ${qr.size}"
    width="${side}mm"
    height="${side}mm"
    role="img"
    aria-label=${label}
    shape-rendering="crispEdges"
  >
    <rect width=${qr.size} height=${qr.size} fill="#fff"></rect>
    <path d=${qr.path} fill="#000"></path>
  </svg>`;
}
