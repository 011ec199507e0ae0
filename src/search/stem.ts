/**
 * A light Czech stemmer for folded words (no diacritics, lower case): it removes case endings, so
 * "senioři", "seniory" and "seniorům" all give "senior" and "noclehárna", "noclehárny" and
 * "noclehárnách" give "nocleharn". Based on the case and possessive rules of Dolamic and Savoy's
 * light stemmer (2009), without its palatalisation step: once diacritics are gone, "ci" in "pomoci"
 * and "či" in "péči" look alike, and keeping the consonant maps both sides of a match the same way.
 */

/** Endings by length, longest first, each with the shortest word it may be removed from. */
const caseEndings: ReadonlyArray<{ minLength: number; endings: readonly string[] }> = [
  { minLength: 8, endings: ['atech'] },
  { minLength: 7, endings: ['etem', 'atum'] },
  {
    minLength: 6,
    endings: ['ech', 'ich', 'eho', 'emi', 'emu', 'ete', 'eti', 'iho', 'imi', 'imu', 'ach', 'ata', 'aty', 'ych', 'ama', 'ami', 'ove', 'ovi', 'ymi'],
  },
  { minLength: 5, endings: ['em', 'es', 'im', 'um', 'at', 'am', 'os', 'us', 'ym', 'mi', 'ou'] },
  { minLength: 4, endings: ['e', 'i', 'u', 'y', 'a', 'o'] },
];

const possessiveEndings: readonly string[] = ['ov', 'in', 'uv'];

export function czechStem(word: string): string {
  const withoutCase = removeEnding(word);
  if (withoutCase.length > 5) {
    for (const ending of possessiveEndings) {
      if (withoutCase.endsWith(ending)) return withoutCase.slice(0, -ending.length);
    }
  }
  return withoutCase;
}

function removeEnding(word: string): string {
  for (const { minLength, endings } of caseEndings) {
    if (word.length < minLength) continue;
    for (const ending of endings) {
      if (word.endsWith(ending)) return word.slice(0, -ending.length);
    }
  }
  return word;
}
