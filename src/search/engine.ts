import Fuse from 'fuse.js';
import { normalizeText } from './normalize.js';

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
}

const fieldWeights: Record<SearchField, number> = {
  name: 3,
  kind: 2,
  provider: 1.5,
  targetGroups: 1,
  municipalities: 1,
  description: 0.5,
};

/** First version: fuse.js over every document; to be replaced by an index built for national scale. */
export function createSearchIndex(documents: readonly SearchDocument[]): SearchIndex {
  const normalized = documents.map((doc) => ({
    id: doc.id,
    fields: Object.fromEntries(
      Object.entries(doc.fields).map(([field, text]) => [field, normalizeText(text)]),
    ) as Record<SearchField, string>,
  }));
  const fuse = new Fuse(normalized, {
    keys: Object.entries(fieldWeights).map(([field, weight]) => ({ name: `fields.${field}`, weight })),
    includeScore: true,
    ignoreLocation: true,
    threshold: 0.35,
  });
  return {
    search(query, within) {
      const needle = normalizeText(query);
      if (!needle) return [];
      return fuse
        .search(needle)
        .filter((result) => !within || within.has(result.item.id))
        .map((result) => ({ id: result.item.id, score: result.score ?? 1 }));
    },
  };
}
