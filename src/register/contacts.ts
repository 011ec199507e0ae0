/**
 * Turning the register's contact texts into values the data contract accepts. A value that cannot be
 * made valid is dropped and named in the report; nothing is guessed beyond the rules below. The last word
 * belongs to the same link checks the element uses (src/catalogue/links.ts), so what is imported can be shown.
 */
import { mailtoHref, safeWebHref, telHref } from '../catalogue/links.js';

/** A contact value as the contract wants it, or the reason it was left out. */
export type NormalizedContact = { value: string } | { problem: string };

// The contract's webUrl pattern (schema/provider.schema.json#/$defs/webUrl).
const WEB_URL = /^https?:\/\/[^\s/?#@]+\.[^\s/?#@]+([/?#][^\s]*)?$/;
const SCHEME_WITH_SLASHES = /^([a-z][a-z0-9+.-]*):\/\//i;
const OTHER_SCHEME = /^(javascript|data|vbscript|file|ftp|mailto|tel|sms):/i;

/**
 * A web address with an http(s) scheme. The register often writes "www.example.cz" without one; it then
 * gets "http://", because that claims nothing the register did not say (a site without TLS still opens,
 * and a site with TLS redirects). Any scheme other than http and https is refused.
 */
export function normalizeWebUrl(raw: string): NormalizedContact {
  let url = raw.trim().replace(/[.,]+$/, '');
  if (url === '') return { problem: 'prázdná webová adresa' };
  const scheme = SCHEME_WITH_SLASHES.exec(url)?.[1];
  if (scheme !== undefined) {
    const lower = scheme.toLowerCase();
    if (lower !== 'http' && lower !== 'https') return { problem: `webová adresa „${raw}“ nemá schéma http ani https` };
    url = lower + url.slice(scheme.length);
  } else if (OTHER_SCHEME.test(url)) {
    return { problem: `webová adresa „${raw}“ nemá schéma http ani https` };
  } else {
    url = `http://${url.replace(/^\/\//, '')}`;
  }
  if (!WEB_URL.test(url) || safeWebHref(url) === undefined) return { problem: `„${raw}“ není platná webová adresa` };
  return { value: url };
}

/** One e-mail address, without a "mailto:" prefix. */
export function normalizeEmail(raw: string): NormalizedContact {
  const email = raw.trim().replace(/^mailto:/i, '');
  return mailtoHref(email) === undefined ? { problem: `„${raw}“ není platná e-mailová adresa` } : { value: email };
}

/**
 * Phone numbers in the contract's format ("571 629 084", "+420 571 629 084"). One register value may hold
 * several numbers ("571 629 084, 777 000 000"); "00" before a country code becomes "+".
 */
export function normalizePhones(raw: string): NormalizedContact[] {
  const parts = raw
    .split(/[,;]|\s+nebo\s+|\s+a\s+/)
    .flatMap(splitSlashJoinedNumbers)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  if (parts.length === 0) return [{ problem: 'prázdné telefonní číslo' }];
  return parts.map((part) => normalizePhone(part, raw));
}

// "571 629 084/777 000 000" is two numbers; "571/629 084" is one number written with a slash.
function splitSlashJoinedNumbers(text: string): string[] {
  const pieces = text.split('/');
  const allWhole = pieces.length > 1 && pieces.every((piece) => piece.replace(/[^0-9]/g, '').length >= 9);
  return allWhole ? pieces : [text];
}

function normalizePhone(part: string, raw: string): NormalizedContact {
  // Words next to a number ("(ústředna)", "mobil:") are labels, not digits.
  const compact = part.replace(/\([^)]*\)/g, '').replace(/[^0-9+]/g, '');
  const international = /^[0-9]{9}$/.test(compact) ? undefined : compact.startsWith('+') ? compact.slice(1) : compact.startsWith('00') ? compact.slice(2) : undefined;
  const phone =
    international === undefined ? groupCzech(compact) : /^420[0-9]{9}$/.test(international) ? `+420 ${groupCzech(international.slice(3))}` : `+${international}`;
  return telHref(phone) === undefined ? { problem: `„${raw}“ není platné telefonní číslo` } : { value: phone };
}

function groupCzech(nineDigits: string): string {
  return `${nineDigits.slice(0, 3)} ${nineDigits.slice(3, 6)} ${nineDigits.slice(6)}`;
}
