/**
 * Kinds of service in the three groups of zákon č. 108/2006 Sb.: social counselling (§ 37),
 * social care (§ 39–52) and social prevention (§ 53–70), in that order.
 */
export type KindGroupName = 'counselling' | 'care' | 'prevention';

export const kindGroupOrder: readonly KindGroupName[] = ['counselling', 'care', 'prevention'];

export interface KindGroup<T> {
  readonly group: KindGroupName;
  readonly kinds: readonly T[];
}

/** The kinds split by group, groups in the law's order, kinds in their given order; empty groups left out. */
export function groupKinds<T extends { readonly group: KindGroupName }>(kinds: readonly T[]): Array<KindGroup<T>> {
  return kindGroupOrder
    .map((group) => ({ group, kinds: kinds.filter((kind) => kind.group === group) }))
    .filter((entry) => entry.kinds.length > 0);
}
