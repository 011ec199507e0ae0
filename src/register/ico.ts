/**
 * IČO, the Czech company identification number: 8 digits, the last one a mod-11 check digit.
 * The register gives it as text; leading zeros are part of it, so it is never handled as a number.
 */

const WEIGHTS = [8, 7, 6, 5, 4, 3, 2] as const;

/** Whether an 8-digit IČO has the right check digit. */
export function hasValidIcoCheckDigit(ico: string): boolean {
  if (!/^[0-9]{8}$/.test(ico)) return false;
  const sum = WEIGHTS.reduce((total, weight, index) => total + weight * Number(ico[index]), 0);
  return (11 - (sum % 11)) % 10 === Number(ico[7]);
}

/**
 * The IČO as 8-digit text, or undefined when the value is not one. Shorter digit strings get their lost
 * leading zeros back (a spreadsheet or a number type may have dropped them); spaces are removed.
 */
export function readIco(value: unknown): string | undefined {
  const text = typeof value === 'number' && Number.isSafeInteger(value) ? String(value) : value;
  if (typeof text !== 'string') return undefined;
  const digits = text.replace(/\s+/g, '');
  if (!/^[0-9]{1,8}$/.test(digits)) return undefined;
  const ico = digits.padStart(8, '0');
  return hasValidIcoCheckDigit(ico) ? ico : undefined;
}
