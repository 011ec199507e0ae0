import Fuse from 'fuse.js';
import { czechStem } from './stem.js';

/** A catalogue term that a query word matches, with how well: 1 exact, less for inflection, prefix or typo. */
export interface TermMatch {
  readonly term: number;
  readonly quality: number;
}

const QUALITY_EXACT = 1;
const QUALITY_SAME_STEM = 0.9;
/** A prefix scores between these two, the more of the term typed the higher. */
const QUALITY_PREFIX_MIN = 0.75;
const QUALITY_PREFIX_MAX = 0.95;
/** A typo scores at most this, less with more errors: below every exact, inflected or prefix match. */
const QUALITY_TYPO_MAX = 0.7;

/** Corrections up to this much worse than the best one are kept too. */
const TYPO_MARGIN = 0.08;
/** People seldom mistype a word's first letter, so a correction that changes it ranks lower. */
const FIRST_LETTER_PENALTY = 0.1;
/** Shorter words are too ambiguous to correct ("dum" would become "dom", "den", "dub"...). */
const MIN_TYPO_WORD_LENGTH = 4;
/** Errors per letter fuse.js may find: one in a short word, about one in three in a long one. */
function typoThreshold(wordLength: number): number {
  return wordLength <= 5 ? 0.25 : 0.34;
}

/**
 * The distinct words of a catalogue, with the lookups a query word needs: exact, by stem (Czech
 * inflection), by prefix (typing in progress) and, only when none of these finds anything, by typo,
 * which runs fuse.js over the few terms that share enough letter pairs with the word. The terms come
 * sorted, so all three first lookups are one binary search: a word's stem is a prefix of the word,
 * and every term it may stand for starts with that stem.
 */
export class TermDictionary {
  /** Folded terms in UTF-16 code unit order (a term's id is its place here). */
  readonly terms: readonly string[];
  /** Each term's stem, worked out when first needed. */
  readonly #stems: Array<string | undefined>;
  /** Terms by the letter pairs they contain, to shortlist typo candidates; built at the first typo. */
  #byBigram: Map<number, Int32Array> | undefined;
  /** Scratch counters for the bigram shortlist, one per term, reset after each use. */
  #sharedBigrams: Uint16Array | undefined;

  constructor(sortedTerms: readonly string[]) {
    this.terms = sortedTerms;
    this.#stems = new Array<string | undefined>(sortedTerms.length);
  }

  /** Every term the folded query word may stand for, each once, with its best quality. */
  match(word: string): TermMatch[] {
    const matches: TermMatch[] = [];
    const stem = czechStem(word);
    const terms = this.terms;
    for (let term = this.#firstAtLeast(stem); term < terms.length; term++) {
      const text = terms[term] ?? '';
      if (!text.startsWith(stem)) break;
      let quality = this.#stemOf(term) === stem ? QUALITY_SAME_STEM : 0;
      if (text === word) quality = QUALITY_EXACT;
      else if (text.startsWith(word)) {
        quality = Math.max(quality, QUALITY_PREFIX_MIN + ((QUALITY_PREFIX_MAX - QUALITY_PREFIX_MIN) * word.length) / text.length);
      }
      if (quality > 0) matches.push({ term, quality });
    }
    if (matches.length === 0 && word.length >= MIN_TYPO_WORD_LENGTH) return this.#typos(word);
    return matches;
  }

  /** Builds the letter-pair index now rather than at the first typo (for idle time). */
  prepareTypos(): void {
    this.#byBigram ??= this.#indexBigrams();
  }

  #stemOf(term: number): string {
    return (this.#stems[term] ??= czechStem(this.terms[term] ?? ''));
  }

  /** The first term that is not before `text` in code unit order. */
  #firstAtLeast(text: string): number {
    let low = 0;
    let high = this.terms.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.terms[middle] ?? '') < text) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  #typos(word: string): TermMatch[] {
    const threshold = typoThreshold(word.length);
    const candidates = this.#shortlist(word, Math.floor(word.length * threshold));
    if (candidates.length === 0) return [];
    // Anchored at the word's start (location 0, a short distance): a correction, not a word found
    // inside a longer one ("senory" is "seniory", not the village "Všenory").
    const fuse = new Fuse(
      candidates.map((term) => this.terms[term] ?? ''),
      { includeScore: true, isCaseSensitive: true, shouldSort: false, threshold, location: 0, distance: 4 },
    );
    const scored = fuse.search(word).map((result) => {
      const term = candidates[result.refIndex] ?? 0;
      const firstLetterChanged = this.terms[term]?.[0] !== word[0];
      return { term, score: (result.score ?? 1) + (firstLetterChanged ? FIRST_LETTER_PENALTY : 0) };
    });
    // Only the closest corrections: "senory" means "seniory", not also "sekery" two errors away.
    const best = Math.min(...scored.map(({ score }) => score));
    return scored
      .filter(({ score }) => score <= best + TYPO_MARGIN)
      .map(({ term, score }) => ({ term, quality: QUALITY_TYPO_MAX * (1 - score) }));
  }

  /**
   * Terms that can be within `errors` edits of the word: each edit breaks at most two of the
   * word's letter pairs, so such a term keeps at least (pairs − 2 × errors) of them.
   */
  #shortlist(word: string, errors: number): number[] {
    const byBigram = (this.#byBigram ??= this.#indexBigrams());
    const counts = (this.#sharedBigrams ??= new Uint16Array(this.terms.length));
    const bigrams = bigramsOf(word).filter((pair, i, pairs) => pairs.indexOf(pair) === i);
    const needed = Math.max(1, bigrams.length - 2 * errors);
    const touched: number[] = [];
    for (const bigram of bigrams) {
      for (const term of byBigram.get(bigram) ?? []) {
        if (counts[term] === 0) touched.push(term);
        counts[term] = (counts[term] ?? 0) + 1;
      }
    }
    const shortlisted = touched.filter((term) => (counts[term] ?? 0) >= needed);
    for (const term of touched) counts[term] = 0;
    return shortlisted;
  }

  #indexBigrams(): Map<number, Int32Array> {
    const lists = new Map<number, number[]>();
    this.terms.forEach((term, id) => {
      const pairs = bigramsOf(term);
      pairs.forEach((pair, i) => {
        if (pairs.indexOf(pair) === i) pushTo(lists, pair, id);
      });
    });
    return new Map(Array.from(lists, ([pair, ids]) => [pair, Int32Array.from(ids)]));
  }
}

/**
 * Letter pairs of a word padded with a boundary mark, as small integers: "dum" → ^d, du, um, m^.
 * Codes are cut to 15 bits so keys stay small integers; a rare clash only widens the shortlist.
 */
function bigramsOf(word: string): number[] {
  const pairs: number[] = [];
  let previous = 0;
  for (let i = 0; i <= word.length; i++) {
    const code = i < word.length ? word.charCodeAt(i) & 0x7fff : 0;
    pairs.push(previous * 0x8000 + code);
    previous = code;
  }
  return pairs;
}

function pushTo<K>(map: Map<K, number[]>, key: K, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
