import { normalizeText } from './normalize.js';
import { FIELD_COUNT, PostingsBuilder, type Postings } from './postings.js';
import { TermDictionary, type TermMatch } from './term-dictionary.js';

/** The texts of one service that search looks at, already in the interface language. */
export type SearchField = 'name' | 'provider' | 'kind' | 'targetGroups' | 'municipalities' | 'description';

export interface SearchDocument {
  readonly id: string;
  readonly fields: Readonly<Record<SearchField, string>>;
}

export interface SearchHit {
  readonly id: string;
  /** 0 is a perfect match, 1 no match at all; hits come best first. */
  readonly score: number;
}

export interface SearchIndex {
  /** Hits for the query, best first; `within` limits them to these ids (the filtered services). */
  search(query: string, within?: ReadonlySet<string>): SearchHit[];
  /**
   * The folded catalogue words the query matches (inflected forms, completions of the word being
   * typed, corrected typos), for highlighting with `highlightRanges`.
   */
  matchedTerms(query: string): ReadonlySet<string>;
  /**
   * Finds, one letter per `pause()`, the services of every one-letter word, and keeps them: a search's
   * first keystroke, which reads the postings of every term with that first letter, then costs what
   * the next ones do.
   */
  prepareLetters(pause: () => Promise<void>): Promise<void>;
}

/**
 * Short function words do not narrow the results ("domov pro seniory" also finds a service whose
 * texts lack "pro") but still lift the services that contain them.
 */
const optionalWords: ReadonlySet<string> = new Set([
  ...['a', 'i', 'k', 'ke', 'o', 'od', 'po', 'pro', 's', 'se', 'u', 'v', 've', 'z', 'ze', 'na', 'do', 'za', 'pri', 'nebo'],
  ...['and', 'for', 'of', 'the', 'with', 'in', 'to', 'or'],
]);

/** Services where every word matched in one same field close this share of the gap to a perfect score. */
const SAME_FIELD_BONUS = 0.25;
/** …and where the words stand in a row there, as typed, this share of what is left. */
const PHRASE_BONUS = 0.5;
/** Words of a phrase may have one word between them ("domov pro seniory", "Krásno nad Bečvou"). */
const PHRASE_GAP = 1;
/** How many of the best hits are checked for phrases: a first page and then some. */
const PHRASE_CHECKED = 200;
/** Word bits are an int's. */
const MAX_PHRASE_WORDS = 31;
/** Words whose matches and hits are kept: a session's typing, at most a few MB at national scale. */
const WORD_CACHE_SIZE = 64;
/** Documents read per step when building in slices: about 10 ms of work on a slow laptop. */
const DEFAULT_SLICE = 400;

/**
 * Builds the index in one go: a few ms for a microregion, about 0.2 s for 7,000 services on a slow
 * 2-core machine, where `createSearchIndexInSlices` keeps the page responsive instead. The letter-pair
 * index for typos is left to the first typo (10–20 ms then).
 */
export function createSearchIndex(documents: readonly SearchDocument[]): SearchIndex {
  const postings = new PostingsBuilder(documents).finish();
  return searchIndexOver(documents, postings, new TermDictionary(postings.terms));
}

/**
 * Builds the index a slice of documents at a time, awaiting `pause()` between slices (for example
 * `() => new Promise((resolve) => setTimeout(resolve))`), so typing stays responsive while a
 * national catalogue is indexed.
 */
export async function createSearchIndexInSlices(
  documents: readonly SearchDocument[],
  pause: () => Promise<void>,
  sliceSize = DEFAULT_SLICE,
): Promise<SearchIndex> {
  const builder = new PostingsBuilder(documents);
  while (!builder.done) {
    builder.step(sliceSize);
    await pause();
  }
  const postings = builder.finish();
  const dictionary = new TermDictionary(postings.terms);
  await pause();
  // Otherwise the first typo would pay for it.
  dictionary.prepareTypos();
  return searchIndexOver(documents, postings, dictionary);
}

/**
 * A search matches each query word against the catalogue's distinct terms (exact, inflected,
 * completed, corrected), walks only those terms' postings, keeps the services every word was
 * found in (restricted to `within` first), and ranks them by field weight times match quality.
 */
function searchIndexOver(documents: readonly SearchDocument[], postings: Postings, dictionary: TermDictionary): SearchIndex {
  const { offsets, docs, weights, fields, tokens, fieldEnds } = postings;
  const documentCount = documents.length;
  const matchesCache = new Map<string, TermMatch[]>();
  const hitsCache = new Map<string, WordHits>();
  // One-letter words, kept for good: at most the alphabet's, a few MB at national scale.
  const letterHits = new Map<string, WordHits>();
  // Scratch space reused by every search; a stamp marks which entries belong to the current pass.
  const wordStamp = new Int32Array(documentCount);
  const wordBest = new Float64Array(documentCount);
  const wordFields = new Uint8Array(documentCount);
  const wordDocs = new Int32Array(documentCount);
  const aliveStamp = new Int32Array(documentCount);
  const total = new Float64Array(documentCount);
  const sharedFields = new Uint8Array(documentCount);
  const aliveBuffer = new Int32Array(documentCount);
  const nextBuffer = new Int32Array(documentCount);
  /** Sort keys pack a score and a document index: the index below this, the score above. */
  const keyScale = 2 ** Math.ceil(Math.log2(documentCount + 1));
  // Per term, which of the query's words it stands for (bit i for word i), for phrases.
  const termStamp = new Int32Array(postings.terms.length);
  const termWords = new Int32Array(postings.terms.length);
  let stamp = 0;
  const ids = documents.map((doc) => doc.id);

  function matchesOf(word: string): TermMatch[] {
    let matches = matchesCache.get(word);
    if (!matches) {
      matches = dictionary.match(word);
      remember(matchesCache, word, matches);
    }
    return matches;
  }

  /**
   * Every service a word is found in, with its best relevance there and the fields it is found in;
   * kept for the next keystrokes, which repeat all words but the last.
   */
  function hitsOf(word: string): WordHits {
    let hits = (word.length === 1 ? letterHits : hitsCache).get(word);
    if (hits) return hits;
    const current = ++stamp;
    let count = 0;
    for (const { term, quality } of matchesOf(word)) {
      const end = offsets[term + 1] ?? 0;
      for (let i = offsets[term] ?? 0; i < end; i++) {
        const doc = docs[i] ?? 0;
        const relevance = quality * (weights[i] ?? 0);
        if (wordStamp[doc] !== current) {
          wordStamp[doc] = current;
          wordBest[doc] = relevance;
          wordFields[doc] = fields[i] ?? 0;
          wordDocs[count++] = doc;
        } else {
          if (relevance > (wordBest[doc] ?? 0)) wordBest[doc] = relevance;
          wordFields[doc] = (wordFields[doc] ?? 0) | (fields[i] ?? 0);
        }
      }
    }
    const found = wordDocs.slice(0, count);
    hits = {
      docs: found,
      best: Float32Array.from(found, (doc) => wordBest[doc] ?? 0),
      fields: Uint8Array.from(found, (doc) => wordFields[doc] ?? 0),
    };
    if (word.length === 1) letterHits.set(word, hits);
    else remember(hitsCache, word, hits);
    return hits;
  }

  /**
   * Writes to `out` the services among a word's hits that are alive after the previous words (or,
   * for the first word, that `within` allows), leaving their relevance and fields in `wordBest` and
   * `wordFields`; returns how many.
   */
  function collect(hits: WordHits, aliveMark: number, within: ReadonlySet<string> | undefined, out: Int32Array): number {
    let count = 0;
    for (let i = 0; i < hits.docs.length; i++) {
      const doc = hits.docs[i] ?? 0;
      if (aliveMark > 0 ? aliveStamp[doc] !== aliveMark : within !== undefined && !within.has(ids[doc] ?? '')) continue;
      wordBest[doc] = hits.best[i] ?? 0;
      wordFields[doc] = hits.fields[i] ?? 0;
      out[count++] = doc;
    }
    return count;
  }

  /**
   * Among the best hits, lifts those where the query's words stand in a row in one field, as typed
   * ("Horní Bečva", not "Horní Moštěnice … Týn nad Bečvou"), and sorts them again.
   */
  function liftPhrases(keys: Float64Array, count: number, words: readonly string[]): void {
    const mark = ++stamp;
    words.forEach((word, i) => {
      for (const { term } of matchesOf(word)) {
        if (termStamp[term] !== mark) {
          termStamp[term] = mark;
          termWords[term] = 0;
        }
        termWords[term] = (termWords[term] ?? 0) | (1 << i);
      }
    });
    const stands = (token: number, word: number) => termStamp[token] === mark && ((termWords[token] ?? 0) & (1 << word)) !== 0;
    const checked = Math.min(count, PHRASE_CHECKED);
    for (let i = 0; i < checked; i++) {
      const key = keys[i] ?? 0;
      const doc = key % keyScale;
      if (!hasPhrase(doc, sharedFields[doc] ?? 0, words.length, stands)) continue;
      let relevance = 1 - Math.floor(key / keyScale) / SCORE_STEPS;
      relevance += (1 - relevance) * PHRASE_BONUS;
      keys[i] = Math.round((1 - relevance) * SCORE_STEPS) * keyScale + doc;
    }
    keys.subarray(0, checked).sort();
  }

  /** Whether all words follow one another, in order, in one of the fields, with at most a word between. */
  function hasPhrase(doc: number, fieldBits: number, wordCount: number, stands: (token: number, word: number) => boolean): boolean {
    for (let field = 0; fieldBits >> field !== 0; field++) {
      if (((fieldBits >> field) & 1) === 0) continue;
      const slot = doc * FIELD_COUNT + field;
      const start = slot === 0 ? 0 : (fieldEnds[slot - 1] ?? 0);
      const end = fieldEnds[slot] ?? 0;
      for (let first = start; first < end; first++) {
        if (!stands(tokens[first] ?? 0, 0)) continue;
        let at = first;
        let word = 1;
        while (word < wordCount) {
          let next = -1;
          for (let candidate = at + 1; candidate < end && candidate <= at + 1 + PHRASE_GAP; candidate++) {
            if (stands(tokens[candidate] ?? 0, word)) {
              next = candidate;
              break;
            }
          }
          if (next < 0) break;
          at = next;
          word++;
        }
        if (word === wordCount) return true;
      }
    }
    return false;
  }

  function wordsOf(query: string): { required: string[]; optional: string[] } {
    const words = [...new Set(normalizeText(query).split(' ').filter(Boolean))];
    if (words.every((word) => optionalWords.has(word))) return { required: words, optional: [] };
    return {
      required: words.filter((word) => !optionalWords.has(word)),
      optional: words.filter((word) => optionalWords.has(word)),
    };
  }

  return {
    search(query, within) {
      const { required, optional } = wordsOf(query);
      if (required.length === 0) return [];
      // The rarest word first keeps the candidates few for the others.
      const requiredHits = required.map(hitsOf).sort((a, b) => a.docs.length - b.docs.length);

      // Two buffers in turn: the services alive after the previous word, and those after this one.
      let alive = aliveBuffer;
      let next = nextBuffer;
      let aliveCount = 0;
      let aliveMark = 0;
      for (const hits of requiredHits) {
        const count = collect(hits, aliveMark, within, next);
        const mark = ++stamp;
        for (let i = 0; i < count; i++) {
          const doc = next[i] ?? 0;
          aliveStamp[doc] = mark;
          const best = wordBest[doc] ?? 0;
          const wordFieldBits = wordFields[doc] ?? 0;
          total[doc] = aliveMark === 0 ? best : (total[doc] ?? 0) + best;
          sharedFields[doc] = aliveMark === 0 ? wordFieldBits : (sharedFields[doc] ?? 0) & wordFieldBits;
        }
        [alive, next] = [next, alive];
        aliveCount = count;
        aliveMark = mark;
        if (aliveCount === 0) return [];
      }
      for (const word of optional) {
        // An optional word adds to the totals of the services it is found in and removes none.
        const count = collect(hitsOf(word), aliveMark, within, next);
        for (let i = 0; i < count; i++) {
          const doc = next[i] ?? 0;
          total[doc] = (total[doc] ?? 0) + (wordBest[doc] ?? 0);
        }
      }

      // Best first, equal scores in the documents' order: one numeric sort of packed (score, index) keys.
      const wordCount = required.length + optional.length;
      const keys = new Float64Array(aliveCount);
      for (let i = 0; i < aliveCount; i++) {
        const doc = alive[i] ?? 0;
        let relevance = (total[doc] ?? 0) / wordCount;
        if (required.length > 1 && sharedFields[doc] !== 0) relevance += (1 - relevance) * SAME_FIELD_BONUS;
        keys[i] = Math.round((1 - Math.min(1, relevance)) * SCORE_STEPS) * keyScale + doc;
      }
      keys.sort();
      if (required.length > 1 && required.length <= MAX_PHRASE_WORDS) liftPhrases(keys, aliveCount, required);
      const hits: SearchHit[] = new Array<SearchHit>(aliveCount);
      for (let i = 0; i < aliveCount; i++) {
        const key = keys[i] ?? 0;
        hits[i] = { id: ids[key % keyScale] ?? '', score: Math.floor(key / keyScale) / SCORE_STEPS };
      }
      return hits;
    },

    matchedTerms(query) {
      const { required, optional } = wordsOf(query);
      const terms = new Set<string>();
      for (const word of [...required, ...optional]) {
        for (const { term } of matchesOf(word)) terms.add(dictionary.terms[term] ?? '');
      }
      return terms;
    },

    async prepareLetters(pause) {
      const letters = new Set(dictionary.terms.filter((term) => term !== '').map((term) => term.charAt(0)));
      for (const letter of letters) {
        await pause();
        hitsOf(letter);
      }
    },
  };
}

const SCORE_STEPS = 1e6;

/** The services one query word is found in, with its relevance and field bits in each. */
interface WordHits {
  readonly docs: Int32Array;
  readonly best: Float32Array;
  readonly fields: Uint8Array;
}

/** Adds to a small cache, forgetting the oldest entry when it is full. */
function remember<T>(cache: Map<string, T>, key: string, value: T): void {
  if (cache.size >= WORD_CACHE_SIZE) cache.delete(cache.keys().next().value ?? '');
  cache.set(key, value);
}
