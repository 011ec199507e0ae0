/**
 * A QR code of the shareable link as SVG path data, so a printout leads back to the same filtered view.
 * DOM-free: the element draws the result with a Lit `svg` template (see qr-template.ts), never as markup text.
 */
// lean-qr's nano build: byte mode with the UTF-8 ECI only, which is all a link needs, in a fifth of the
// size of qrcode-generator (about 2 kB gzip instead of 7.8 kB inside the bundle).
import { correction, generate } from 'lean-qr/nano';

export interface QrSvg {
  /** Width and height in modules, quiet zone included: the SVG's viewBox is `0 0 size size`. */
  readonly size: number;
  /** One path of all dark modules, in module units, offset by the quiet zone. */
  readonly path: string;
}

/** The light margin scanners need around the symbol, in modules (ISO/IEC 18004). */
export const qrQuietZone = 4;

/**
 * Byte capacity of the largest symbol (version 40) at error correction level M: 2,334 data codewords
 * less the mode indicators, the UTF-8 ECI designator and the 16-bit length.
 */
export const qrMaxBytes = 2330;

const utf8 = new TextEncoder();

/**
 * The QR code of `text` (UTF-8 bytes after the UTF-8 ECI, error correction level M, the smallest version that fits),
 * or undefined when the text is too long for any QR code; the printout then simply has none.
 */
export function createQrSvg(text: string): QrSvg | undefined {
  if (utf8.encode(text).length > qrMaxBytes) return undefined;
  // Level M exactly: the nano build never raises it, and picks the smallest version that fits.
  const code = generate(text, { minCorrectionLevel: correction.M });

  const count = code.size;
  const parts: string[] = [];
  for (let row = 0; row < count; row++) {
    for (let col = 0; col < count; ) {
      if (!code.get(col, row)) {
        col++;
        continue;
      }
      // A run of dark modules in a row becomes one rectangle: far fewer path commands than one per module.
      const start = col;
      while (col < count && code.get(col, row)) col++;
      const run = col - start;
      parts.push(`M${start + qrQuietZone} ${row + qrQuietZone}h${run}v1h-${run}z`);
    }
  }
  return { size: count + 2 * qrQuietZone, path: parts.join('') };
}
