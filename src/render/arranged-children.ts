/**
 * A list whose items are elements kept elsewhere (the result cards, from the card cache), put in the
 * given order with as few DOM moves as possible. Moving an element detaches its rendering: the browser
 * computes its style and lays it out again, as for a new one (about a millisecond for a result card).
 * So of the items already in the list, the longest run that is already in order stays put and only the
 * others move. Lit's repeat() moves every item it meets out of place from the front (a card brought up
 * from the end of the list moves all those before it) and wraps each item in two comment markers.
 */
import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import { stayingInPlace } from './stay-in-place.js';

/** Makes `items` the children of `parent`, in this order, removing its other children. */
export function arrangeChildren(parent: Element, items: readonly Element[]): void {
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
    if (!stays[index]) parent.insertBefore(item, next);
    next = item;
  }
}

class ArrangedChildren extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('arrangedChildren() goes on an element: <ol ${arrangedChildren(items)}></ol>');
  }

  render(_items: readonly Element[]): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [items]: [readonly Element[]]): typeof noChange {
    arrangeChildren(part.element, items);
    return noChange;
  }
}

/** On an element of a template: its children are `items`, in order (see arrangeChildren). */
export const arrangedChildren = directive(ArrangedChildren);
