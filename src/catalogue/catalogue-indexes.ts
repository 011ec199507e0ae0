/**
 * The lookups built from a catalogue model that the first results do not need: the search index with
 * the life situations, and the municipality lookup. They are built in slices after the first results
 * are on screen (`warm`), or at once by the first reader that cannot wait (a query in a shared link,
 * a keystroke before the slices are done). At national scale building them takes longer than the
 * first results may (about 0.3 s of 7,000 services' work), so the page shows the list first.
 */
import type { CatalogueLifeSituation } from '../generated/catalogue-types.js';
import { createMunicipalityIndex, type MunicipalityIndex } from '../filters/municipality-lookup.js';
import { createSearchIndex, createSearchIndexInSlices, type SearchDocument, type SearchIndex } from '../search/engine.js';
import { createSituationSearch, situationServices, type SituationSearch } from '../search/situation-search.js';
import { createSituationIndex } from '../search/situations.js';
import { searchDocument, type CatalogueModel } from './model.js';

/** Search documents made per slice: about a frame's work on a slow laptop. */
const DOCUMENT_SLICE = 500;

export class CatalogueIndexes {
  readonly #model: CatalogueModel;
  readonly #situations: readonly CatalogueLifeSituation[];
  #search: SituationSearch | undefined;
  #municipalities: MunicipalityIndex | undefined;

  constructor(model: CatalogueModel, situations: readonly CatalogueLifeSituation[]) {
    this.#model = model;
    this.#situations = situations;
  }

  /** Search over the services and the life situations; built now if the slices have not finished. */
  get search(): SituationSearch {
    return (this.#search ??= this.#situationSearch(createSearchIndex(this.#model.searchDocuments)));
  }

  get municipalities(): MunicipalityIndex {
    return (this.#municipalities ??= createMunicipalityIndex(this.#model.municipalities));
  }

  /**
   * Builds whatever is not built yet, awaiting `pause()` between slices; stops early when `signal`
   * is aborted. What a reader built meanwhile is kept, not built twice.
   */
  async warm(pause: () => Promise<void>, signal: AbortSignal): Promise<void> {
    await pause();
    if (signal.aborted) return;
    this.municipalities.prepare();
    const services = this.#model.services;
    const documents: SearchDocument[] = [];
    for (let start = 0; start < services.length && !this.#search; start += DOCUMENT_SLICE) {
      await pause();
      if (signal.aborted) return;
      for (const service of services.slice(start, start + DOCUMENT_SLICE)) documents.push(searchDocument(service));
    }
    if (this.#search) return;
    const index = await createSearchIndexInSlices(documents, async () => {
      await pause();
      // The sliced build cannot be cancelled: a signal or a reader that got there first ends it early.
      if (signal.aborted || this.#search) throw new WarmingStopped();
    }).catch((error: unknown) => {
      if (error instanceof WarmingStopped) return undefined;
      throw error;
    });
    if (!index || this.#search || signal.aborted) return;
    this.#search = this.#situationSearch(index);
    await index.prepareLetters(async () => {
      await pause();
      if (signal.aborted) throw new WarmingStopped();
    }).catch((error: unknown) => {
      if (!(error instanceof WarmingStopped)) throw error;
    });
  }

  #situationSearch(index: SearchIndex): SituationSearch {
    return createSituationSearch(index, createSituationIndex(this.#situations), situationServices(this.#model.services));
  }
}

class WarmingStopped extends Error {}
