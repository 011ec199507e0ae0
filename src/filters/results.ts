/**
 * The result list for a query and filters: the query's matches (best first) or, with no query, every
 * item in its given order; then the filters; plus the facet counts of each filter option.
 */
import { applyFilters, facetCounts, type FacetCounts, type Filterable } from './facets.js';
import type { FilterState } from './state.js';

export interface ResultSet<T> {
  readonly items: readonly T[];
  readonly facets: FacetCounts;
}

/** `search` returns the keys matching a non-empty query, best first. */
export function deriveResults<T extends Filterable>(
  items: readonly T[],
  query: string,
  filters: FilterState,
  search: (query: string) => readonly string[],
): ResultSet<T> {
  if (query.trim() === '') return { items: applyFilters(items, filters), facets: facetCounts(items, filters) };
  const byKey = new Map(items.map((item) => [item.key, item]));
  const ranked = search(query).flatMap((key) => byKey.get(key) ?? []);
  return { items: applyFilters(ranked, filters), facets: facetCounts(items, filters, new Set(ranked.map((item) => item.key))) };
}
