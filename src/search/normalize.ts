/**
 * Folds text for matching: lower case, no diacritics ("Pečovatelská" → "pecovatelska"), single spaces.
 * Every comparison between a query and catalogue text goes through this one function.
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
