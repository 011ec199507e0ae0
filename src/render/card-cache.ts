/**
 * Result cards built once per service and kept: a service that leaves the list while the user types
 * and comes back two keystrokes later is put back as it was, instead of being built again. A card is
 * built again when one of the inputs it shows changes; the least recently used cards are forgotten
 * past the limit.
 */

interface Card {
  readonly element: HTMLElement;
  /** A number unique among this cache's cards, for ids inside the card that must not follow its position. */
  readonly serial: number;
  inputs: readonly unknown[];
}

export class CardCache {
  readonly #cards = new Map<string, Card>();
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
   * (compared one by one with `===`).
   */
  card(key: string, inputs: readonly unknown[], fill: (element: HTMLElement, serial: number) => void): HTMLElement {
    let card = this.#cards.get(key);
    if (card) {
      // Most recently used last, so the oldest is the first in the map.
      this.#cards.delete(key);
    } else {
      card = { element: this.#create(), serial: this.#serials++, inputs: [] };
    }
    this.#cards.set(key, card);
    if (card.inputs.length !== inputs.length || card.inputs.some((input, i) => input !== inputs[i])) {
      card.inputs = inputs;
      fill(card.element, card.serial);
    }
    for (const oldest of this.#cards.keys()) {
      if (this.#cards.size <= this.#limit) break;
      this.#cards.delete(oldest);
    }
    return card.element;
  }

  /** Forgets every card (a new catalogue or language: none of them can be shown again). */
  clear(): void {
    this.#cards.clear();
  }
}
