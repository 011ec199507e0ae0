import { expect } from '@open-wc/testing';
import { arrangeChildren, contentSkipped, type Refresh } from '../../src/render/arranged-children.js';

function list(...names: string[]): { parent: HTMLElement; items: Map<string, HTMLElement> } {
  const parent = document.createElement('ol');
  const items = new Map(names.map((name) => [name, Object.assign(document.createElement('li'), { textContent: name })]));
  parent.append(...items.values());
  return { parent, items };
}

/** Arranges and returns the children's names and the names of the items that were inserted (moved or new). */
async function arrange(parent: HTMLElement, items: HTMLElement[], refresh?: Refresh): Promise<{ order: string[]; inserted: string[] }> {
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((batch) => records.push(...batch));
  observer.observe(parent, { childList: true });
  arrangeChildren(parent, items, refresh);
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

  it('inserts again the items that refresh names, even where they could stay, and asks only about items already there', async () => {
    const { parent, items } = list('a', 'b', 'c', 'd');
    const pick = (...names: string[]) => names.map((name) => items.get(name) as HTMLElement);
    const fresh = Object.assign(document.createElement('li'), { textContent: 'new' });
    const asked: string[] = [];
    const refresh: Refresh = (item, index) => {
      asked.push(`${item.textContent ?? ''}@${index}`);
      return item.textContent === 'c';
    };
    const result = await arrange(parent, [fresh, ...pick('b', 'c', 'd')], refresh);
    expect(result.order).to.deep.equal(['new', 'b', 'c', 'd']);
    expect(result.inserted).to.deep.equal(['c', 'new']);
    expect(asked).to.deep.equal(['b@1', 'c@2', 'd@3']);
  });
});

describe('contentSkipped', () => {
  it('is true for a content-visibility: auto item far below the window, false on screen and for an empty item', async () => {
    const parent = document.createElement('ol');
    parent.style.contentVisibility = 'visible';
    const item = (height: string) => {
      const li = document.createElement('li');
      li.style.contentVisibility = 'auto';
      li.append(Object.assign(document.createElement('div'), { textContent: 'content' }));
      (li.firstElementChild as HTMLElement).style.height = height;
      return li;
    };
    const near = item('10px');
    const spacer = Object.assign(document.createElement('li'), { style: 'height: 5000px' });
    const far = item('10px');
    const empty = document.createElement('li');
    empty.style.contentVisibility = 'auto';
    parent.append(near, spacer, far, empty);
    document.body.append(parent);
    try {
      // The browser finds out which items are near the window while it renders a frame.
      for (let frame = 0; frame < 2; frame++) await new Promise((resolve) => requestAnimationFrame(resolve));
      expect([contentSkipped(near), contentSkipped(far), contentSkipped(empty)]).to.deep.equal([false, true, false]);
    } finally {
      parent.remove();
    }
  });
});
