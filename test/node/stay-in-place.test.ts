import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { stayingInPlace } from '../../src/render/stay-in-place.js';

const cases: Array<[number[], boolean[], string]> = [
  [[], [], 'an empty list'],
  [[0, 1, 2], [true, true, true], 'the same order: nothing moves'],
  [[1, 2, 3, 4, 0], [true, true, true, true, false], 'the first item sent to the end: only it moves'],
  [[4, 0, 1, 2, 3], [false, true, true, true, true], 'the last item brought to the front: only it moves'],
  [[2, 1, 0], [false, false, true], 'reversed: all but one move'],
  [[-1, 0, -1, 1], [false, true, false, true], 'new items are inserted, the old ones stay'],
  [[-1, -1], [false, false], 'all new'],
  [[3, 0, 4, 1, 2], [false, true, false, true, true], 'the longest ordered run stays'],
];
for (const [positions, expected, why] of cases) {
  test(`stayingInPlace(${JSON.stringify(positions)}): ${why}`, () => assert.deepEqual(stayingInPlace(positions), expected));
}

/** The length of the longest increasing run of old positions, the slow obvious way. */
function longestRun(positions: readonly number[]): number {
  const best: number[] = [];
  positions.forEach((position, i) => {
    best[i] = position < 0 ? 0 : 1;
    for (let j = 0; j < i; j++) {
      const earlier = positions[j] ?? -1;
      if (position >= 0 && earlier >= 0 && earlier < position) best[i] = Math.max(best[i] ?? 0, (best[j] ?? 0) + 1);
    }
  });
  return Math.max(0, ...best);
}

test('stayingInPlace keeps a longest increasing run of old items, and no new item', () => {
  const reordered = fc
    .uniqueArray(fc.nat(60), { maxLength: 40 })
    .chain((old) => fc.tuple(fc.shuffledSubarray(old), fc.nat(5)))
    .chain(([kept, added]) => fc.shuffledSubarray([...kept, ...Array.from({ length: added }, () => -1)], { minLength: kept.length + added }));
  fc.assert(
    fc.property(reordered, (positions) => {
      const stays = stayingInPlace(positions);
      const staying = positions.filter((_, i) => stays[i]);
      assert.ok(staying.every((position) => position >= 0), 'a new item cannot stay');
      assert.ok(staying.every((position, i) => i === 0 || (staying[i - 1] ?? -1) < position), 'those that stay are in their old order');
      assert.equal(staying.length, longestRun(positions));
    }),
  );
});
