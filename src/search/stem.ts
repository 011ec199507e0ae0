/**
 * A light Czech stemmer for folded words (no diacritics, lower case): it removes case endings, so
 * "senioři", "seniory" and "seniorům" all give "senior" and "noclehárna", "noclehárny" and
 * "noclehárnách" give "nocleharn". Based on the case and possessive rules of Dolamic and Savoy's
 * light stemmer (2009), without its palatalisation step (once diacritics are gone, "ci" in "pomoci"
 * and "či" in "péči" look alike, and keeping the consonant maps both sides of a match the same way)
 * and without the feminine possessive "-in".
 * A stem is always a prefix of its word.
 */

/** Endings by length, longest first, each with the shortest word it may be removed from. */
const caseEndings: ReadonlyArray<{ minLength: number; length: number; endings: ReadonlySet<string> }> = [
  { minLength: 8, endings: ['atech'] },
  { minLength: 7, endings: ['etem', 'atum'] },
  {
    minLength: 6,
    endings: ['ech', 'ich', 'eho', 'emi', 'emu', 'ete', 'eti', 'iho', 'imi', 'imu', 'ach', 'ata', 'aty', 'ych', 'ama', 'ami', 'ove', 'ovi', 'ymi'],
  },
  { minLength: 5, endings: ['em', 'es', 'im', 'um', 'at', 'am', 'os', 'us', 'ym', 'mi', 'ou'] },
  { minLength: 4, endings: ['e', 'i', 'u', 'y', 'a', 'o'] },
].map(({ minLength, endings }) => ({ minLength, length: endings[0]?.length ?? 0, endings: new Set(endings) }));

/** Not "in" (matčin): it would cut place names such as Vsetín down to "vset", the stem of Všetaty. */
const possessiveEndings: ReadonlySet<string> = new Set(['ov', 'uv']);

export function czechStem(word: string): string {
  let stem = word;
  for (const { minLength, length, endings } of caseEndings) {
    if (word.length >= minLength && endings.has(word.slice(-length))) {
      stem = word.slice(0, -length);
      break;
    }
  }
  return stem.length > 5 && possessiveEndings.has(stem.slice(-2)) ? stem.slice(0, -2) : stem;
}
