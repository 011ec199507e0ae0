import { normalizeText, wordSpans } from './normalize.js';

/**
 * The [start, end) ranges of the words of `text` (as displayed, with diacritics) whose folded form is
 * one of `terms`, e.g. from `SearchIndex.matchedTerms(query)`: the element marks them as text, never
 * as HTML.
 */
export function highlightRanges(text: string, terms: ReadonlySet<string>): Array<[number, number]> {
  if (terms.size === 0) return [];
  return wordSpans(text).filter(([start, end]) => terms.has(normalizeText(text.slice(start, end))));
}
