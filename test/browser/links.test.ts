/**
 * isSafeWebUrl's shortcut is checked against Chromium's own URL parser here (the Node tests check it
 * against Node's): in the browser it must say exactly what safeWebHref says.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../fast-check-seed.js';
import { isSafeWebUrl, safeWebHref } from '../../src/catalogue/links.js';
import { webAddress } from '../fixtures/links/web-addresses.js';

describe('isSafeWebUrl in Chromium', () => {
  it('says what safeWebHref says, shortcut or not', () => {
    let safe = 0;
    fc.assert(
      fc.property(webAddress, (address) => {
        const expected = safeWebHref(address) !== undefined;
        if (expected) safe++;
        expect(isSafeWebUrl(address), address).to.equal(expected);
      }),
      { numRuns: 5000 },
    );
    expect(safe, 'addresses safeWebHref accepts').to.be.within(500, 4500);
  });
});
