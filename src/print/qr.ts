/**
 * A QR code of the shareable link as SVG path data, so a printout leads back to the same filtered view.
 * DOM-free: the element draws the result with a Lit `svg` template (see qr-template.ts), never as markup text.
 */
import qrcode from 'qrcode-generator';

export interface QrSvg {
  /** Width and height in modules, quiet zone included: the SVG's viewBox is `0 0 size size`. */
  readonly size: number;
  /** One path of all dark modules, in module units, offset by the quiet zone. */
  readonly path: string;
}

/** The light margin scanners need around the symbol, in modules (ISO/IEC 18004). */
export const qrQuietZone = 4;

/** Byte capacity of the largest symbol (version 40) at error correction level M. */
export const qrMaxBytes = 2331;

const utf8 = new TextEncoder();

/**
 * The QR code of `text` (UTF-8, byte mode, error correction level M, the smallest version that fits),
 * or undefined when the text is too long for any QR code; the printout then simply has none.
 */
export function createQrSvg(text: string): QrSvg | undefined {
  const bytes = utf8.encode(text);
  if (bytes.length > qrMaxBytes) return undefined;
  const code = qrcode(0, 'M');
  // The library maps each character to one byte (its low 8 bits); handing it the UTF-8 bytes as
  // characters gives proper UTF-8 without switching its global string encoder for the whole page.
  let byteString = '';
  for (const byte of bytes) byteString += String.fromCharCode(byte);
  code.addData(byteString, 'Byte');
  code.make();

  const count = code.getModuleCount();
  const parts: string[] = [];
  for (let row = 0; row < count; row++) {
    for (let col = 0; col < count; ) {
      if (!code.isDark(row, col)) {
        col++;
        continue;
      }
      // A run of dark modules in a row becomes one rectangle: far fewer path commands than one per module.
      const start = col;
      while (col < count && code.isDark(row, col)) col++;
      const run = col - start;
      parts.push(`M${start + qrQuietZone} ${row + qrQuietZone}h${run}v1h-${run}z`);
    }
  }
  return { size: count + 2 * qrQuietZone, path: parts.join('') };
}
