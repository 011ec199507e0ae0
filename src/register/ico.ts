import { isValidIco } from '../catalogue/ico.js';

/**
 * The IČO as 8-digit text, or undefined when the value is not a valid one. The register gives it as text;
 * shorter digit strings get lost leading zeros back (a number type may have dropped them), spaces go.
 */
export function readIco(value: unknown): string | undefined {
  const text = typeof value === 'number' && Number.isSafeInteger(value) ? String(value) : value;
  if (typeof text !== 'string') return undefined;
  const digits = text.replace(/\s+/g, '');
  if (!/^[0-9]{1,8}$/.test(digits)) return undefined;
  const ico = digits.padStart(8, '0');
  return isValidIco(ico) ? ico : undefined;
}
