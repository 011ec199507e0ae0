/**
 * Turning untrusted catalogue strings into link targets. Used by the validator and again by the
 * element's rendering: a value that passed validation still goes through these before it reaches an
 * `href`, so a catalogue edited by hand or served from elsewhere cannot smuggle in `javascript:` or `data:`.
 */

// Whitespace, C0/C1 control characters and the invisible format characters (bidi overrides, zero-width)
// that could make an address look different from what it is.
const SUSPICIOUS_CHARACTERS = /[\s\p{Cc}\p{Cf}]/u;

/** The href of an absolute `http:`/`https:` URL without credentials, or undefined for anything else. */
export function safeWebHref(url: string): string | undefined {
  if (typeof url !== 'string' || url.length > 2000 || SUSPICIOUS_CHARACTERS.test(url)) return undefined;
  let parsed: URL;
  try {
    // new URL resolves mixed-case schemes and rejects relative or encoded ones (java%73cript:) for us.
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
  if (parsed.username !== '' || parsed.password !== '' || parsed.hostname === '') return undefined;
  return parsed.href;
}

/**
 * The shape nearly every catalogue link has: http(s), a host of ASCII letters, digits and hyphens in two
 * or more labels, the last starting with a letter (so it is no IPv4 address), no port and no
 * credentials, then a path, query or fragment. new URL reads every such address as http(s) with a host
 * and no credentials; building it costs about 8 µs a link in Chromium, which at 2,600 links was ~20 ms
 * of a national catalogue's validation. Hosts with a punycode ("xn--") label are left to new URL.
 */
const PLAIN_WEB_URL = /^https?:\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z][a-z0-9-]*(?:[/?#]\S*)?$/i;
const PUNYCODE_HOST = /^https?:\/\/[^/?#]*xn--/i;

/** Whether safeWebHref(url) gives an href, without building the URL when the address's shape says so. */
export function isSafeWebUrl(url: string): boolean {
  const plain = url.length <= 2000 && PLAIN_WEB_URL.test(url) && !PUNYCODE_HOST.test(url) && !SUSPICIOUS_CHARACTERS.test(url);
  return plain || safeWebHref(url) !== undefined;
}

// The e-mail pattern of the data contract, minus the characters that would change a mailto: URL's meaning
// (`?` starts headers such as cc= or body=, `#`, `%` and `&` would be decoded or split, `/` is unusual).
const EMAIL = /^[^\s@<>()[\]\\,;:"?#%&/]+@[^\s@<>()[\]\\,;:"?#%&/]+\.[a-zA-Z]{2,}$/u;

/** `mailto:` plus the address when it is a plausible single e-mail address, otherwise undefined. */
export function mailtoHref(email: string): string | undefined {
  if (typeof email !== 'string' || email.length > 254 || SUSPICIOUS_CHARACTERS.test(email)) return undefined;
  return EMAIL.test(email) ? `mailto:${email}` : undefined;
}

const CZECH_PREFIX = '420';
const CZECH_NATIONAL_DIGITS = 9;

/**
 * A `tel:` URL in international form: "571 629 084" and "+420 571 629 084" both give "tel:+420571629084".
 * Accepts the contract's phone format (digits with single spaces, optional leading +). A number without
 * "+" must be a 9-digit Czech number; a Czech number after "+420" must have 9 digits; international
 * numbers follow E.164 (at most 15 digits). Anything else is not a phone number: undefined.
 */
export function telHref(phone: string): string | undefined {
  if (typeof phone !== 'string' || !/^\+?[0-9]( ?[0-9]){7,14}$/.test(phone)) return undefined;
  const international = phone.startsWith('+');
  const digits = phone.replace(/[^0-9]/g, '');
  if (!international) {
    return digits.length === CZECH_NATIONAL_DIGITS ? `tel:+${CZECH_PREFIX}${digits}` : undefined;
  }
  if (digits.startsWith(CZECH_PREFIX) && digits.length !== CZECH_PREFIX.length + CZECH_NATIONAL_DIGITS) {
    return undefined;
  }
  return digits.length <= 15 ? `tel:+${digits}` : undefined;
}
