/**
 * The search and filters as query parameters of the host page, so a link reproduces the view:
 * `?ssc-q=pecovatelska&ssc-obec=542989&ssc-obec=545058`. Every name carries the instance's prefix, so
 * the host site's own parameters and other instances on the page are left alone.
 *
 * A filter equal to its default (e.g. the municipality preselected by the `municipality` attribute) is
 * left out; a filter the user emptied although it has a default is written empty (`ssc-obec=`).
 */
import { emptyFilters, filterKeys, sameFilters, sameValues, type FilterKey, type FilterState } from '../filters/state.js';

export interface ViewState {
  readonly query: string;
  readonly filters: FilterState;
}

export const emptyView: ViewState = { query: '', filters: emptyFilters };

/** Parameter names without the prefix: short, Czech, readable in a shared link. */
export const viewParamNames: Readonly<Record<'query' | FilterKey, string>> = {
  query: 'q',
  municipality: 'obec',
  kind: 'druh',
  targetGroup: 'skupina',
  form: 'forma',
  ageGroup: 'vek',
};

const allNames = Object.values(viewParamNames);

/** Whether the URL says anything about this instance's view. */
export function hasViewParams(search: string, prefix: string): boolean {
  const params = new URLSearchParams(search);
  return allNames.some((name) => params.has(prefix + name));
}

/** The view a query string describes; what it does not mention comes from `defaults`. */
export function readViewState(search: string, prefix: string, defaults: ViewState = emptyView): ViewState {
  const params = new URLSearchParams(search);
  const filters = Object.fromEntries(
    filterKeys.map((key) => {
      const name = prefix + viewParamNames[key];
      if (!params.has(name)) return [key, defaults.filters[key]];
      const values = params
        .getAll(name)
        .flatMap((value) => value.split(','))
        .map((value) => value.trim())
        .filter((value) => value !== '');
      return [key, [...new Set(values)]];
    }),
  ) as FilterState;
  const queryName = prefix + viewParamNames.query;
  return { query: params.has(queryName) ? (params.get(queryName) ?? '') : defaults.query, filters };
}

/** Whether two views show the same: the same query and the same filter values. */
export function sameView(a: ViewState, b: ViewState): boolean {
  return a.query === b.query && sameFilters(a.filters, b.filters);
}

/**
 * The query string (with "?", or "" when empty) for `view`: this instance's parameters replaced,
 * everything else in `search` kept in its order.
 */
export function writeViewState(search: string, prefix: string, view: ViewState, defaults: ViewState = emptyView): string {
  const params = new URLSearchParams(search);
  for (const name of allNames) params.delete(prefix + name);
  if (view.query !== defaults.query) params.set(prefix + viewParamNames.query, view.query);
  for (const key of filterKeys) {
    const values = view.filters[key];
    if (sameValues(values, defaults.filters[key])) continue;
    const name = prefix + viewParamNames[key];
    if (values.length === 0) params.set(name, '');
    for (const value of values) params.append(name, value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}
