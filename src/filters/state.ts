/**
 * The selected filters: for each filter the chosen codes (as text, so the URL and the DOM need no
 * conversions). Values are OR-ed within a filter and filters are AND-ed with each other.
 */
export const filterKeys = ['municipality', 'kind', 'targetGroup', 'form', 'ageGroup'] as const;

export type FilterKey = (typeof filterKeys)[number];

export type FilterState = Readonly<Record<FilterKey, readonly string[]>>;

export const emptyFilters: FilterState = {
  municipality: [],
  kind: [],
  targetGroup: [],
  form: [],
  ageGroup: [],
};

/** The state with `value` added to or removed from one filter. */
export function setFilterValue(state: FilterState, key: FilterKey, value: string, selected: boolean): FilterState {
  const current = state[key];
  if (current.includes(value) === selected) return state;
  return { ...state, [key]: selected ? [...current, value] : current.filter((v) => v !== value) };
}

/** The state with one filter replaced (duplicates dropped, order kept). */
export function withFilter(state: FilterState, key: FilterKey, values: readonly string[]): FilterState {
  return { ...state, [key]: [...new Set(values)] };
}

export function hasActiveFilters(state: FilterState): boolean {
  return filterKeys.some((key) => state[key].length > 0);
}

/** Every selected value in filter order, e.g. for the removable chips. */
export function activeFilterValues(state: FilterState): Array<{ key: FilterKey; value: string }> {
  return filterKeys.flatMap((key) => state[key].map((value) => ({ key, value })));
}

export function sameValues(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const set = new Set(a);
  return b.every((value) => set.has(value));
}

export function sameFilters(a: FilterState, b: FilterState): boolean {
  return filterKeys.every((key) => sameValues(a[key], b[key]));
}
