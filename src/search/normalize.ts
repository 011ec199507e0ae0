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

const wordCharacter = /^[\p{L}\p{N}\p{M}]$/u;
/** Whether each code point below this bound is part of a word: 0 not yet known, 1 yes, 2 no. */
const TABLE_SIZE = 0x3000;
const wordCharacterTable = new Uint8Array(TABLE_SIZE);

/** Whether a code point belongs to a word (a letter, digit or combining mark), as `rawWords` splits. */
export function isWordCharacter(codePoint: number): boolean {
  if (codePoint >= TABLE_SIZE) return wordCharacter.test(String.fromCodePoint(codePoint));
  let known = wordCharacterTable[codePoint];
  if (!known) {
    known = wordCharacter.test(String.fromCodePoint(codePoint)) ? 1 : 2;
    wordCharacterTable[codePoint] = known;
  }
  return known === 1;
}

/**
 * Where the words of a text are, before folding: runs of letters, digits and combining marks, as
 * [start, end) offsets. Folding each such word with `normalizeText` gives exactly the words of
 * `normalizeText(text)`.
 */
export function wordSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const codePoint = text.codePointAt(i) ?? 0;
    if (isWordCharacter(codePoint)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      spans.push([start, i]);
      start = -1;
    }
    if (codePoint > 0xffff) i++;
  }
  if (start >= 0) spans.push([start, text.length]);
  return spans;
}
