import { normalizeText } from '../search/normalize.js';

const MAX_SLUG_LENGTH = 100;

/**
 * A file-name-safe identifier from a name: "Diakonie Valašské Meziříčí" → "diakonie-valasske-mezirici".
 * Long names are cut at a word boundary so the slug stays within the contract's 100 characters.
 * Empty when the name has no letters or digits at all.
 */
export function slugify(name: string): string {
  // Letters that do not decompose to ASCII (ł, ß) are dropped rather than kept outside the slug alphabet.
  const words = normalizeText(name)
    .replace(/[^a-z0-9 ]+/g, '')
    .split(' ')
    .filter((word) => word !== '');
  let slug = '';
  for (const word of words) {
    const next = slug === '' ? word : `${slug}-${word}`;
    if (next.length > MAX_SLUG_LENGTH) break;
    slug = next;
  }
  return slug === '' ? (words[0] ?? '').slice(0, MAX_SLUG_LENGTH) : slug;
}
