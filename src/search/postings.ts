import type { SearchDocument, SearchField } from './engine.js';
import { isWordCharacter, normalizeText } from './normalize.js';

/** The fields in the order of their bit in `Postings.fields`, with how much a match in each counts. */
const fieldWeights: Readonly<Record<SearchField, number>> = {
  name: 1,
  kind: 0.9,
  provider: 0.75,
  targetGroups: 0.6,
  municipalities: 0.6,
  description: 0.35,
};
const weightByField = Object.values(fieldWeights);
export const FIELD_COUNT = weightByField.length;
const fieldNames = Object.keys(fieldWeights) as SearchField[];

/**
 * Which documents contain each term, in compressed rows: term t's entries are `offsets[t]` up to
 * `offsets[t + 1]`. Only typed arrays and strings, so a worker could build it and post it back.
 */
export interface Postings {
  /** Folded terms by id, in UTF-16 code unit order. */
  readonly terms: readonly string[];
  readonly offsets: Int32Array;
  readonly docs: IdArray;
  /** How much the term's best field counts in that document (field weight × length norm). */
  readonly weights: Float32Array;
  /** One bit per field the term occurs in, in the order of `fieldWeights`. */
  readonly fields: Uint8Array;
  /** Every field's words as term ids, in reading order, for phrases. */
  readonly tokens: IdArray;
  /** Where each field's tokens end (document × fields + field); each starts where the one before ends. */
  readonly fieldEnds: Int32Array;
}

/** A field with many words is less about any one of them, down to half the weight. */
function lengthNorm(wordCount: number): number {
  return Math.max(0.5, 1 / (1 + 0.02 * Math.max(0, wordCount - 1)));
}

/** Whether `text` holds `word` at `start`; a plain loop is faster here than `startsWith`. */
function sameCharacters(word: string, text: string, start: number): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}

const EMPTY_SLOT = -2;
const NO_TERM = -1;
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 16777619;

/**
 * Builds `Postings` in steps, so a large catalogue can be indexed between input events. The
 * expensive part is reading every word of every text once: words are hashed while scanning and
 * looked up in an open-addressing table of raw words, so a word seen before costs no allocation
 * and is folded (`normalizeText`) only the first time.
 */
export class PostingsBuilder {
  readonly #documents: readonly SearchDocument[];
  #next = 0;
  /** Term ids in reading order. */
  #tokens = new Int32Array(1 << 16);
  #tokenCount = 0;
  /** Per document and field: where its tokens end, and the weight a match there counts. */
  readonly #fieldEnds: Int32Array;
  readonly #fieldWeights: Float32Array;
  /** How many words the field being read has so far. */
  #wordsInField = 0;
  readonly #terms: string[] = [];
  readonly #termByFolded = new Map<string, number>();
  /** Per term: the last document it was read in, and in how many documents so far. */
  #lastDoc = new Int32Array(1 << 10).fill(-1);
  #docCount = new Int32Array(1 << 10);
  #slotHash = new Int32Array(1 << 12);
  #slotTerm = new Int32Array(1 << 12).fill(EMPTY_SLOT);
  #slotWord: string[] = [];
  #usedSlots = 0;

  constructor(documents: readonly SearchDocument[]) {
    this.#documents = documents;
    this.#fieldEnds = new Int32Array(documents.length * FIELD_COUNT);
    this.#fieldWeights = new Float32Array(documents.length * FIELD_COUNT);
  }

  get done(): boolean {
    return this.#next >= this.#documents.length;
  }

  /** Reads the next `count` documents. */
  step(count: number): void {
    const end = Math.min(this.#documents.length, this.#next + count);
    for (let doc = this.#next; doc < end; doc++) {
      const fields = this.#documents[doc]?.fields;
      for (let field = 0; field < FIELD_COUNT; field++) {
        const slot = doc * FIELD_COUNT + field;
        this.#wordsInField = 0;
        this.#scan(fields?.[fieldNames[field] ?? 'name'] ?? '', doc);
        this.#fieldEnds[slot] = this.#tokenCount;
        this.#fieldWeights[slot] = (weightByField[field] ?? 0) * lengthNorm(this.#wordsInField);
      }
    }
    this.#next = end;
  }

  finish(): Postings {
    this.step(Infinity);
    const termCount = this.#terms.length;
    // Terms are numbered in sorted order, which the dictionary's lookups rely on.
    const sortedTerms = [...this.#terms].sort();
    const sortedId = new Int32Array(termCount);
    sortedTerms.forEach((term, id) => {
      sortedId[this.#termByFolded.get(term) ?? 0] = id;
    });
    const offsets = new Int32Array(termCount + 1);
    for (let term = 0; term < termCount; term++) offsets[(sortedId[term] ?? 0) + 1] = this.#docCount[term] ?? 0;
    for (let term = 0; term < termCount; term++) offsets[term + 1] = (offsets[term + 1] ?? 0) + (offsets[term] ?? 0);
    const total = offsets[termCount] ?? 0;
    const docs = idArray(total, this.#documents.length);
    const weights = new Float32Array(total);
    const fields = new Uint8Array(total);
    const cursor = offsets.slice(0, termCount);
    const lastDoc = new Int32Array(termCount).fill(-1);
    const tokens = idArray(this.#tokenCount, termCount);
    const read = this.#tokens;
    let token = 0;
    for (let doc = 0; doc < this.#documents.length; doc++) {
      for (let field = 0; field < FIELD_COUNT; field++) {
        const slot = doc * FIELD_COUNT + field;
        const end = this.#fieldEnds[slot] ?? 0;
        const weight = this.#fieldWeights[slot] ?? 0;
        const bit = 1 << field;
        for (; token < end; token++) {
          const term = sortedId[read[token] ?? 0] ?? 0;
          tokens[token] = term;
          if (lastDoc[term] !== doc) {
            lastDoc[term] = doc;
            const position = cursor[term] ?? 0;
            cursor[term] = position + 1;
            docs[position] = doc;
            weights[position] = weight;
            fields[position] = bit;
          } else {
            // The term's entry for this document is the last one written.
            const position = (cursor[term] ?? 1) - 1;
            if (weight > (weights[position] ?? 0)) weights[position] = weight;
            fields[position] = (fields[position] ?? 0) | bit;
          }
        }
      }
    }
    return { terms: sortedTerms, offsets, docs, weights, fields, tokens, fieldEnds: this.#fieldEnds };
  }

  #scan(text: string, doc: number): void {
    let start = -1;
    let hash = FNV_OFFSET;
    let ascii = true;
    const length = text.length;
    for (let i = 0; i < length; i++) {
      let code = text.charCodeAt(i);
      let width = 1;
      if (code >= 0xd800 && code <= 0xdbff) {
        code = text.codePointAt(i) ?? code;
        if (code > 0xffff) width = 2;
      }
      const lower = code | 32;
      // ASCII letters and digits inline: the call is only for the rarer other characters.
      if ((lower >= 97 && lower <= 122) || (code >= 48 && code <= 57) || (code >= 128 && isWordCharacter(code))) {
        if (start < 0) {
          start = i;
          hash = FNV_OFFSET;
          ascii = true;
        }
        hash = Math.imul(hash ^ code, FNV_PRIME);
        if (code >= 128) ascii = false;
      } else if (start >= 0) {
        this.#word(text, start, i, hash, ascii, doc);
        start = -1;
      }
      i += width - 1;
    }
    if (start >= 0) this.#word(text, start, length, hash, ascii, doc);
  }

  #word(text: string, start: number, end: number, hash: number, ascii: boolean, doc: number): void {
    const mask = this.#slotHash.length - 1;
    let slot = hash & mask;
    let term: number;
    for (;;) {
      term = this.#slotTerm[slot] ?? EMPTY_SLOT;
      if (term === EMPTY_SLOT) {
        term = this.#insert(text.slice(start, end), hash, slot, ascii);
        break;
      }
      if (this.#slotHash[slot] === hash) {
        const word = this.#slotWord[slot] ?? '';
        if (word.length === end - start && sameCharacters(word, text, start)) break;
      }
      slot = (slot + 1) & mask;
    }
    if (term === NO_TERM) return;
    this.#wordsInField++;
    if (this.#lastDoc[term] !== doc) {
      this.#lastDoc[term] = doc;
      this.#docCount[term] = (this.#docCount[term] ?? 0) + 1;
    }
    if (this.#tokenCount === this.#tokens.length) this.#tokens = grown(this.#tokens, 0);
    this.#tokens[this.#tokenCount++] = term;
  }

  #insert(word: string, hash: number, slot: number, ascii: boolean): number {
    // An ASCII word has no diacritics to strip: lower case is all `normalizeText` would do to it.
    const folded = ascii ? word.toLowerCase() : normalizeText(word);
    let term = folded ? this.#termByFolded.get(folded) : NO_TERM;
    if (term === undefined) {
      term = this.#terms.length;
      this.#terms.push(folded);
      this.#termByFolded.set(folded, term);
      if (term === this.#lastDoc.length) {
        this.#lastDoc = grown(this.#lastDoc, -1);
        this.#docCount = grown(this.#docCount, 0);
      }
    }
    this.#slotHash[slot] = hash;
    this.#slotTerm[slot] = term;
    this.#slotWord[slot] = word;
    if (++this.#usedSlots * 2 > this.#slotHash.length) this.#growTable();
    return term;
  }

  #growTable(): void {
    const oldHash = this.#slotHash;
    const oldTerm = this.#slotTerm;
    const oldWord = this.#slotWord;
    this.#slotHash = new Int32Array(oldHash.length * 2);
    this.#slotTerm = new Int32Array(oldHash.length * 2).fill(EMPTY_SLOT);
    this.#slotWord = [];
    const mask = this.#slotHash.length - 1;
    oldTerm.forEach((term, oldSlot) => {
      if (term === EMPTY_SLOT) return;
      const hash = oldHash[oldSlot] ?? 0;
      let slot = hash & mask;
      while (this.#slotTerm[slot] !== EMPTY_SLOT) slot = (slot + 1) & mask;
      this.#slotHash[slot] = hash;
      this.#slotTerm[slot] = term;
      this.#slotWord[slot] = oldWord[oldSlot] ?? '';
    });
  }
}

/** Document and term ids: half the memory while they fit in 16 bits, as they do in any real catalogue. */
export type IdArray = Uint16Array | Int32Array;

function idArray(length: number, idCount: number): IdArray {
  return idCount <= 0x10000 ? new Uint16Array(length) : new Int32Array(length);
}

/** A copy twice as long, the new half filled with `fill`. */
function grown(array: Int32Array<ArrayBuffer>, fill: number): Int32Array<ArrayBuffer> {
  const copy = new Int32Array(array.length * 2);
  copy.set(array);
  if (fill !== 0) copy.fill(fill, array.length);
  return copy;
}
