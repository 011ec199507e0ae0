/**
 * Offline evaluation of search against queries written as people type them, each with the kinds of
 * service a social worker would expect (test/fixtures/search-eval.json). A query is hit at rank r
 * when the service at rank r is of an expected kind. Queries whose expected kinds no service in the
 * catalogue has cannot be hit: they are counted apart, not in recall and mean reciprocal rank.
 */

import type { CatalogueModel } from '../catalogue/model.js';
import type { CatalogueLifeSituation } from '../generated/catalogue-types.js';
import { createSearchIndex } from './engine.js';
import { createSituationSearch, situationServices } from './situation-search.js';
import { createSituationIndex } from './situations.js';

export interface EvalQuery {
  readonly query: string;
  readonly expectedKinds: readonly number[];
  readonly note?: string;
}

export interface EvalOutcome {
  readonly query: string;
  /** 1-based rank of the first service of an expected kind, or undefined when none is found. */
  readonly firstHit?: number;
}

export interface EvalSummary {
  /** Queries some service in the catalogue could answer. */
  readonly evaluated: number;
  /** Queries whose expected kinds no service in the catalogue has. */
  readonly unreachable: number;
  /** Share of evaluated queries with a hit among the first `cutoff` results. */
  readonly recall: number;
  readonly meanReciprocalRank: number;
  readonly cutoff: number;
  readonly outcomes: readonly EvalOutcome[];
}

export const RECALL_CUTOFF = 5;

/** `rank` returns service ids best first; `kindOf` gives each id's kind. */
export function evaluateSearch(
  queries: readonly EvalQuery[],
  rank: (query: string) => readonly string[],
  kindOf: (id: string) => number | undefined,
  kindsInCatalogue: ReadonlySet<number>,
  cutoff = RECALL_CUTOFF,
): EvalSummary {
  const reachable = queries.filter((query) => query.expectedKinds.some((kind) => kindsInCatalogue.has(kind)));
  const outcomes = reachable.map(({ query, expectedKinds }): EvalOutcome => {
    const expected = new Set(expectedKinds);
    const index = rank(query).findIndex((id) => expected.has(kindOf(id) ?? 0));
    return index < 0 ? { query } : { query, firstHit: index + 1 };
  });
  const evaluated = outcomes.length;
  const hits = outcomes.filter((outcome) => outcome.firstHit !== undefined && outcome.firstHit <= cutoff).length;
  const reciprocal = outcomes.reduce((sum, outcome) => sum + (outcome.firstHit === undefined ? 0 : 1 / outcome.firstHit), 0);
  return {
    evaluated,
    unreachable: queries.length - evaluated,
    recall: evaluated === 0 ? 0 : hits / evaluated,
    meanReciprocalRank: evaluated === 0 ? 0 : reciprocal / evaluated,
    cutoff,
    outcomes,
  };
}

export interface SearchComparison {
  /** The search engine alone. */
  readonly plain: EvalSummary;
  readonly withSituations: EvalSummary;
}

/** Both searches over one catalogue's model, with the given situations. */
export function compareSearches(
  model: Pick<CatalogueModel, 'services' | 'searchDocuments'>,
  situations: readonly CatalogueLifeSituation[],
  queries: readonly EvalQuery[],
): SearchComparison {
  const index = createSearchIndex(model.searchDocuments);
  const search = createSituationSearch(index, createSituationIndex(situations), situationServices(model.services));
  const kinds = new Map(model.services.map((service) => [service.key, service.kind?.code]));
  const kindsInCatalogue = new Set(model.services.flatMap((service) => (service.kind ? [service.kind.code] : [])));
  const kindOf = (id: string) => kinds.get(id);
  return {
    plain: evaluateSearch(queries, (query) => index.search(query).map((hit) => hit.id), kindOf, kindsInCatalogue),
    withSituations: evaluateSearch(queries, (query) => search.search(query).map((hit) => hit.id), kindOf, kindsInCatalogue),
  };
}
