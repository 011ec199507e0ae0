/**
 * Which items of a reordered list can stay where they are: given, for each item of the new order, its
 * position in the old one (-1 for an item not there before), the longest run of old items that are
 * already in increasing order. Only the others need to move. O(n log n).
 */
export function stayingInPlace(oldPositions: readonly number[]): boolean[] {
  const stays = oldPositions.map(() => false);
  // tails[k]: the index (into oldPositions) of the smallest last old position of an increasing run of length k + 1.
  const tails: number[] = [];
  const previous: number[] = oldPositions.map(() => -1);
  oldPositions.forEach((position, index) => {
    if (position < 0) return;
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((oldPositions[tails[middle] ?? 0] ?? 0) < position) low = middle + 1;
      else high = middle;
    }
    previous[index] = low > 0 ? (tails[low - 1] ?? -1) : -1;
    tails[low] = index;
  });
  for (let index = tails[tails.length - 1] ?? -1; index >= 0; index = previous[index] ?? -1) stays[index] = true;
  return stays;
}
