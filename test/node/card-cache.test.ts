import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CardCache } from '../../src/render/card-cache.js';

/** A stand-in for the list item a card is built into: the cache only hands it out and fills it. */
function cacheWithLog(limit = 10) {
  const filled: string[] = [];
  const cache = new CardCache(limit, () => ({ isConnected: true }) as HTMLElement);
  const card = (key: string, inputs: readonly unknown[] = [key]) => cache.card(key, inputs, () => filled.push(key), true);
  return { cache, card, filled };
}

test('fillElement fills the waiting card built into that element, and only once', () => {
  const { cache, card, filled } = cacheWithLog();
  const first = card('a');
  card('b');
  cache.fillElement(first);
  assert.deepEqual(filled, ['a']);
  cache.fillElement(first);
  assert.deepEqual(filled, ['a'], 'a card already filled is not filled again');
  assert.equal(cache.fillPending(10), true);
  assert.deepEqual(filled, ['a', 'b'], 'fillPending fills the rest, not the one filled already');
});

test('fillElement fills a card again when it waits with new inputs, and ignores elements the cache does not hold', () => {
  const { cache, card, filled } = cacheWithLog(1);
  const first = card('a', [1]);
  cache.fillElement(first);
  card('a', [2]);
  cache.fillElement(first);
  assert.deepEqual(filled, ['a', 'a']);
  cache.fillElement({} as HTMLElement);
  card('b');
  // The limit of one forgot "a", which is then built anew into another element: the old one is not filled.
  const second = card('a', [3]);
  assert.notEqual(second, first);
  cache.fillElement(first);
  assert.deepEqual(filled, ['a', 'a']);
  cache.fillElement(second);
  assert.deepEqual(filled, ['a', 'a', 'a']);
});
