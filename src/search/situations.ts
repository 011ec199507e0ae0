/**
 * Which life situations (catalogue-data/life-situations.json) a query describes. People type
 * everyday words ("mama nezvlada varit", "manzel me tluce") that no service's name contains; the
 * situations' phrases do, and they lead to the kinds of service the law has for them.
 *
 * Every phrase and label is folded and cut into words once. A query word is compared with each
 * distinct word of the phrases (a few thousand at most): same stem, one stem the start of the other
 * (máma, maminka; vařit, vaření), a typo or two, or, for the word being typed, a completion. The
 * words are weighted by how rare they are among the situations, so "exekuce" counts for more than
 * "pomoc". A situation scores by how much of the query one of its phrases covers, and how much of
 * the query all its phrases together cover.
 */
import type { CatalogueLifeSituation } from '../generated/catalogue-types.js';
import { normalizeText } from './normalize.js';
import { czechStem } from './stem.js';

export interface SituationMatch {
  readonly situation: CatalogueLifeSituation;
  /** From 0 to 1: 1 when one phrase holds every word of the query as typed. */
  readonly score: number;
}

export interface SituationIndex {
  readonly situations: readonly CatalogueLifeSituation[];
  /** The situations the query describes, best first, at most `limit` of them. */
  match(query: string, limit?: number): SituationMatch[];
}

/** Words that say nothing about the situation (Czech and English, for the English labels). */
const stopWords: ReadonlySet<string> = new Set([
  ...['a', 'i', 'k', 'ke', 'o', 'od', 'po', 'pro', 's', 'se', 'si', 'u', 'v', 've', 'z', 'ze', 'na', 'do', 'za', 'pri', 'nebo'],
  ...['je', 'jsem', 'jsme', 'jsou', 'mi', 'me', 'mne', 'mu', 'ho', 'by', 'to', 'co', 'uz', 'ale', 'jak', 'nas', 'nam'],
  ...['muj', 'moje', 'moji', 'nase', 'nasi', 'naseho', 'jeho', 'jeji', 'jejich'],
  ...['and', 'for', 'of', 'the', 'with', 'in', 'to', 'or', 'an', 'my', 'me', 'is', 'am', 'are', 'at', 'on', 'who', 'can', 'be'],
]);

/** Word similarities below this are no match at all. */
const MIN_WORD_SIMILARITY = 0.55;
/** Words sharing at least this many first letters may be related… */
const MIN_SHARED_START = 4;
/** …when neither has more than this many letters after them, */
const DIFFERENT_LAST_LETTERS = 3;
/** …and score from this up to 1 with the share of letters in common. */
const SHARED_START_BASE = 0.6;
/** The word being typed, when a phrase word starts with it. */
const COMPLETION_SIMILARITY = 0.8;
/** Fewer letters typed are too ambiguous to complete. */
const MIN_COMPLETION_LENGTH = 3;
const ONE_TYPO_SIMILARITY = 0.85;
const TWO_TYPOS_SIMILARITY = 0.7;
/** Stems at least this long may have one typo, and at least the second this long two. */
const ONE_TYPO_LENGTH = 5;
const TWO_TYPOS_LENGTH = 8;
/** A query word found in no phrase still counts, with this share of the average word's weight. */
const UNKNOWN_WORD_WEIGHT = 0.5;
/** How much the best single phrase counts against all the situation's phrases together. */
const PHRASE_SHARE = 0.5;
/** How much a phrase loses for words of its own the query lacks ("denní stacionář" for "stacionář"). */
const PHRASE_COVERAGE_SHARE = 0.2;
/** Situations scoring below this are not offered. */
export const MIN_SITUATION_SCORE = 0.35;
/** …nor those far behind the best one. */
const RELATIVE_SCORE = 0.7;
const DEFAULT_LIMIT = 5;
/** A situation is told in a few words; a pasted page must not cost a scan of every phrase word per word. */
const MAX_QUERY_WORDS = 12;

/**
 * Verb and verbal-noun endings the case stemmer keeps, removed so that "vařit", "vaření" and "vaří"
 * meet at "var"; only here, where a looser match costs a suggestion, not a wrong service.
 */
const verbEndings = ['ovani', 'ovat', 'nout', 'eni', 'ani', 'it', 'et', 'at'];
const MIN_ROOT_LENGTH = 3;

/** The stem situations compare: the case stem, or the root of a verb form. */
export function situationStem(word: string): string {
  for (const ending of verbEndings) {
    if (word.endsWith(ending) && word.length - ending.length >= MIN_ROOT_LENGTH) return word.slice(0, -ending.length);
  }
  return czechStem(word);
}

interface Term {
  readonly word: string;
  readonly stem: string;
  /** How rare the word is among the situations: ln(1 + situations / situations using it). */
  readonly weight: number;
}

interface Phrase {
  readonly situation: number;
  /** Distinct term ids. */
  readonly terms: readonly number[];
  readonly weight: number;
}

interface WordMatch {
  readonly term: number;
  readonly similarity: number;
}

interface WordMatches {
  readonly matches: readonly WordMatch[];
  /** How rare the word is among the situations, counting every situation any of its matches is in. */
  readonly weight: number;
}

/** Built once per catalogue: the distinct words of every phrase and label, and which phrases use them. */
export function createSituationIndex(situations: readonly CatalogueLifeSituation[]): SituationIndex {
  const termIds = new Map<string, number>();
  const termWords: string[] = [];
  const termSituations: Array<Set<number>> = [];
  const phraseTerms: number[][] = [];
  const phraseSituations: number[] = [];

  situations.forEach((situation, situationIndex) => {
    const texts = [situation.label.cs, situation.label.en ?? '', ...situation.phrases];
    for (const text of texts) {
      const terms = new Set<number>();
      for (const word of contentWords(text)) {
        let id = termIds.get(word);
        if (id === undefined) {
          id = termWords.length;
          termIds.set(word, id);
          termWords.push(word);
          termSituations.push(new Set());
        }
        termSituations[id]?.add(situationIndex);
        terms.add(id);
      }
      if (terms.size === 0) continue;
      phraseTerms.push([...terms]);
      phraseSituations.push(situationIndex);
    }
  });

  const terms: Term[] = termWords.map((word, id) => ({
    word,
    stem: situationStem(word),
    weight: rarity(situations.length, termSituations[id]?.size ?? 1),
  }));
  const averageWeight = terms.reduce((sum, term) => sum + term.weight, 0) / Math.max(1, terms.length);
  const phrases: Phrase[] = phraseTerms.map((ids, index) => ({
    situation: phraseSituations[index] ?? 0,
    terms: ids,
    weight: ids.reduce((sum, id) => sum + (terms[id]?.weight ?? 0), 0),
  }));
  const phrasesByTerm: number[][] = terms.map(() => []);
  phrases.forEach((phrase, index) => {
    for (const id of phrase.terms) phrasesByTerm[id]?.push(index);
  });

  const wordCache = new Map<string, WordMatches>();
  function matchesOf(word: string, typing: boolean): WordMatches {
    const key = `${typing ? '+' : '='}${word}`;
    let found = wordCache.get(key);
    if (!found) {
      const matches = matchTerms(word, typing, terms);
      const matchedSituations = new Set(matches.flatMap(({ term }) => [...(termSituations[term] ?? [])]));
      found = { matches, weight: rarity(situations.length, matchedSituations.size) };
      if (wordCache.size >= WORD_CACHE_SIZE) wordCache.delete(wordCache.keys().next().value ?? '');
      wordCache.set(key, found);
    }
    return found;
  }

  // Scratch space reused by every query.
  const termBest = new Float64Array(terms.length);
  const phraseWordBest = new Float64Array(phrases.length);
  const phraseSimilarity = new Float64Array(phrases.length);
  const situationWordBest = new Float64Array(situations.length);
  const covered = new Float64Array(situations.length);
  const bestPhrase = new Float64Array(situations.length);

  const uncached: SituationIndex = {
    situations,
    match(query, limit = DEFAULT_LIMIT) {
      const words = contentWords(query).slice(0, MAX_QUERY_WORDS);
      if (words.length === 0 || situations.length === 0) return [];
      // The last word may be unfinished unless a space follows it.
      const typingLast = !/\s$/u.test(query);
      const found = words.map((word, i) => matchesOf(word, typingLast && i === words.length - 1));
      const wordMatches = found.map(({ matches }) => matches);
      const wordWeights = found.map(({ matches, weight }) => (matches.length === 0 ? UNKNOWN_WORD_WEIGHT * averageWeight : weight));
      const totalWeight = wordWeights.reduce((sum, weight) => sum + weight, 0);

      termBest.fill(0);
      phraseSimilarity.fill(0);
      covered.fill(0);
      wordMatches.forEach((matches, i) => {
        const share = (wordWeights[i] ?? 0) / totalWeight;
        phraseWordBest.fill(0);
        situationWordBest.fill(0);
        for (const { term, similarity } of matches) {
          if (similarity > (termBest[term] ?? 0)) termBest[term] = similarity;
          for (const phrase of phrasesByTerm[term] ?? []) {
            if (similarity > (phraseWordBest[phrase] ?? 0)) phraseWordBest[phrase] = similarity;
            const situation = phrases[phrase]?.situation ?? 0;
            if (similarity > (situationWordBest[situation] ?? 0)) situationWordBest[situation] = similarity;
          }
        }
        phraseWordBest.forEach((similarity, phrase) => {
          if (similarity > 0) phraseSimilarity[phrase] = (phraseSimilarity[phrase] ?? 0) + share * similarity;
        });
        situationWordBest.forEach((similarity, situation) => {
          if (similarity > 0) covered[situation] = (covered[situation] ?? 0) + share * similarity;
        });
      });

      bestPhrase.fill(0);
      phrases.forEach((phrase, index) => {
        const similarity = phraseSimilarity[index] ?? 0;
        if (similarity === 0) return;
        // How much of the phrase's own meaning the query holds: its rare words count most.
        const coverage = phrase.terms.reduce((sum, term) => sum + (terms[term]?.weight ?? 0) * (termBest[term] ?? 0), 0) / phrase.weight;
        const score = similarity * (1 - PHRASE_COVERAGE_SHARE + PHRASE_COVERAGE_SHARE * coverage);
        if (score > (bestPhrase[phrase.situation] ?? 0)) bestPhrase[phrase.situation] = score;
      });

      const scored: SituationMatch[] = [];
      situations.forEach((situation, index) => {
        const score = PHRASE_SHARE * (bestPhrase[index] ?? 0) + (1 - PHRASE_SHARE) * (covered[index] ?? 0);
        if (score >= MIN_SITUATION_SCORE) scored.push({ situation, score });
      });
      scored.sort((a, b) => b.score - a.score);
      const best = scored[0]?.score ?? 0;
      return scored.filter((match) => match.score >= best * RELATIVE_SCORE).slice(0, limit);
    },
  };

  // A keystroke asks twice for the same query (to widen the results, then for the suggestions).
  let last: { query: string; limit: number | undefined; matches: SituationMatch[] } | undefined;
  return {
    situations,
    match(query, limit) {
      if (last?.query !== query || last.limit !== limit) last = { query, limit, matches: uncached.match(query, limit) };
      return last.matches;
    },
  };
}

const WORD_CACHE_SIZE = 64;

/** The folded words of a text that can tell one situation from another. */
function contentWords(text: string): string[] {
  return [...new Set(normalizeText(text).split(' ').filter((word) => word !== '' && !stopWords.has(word)))];
}

/** Inverse document frequency: a word in few of the situations tells them apart. */
function rarity(situationCount: number, using: number): number {
  return Math.log(1 + situationCount / Math.max(1, using));
}

function matchTerms(word: string, typing: boolean, terms: readonly Term[]): WordMatch[] {
  const stem = situationStem(word);
  const matches: WordMatch[] = [];
  terms.forEach((term, id) => {
    const similarity = wordSimilarity(word, stem, term, typing);
    if (similarity >= MIN_WORD_SIMILARITY) matches.push({ term: id, similarity });
  });
  return matches;
}

/** How well a folded query word (and its stem) stands for a phrase word: 1 same stem, 0 unrelated. */
export function wordSimilarity(word: string, stem: string, term: { word: string; stem: string }, typing: boolean): number {
  if (stem === term.stem || word === term.word) return 1;
  // The words, or their stems, differ only in their last few letters: another form or a derived
  // word (ztratil, ztráta; pečovatelka, pečovatelská).
  let similarity = Math.max(nearness(word, term.word), nearness(stem, term.stem));
  if (typing && word.length >= MIN_COMPLETION_LENGTH && term.word.startsWith(word)) {
    similarity = Math.max(similarity, COMPLETION_SIMILARITY);
  }
  // People seldom mistype a word's first letter; checking it first also keeps typing fast.
  const shorter = Math.min(stem.length, term.stem.length);
  const longer = Math.max(stem.length, term.stem.length);
  if (similarity < ONE_TYPO_SIMILARITY && word[0] === term.word[0] && shorter >= ONE_TYPO_LENGTH - 1 && longer >= ONE_TYPO_LENGTH) {
    const allowed = shorter >= TWO_TYPOS_LENGTH ? 2 : 1;
    const distance = Math.min(editDistance(stem, term.stem, allowed), editDistance(word, term.word, allowed));
    if (distance === 1) similarity = Math.max(similarity, ONE_TYPO_SIMILARITY);
    else if (distance === 2 && allowed === 2) similarity = Math.max(similarity, TWO_TYPOS_SIMILARITY);
  }
  return similarity;
}

/** From SHARED_START_BASE to 1 for words that share their start and differ only after it; else 0. */
function nearness(a: string, b: string): number {
  let shared = 0;
  while (shared < a.length && shared < b.length && a[shared] === b[shared]) shared++;
  const longer = Math.max(a.length, b.length);
  if (shared < MIN_SHARED_START || longer - shared > DIFFERENT_LAST_LETTERS) return 0;
  return SHARED_START_BASE + ((1 - SHARED_START_BASE) * shared) / longer;
}

/** Rows of the edit distance table, reused: words here are short. */
let rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(32), new Int32Array(32), new Int32Array(32)];

/**
 * Optimal string alignment distance (Levenshtein with swapped neighbours as one edit), or
 * `limit + 1` as soon as it must exceed `limit`.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (rows[0].length <= b.length) rows = [new Int32Array(b.length + 1), new Int32Array(b.length + 1), new Int32Array(b.length + 1)];
  let [beforePrevious, previous, current] = rows;
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, (beforePrevious[j - 2] ?? 0) + 1);
      current[j] = value;
      if (value < rowMinimum) rowMinimum = value;
    }
    if (rowMinimum > limit) return limit + 1;
    [beforePrevious, previous, current] = [previous, current, beforePrevious];
  }
  return Math.min(previous[b.length] ?? 0, limit + 1);
}
