/**
 * A list whose items are elements kept elsewhere (the result cards, from the card cache), put in the
 * given order with as few DOM moves as possible. Moving an element detaches its rendering: the browser
 * computes its style and lays it out again, as for a new one (about a millisecond for a result card).
 * So of the items already in the list, the longest run that is already in order stays put and only the
 * others move. Lit's repeat() moves every item it meets out of place from the front (a card brought up
 * from the end of the list moves all those before it) and wraps each item in two comment markers.
 *
 * An item that could stay is inserted again when `refresh` says so. The result cards are
 * `content-visibility: auto`, and the browser decides whether such an element is near the viewport
 * after each paint. A card it last found far away keeps that verdict when the removal of the cards
 * above brings it up on screen, and is painted empty for a frame. An element inserted again has no
 * verdict yet, which the browser works out before that same frame's paint.
 */
import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import { stayingInPlace } from './stay-in-place.js';

/** Whether an item may have to be inserted again (see above), asked of items already in the list. */
export type Refresh = (item: Element, index: number) => boolean;

/** Makes `items` the children of `parent`, in this order, removing its other children. */
export function arrangeChildren(parent: Element, items: readonly Element[], refresh?: Refresh): void {
  // Asked before the list changes: the answers may read the rendering, which each change would make stale.
  const refreshed = refresh ? items.map((item, index) => item.parentNode === parent && refresh(item, index)) : [];
  const wanted = new Set(items);
  const oldPositions = new Map<Element, number>();
  for (const child of [...parent.childNodes]) {
    if (child instanceof Element && wanted.has(child)) oldPositions.set(child, oldPositions.size);
    else child.remove();
  }
  const stays = stayingInPlace(items.map((item) => oldPositions.get(item) ?? -1));
  let next: Element | null = null;
  for (let index = items.length - 1; index >= 0; index--) {
    const item = items[index] as Element;
    if (!stays[index] || refreshed[index]) parent.insertBefore(item, next);
    next = item;
  }
}

/**
 * Whether the browser skips the rendering of the element's content (its first child) because the
 * element is `content-visibility: auto` and was last found far from the viewport. False where
 * checkVisibility() is missing.
 */
export function contentSkipped(element: Element): boolean {
  const content = element.firstElementChild;
  return typeof content?.checkVisibility === 'function' && !content.checkVisibility({ contentVisibilityAuto: true });
}

class ArrangedChildren extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('arrangedChildren() goes on an element: <ol ${arrangedChildren(items)}></ol>');
  }

  render(_items: readonly Element[], _refresh?: Refresh): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [items, refresh]: [readonly Element[], Refresh?]): typeof noChange {
    arrangeChildren(part.element, items, refresh);
    return noChange;
  }
}

/** On an element of a template: its children are `items`, in order (see arrangeChildren). */
export const arrangedChildren = directive(ArrangedChildren);
