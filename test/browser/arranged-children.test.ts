import { expect } from '@open-wc/testing';
import { arrangeChildren } from '../../src/render/arranged-children.js';

function list(...names: string[]): { parent: HTMLElement; items: Map<string, HTMLElement> } {
  const parent = document.createElement('ol');
  const items = new Map(names.map((name) => [name, Object.assign(document.createElement('li'), { textContent: name })]));
  parent.append(...items.values());
  return { parent, items };
}

/** Arranges and returns the children's names and the names of the items that were inserted (moved or new). */
async function arrange(parent: HTMLElement, items: HTMLElement[]): Promise<{ order: string[]; inserted: string[] }> {
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((batch) => records.push(...batch));
  observer.observe(parent, { childList: true });
  arrangeChildren(parent, items);
  records.push(...observer.takeRecords());
  observer.disconnect();
  return {
    order: [...parent.childNodes].map((node) => node.textContent ?? ''),
    inserted: records.flatMap((record) => [...record.addedNodes].map((node) => node.textContent ?? '')),
  };
}

describe('arrangeChildren', () => {
  it('puts the items in order, moving only those out of the longest ordered run', async () => {
    const { parent, items } = list('a', 'b', 'c', 'd', 'e');
    const pick = (...names: string[]) => names.map((name) => items.get(name) as HTMLElement);
    expect(await arrange(parent, pick('b', 'c', 'd', 'e', 'a'))).to.deep.equal({ order: ['b', 'c', 'd', 'e', 'a'], inserted: ['a'] });
    expect(await arrange(parent, pick('a', 'b', 'c', 'd', 'e'))).to.deep.equal({ order: ['a', 'b', 'c', 'd', 'e'], inserted: ['a'] });
    expect(await arrange(parent, pick('a', 'b', 'c', 'd', 'e'))).to.deep.equal({ order: ['a', 'b', 'c', 'd', 'e'], inserted: [] });
  });

  it('removes the children not listed, inserts new items, and leaves no other node', async () => {
    const { parent, items } = list('a', 'b', 'c');
    parent.append(document.createTextNode(' '), document.createComment('marker'));
    const fresh = Object.assign(document.createElement('li'), { textContent: 'new' });
    const result = await arrange(parent, [items.get('c') as HTMLElement, fresh, items.get('a') as HTMLElement]);
    expect(result.order).to.deep.equal(['c', 'new', 'a']);
    expect(result.inserted.length).to.equal(2, 'the new item and one of the two kept ones');
    expect(await arrange(parent, [])).to.deep.equal({ order: [], inserted: [] });
  });
});
