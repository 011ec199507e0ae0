/**
 * Sorting of catalogue names. The names are Czech whatever the interface language, so Czech collation
 * always applies: "ch" after "h", "č" after "c", numbers in numeric order.
 */
let collator: Intl.Collator | undefined;

/**
 * Made when first needed: creating it loads the Czech collation data (17 ms in Chromium here), which at
 * module load lengthened the task that evaluates the element's script, a long task on the host page.
 */
function czechCollator(): Intl.Collator {
  return (collator ??= new Intl.Collator('cs', { sensitivity: 'base', numeric: true }));
}

export function compareCzech(a: string, b: string): number {
  return czechCollator().compare(a, b);
}

/** A sorted copy, ordered by the text `key` picks from each item. */
export function sortByCzech<T>(items: Iterable<T>, key: (item: T) => string): T[] {
  return [...items].sort((a, b) => compareCzech(key(a), key(b)));
}

/**
 * Strings in Czech order. The collator's own compare is the comparator: sorting a national catalogue's
 * 4,292 distinct service names in a page took 19.9 ms this way and 23.5 ms through compareCzech and a key
 * function (medians of 12 fresh pages).
 */
export function sortCzechStrings(strings: Iterable<string>): string[] {
  return Array.from(strings).sort(czechCollator().compare);
}
