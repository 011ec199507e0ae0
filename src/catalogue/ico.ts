/**
 * IČO (identifikační číslo osoby): 8 digits, the last a mod-11 check digit over the first seven,
 * weighted 8, 7, …, 2. Remainder 0 gives check digit 1, remainder 1 gives 0, otherwise 11 − remainder.
 */

const ICO_FORMAT = /^[0-9]{8}$/;
const WEIGHTS = [8, 7, 6, 5, 4, 3, 2] as const;

/** The check digit the first seven digits call for, or undefined when the value is not 8 digits. */
export function expectedIcoCheckDigit(ico: string): number | undefined {
  if (!ICO_FORMAT.test(ico)) return undefined;
  const sum = WEIGHTS.reduce((total, weight, index) => total + weight * Number(ico[index]), 0);
  return (11 - (sum % 11)) % 10;
}

/** True for 8 digits whose last digit is the right check digit. */
export function isValidIco(ico: string): boolean {
  const expected = expectedIcoCheckDigit(ico);
  return expected !== undefined && Number(ico[7]) === expected;
}
