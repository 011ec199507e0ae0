/**
 * Result cards built once per service and kept: a service that leaves the list while the user types
 * and comes back two keystrokes later is put back as it was, instead of being built again. A card is
 * built again when one of the inputs it shows changes; the least recently used cards are forgotten
 * past the limit. A card may also be handed out empty and filled a little later (`fillPending`), so
 * that a keystroke builds only the cards that can be on screen.
 */

interface Card {
  readonly element: HTMLElement;
  /** A number unique among this cache's cards, for ids inside the card that must not follow its position. */
  readonly serial: number;
  inputs: readonly unknown[];
}

type Fill = (element: HTMLElement, serial: number) => void;

export class CardCache {
  readonly #cards = new Map<string, Card>();
  /** Cards handed out before being filled with their current inputs, and how to fill them. */
  readonly #pending = new Map<string, Fill>();
  /** The key of each card's element. */
  readonly #keyOf = new WeakMap<HTMLElement, string>();
  readonly #limit: number;
  readonly #create: () => HTMLElement;
  #serials = 0;

  /** `create` makes the element a card is built into (the list item). */
  constructor(limit: number, create: () => HTMLElement) {
    this.#limit = limit;
    this.#create = create;
  }

  /**
   * The card for `key`, filled by `fill(element, serial)` unless it already shows the same `inputs`
   * (compared one by one with `===`). With `later`, the filling waits for `fillPending`.
   */
  card(key: string, inputs: readonly unknown[], fill: Fill, later = false): HTMLElement {
    let card = this.#cards.get(key);
    if (card) {
      // Most recently used last, so the oldest is the first in the map.
      this.#cards.delete(key);
    } else {
      card = { element: this.#create(), serial: this.#serials++, inputs: [] };
      this.#keyOf.set(card.element, key);
    }
    this.#cards.set(key, card);
    if (card.inputs.length !== inputs.length || card.inputs.some((input, i) => input !== inputs[i])) {
      card.inputs = inputs;
      this.#pending.set(key, fill);
    }
    if (!later) this.#fill(key, card);
    for (const oldest of this.#cards.keys()) {
      if (this.#cards.size <= this.#limit) break;
      this.#cards.delete(oldest);
      this.#pending.delete(oldest);
    }
    return card.element;
  }

  /** Whether some card waits to be filled. */
  get waiting(): boolean {
    return this.#pending.size > 0;
  }

  /** Fills up to `count` of the waiting cards that are in a document; true when none there is left waiting. */
  fillPending(count: number): boolean {
    let filled = 0;
    for (const key of this.#pending.keys()) {
      const card = this.#cards.get(key);
      if (!card?.element.isConnected) continue;
      if (filled === count) return false;
      this.#fill(key, card);
      filled++;
    }
    return true;
  }

  /** Fills the card built into `element` now, if it waits to be filled. */
  fillElement(element: HTMLElement): void {
    const key = this.#keyOf.get(element);
    const card = key === undefined ? undefined : this.#cards.get(key);
    if (key !== undefined && card?.element === element) this.#fill(key, card);
  }

  /** Forgets every card (a new catalogue or language: none of them can be shown again). */
  clear(): void {
    this.#cards.clear();
    this.#pending.clear();
  }

  #fill(key: string, card: Card): void {
    const fill = this.#pending.get(key);
    if (!fill) return;
    this.#pending.delete(key);
    fill(card.element, card.serial);
  }
}
