/**
 * isSafeWebUrl's shortcut is checked against Chromium's own URL parser here (the Node tests check it
 * against Node's): in the browser it must say exactly what safeWebHref says.
 */
import { expect } from '@open-wc/testing';
import '../fast-check-seed.js';
import { assertShortcutAgrees } from '../fixtures/links/web-addresses.js';

describe('isSafeWebUrl in Chromium', () => {
  it('says what safeWebHref says, shortcut or not', () => {
    expect(assertShortcutAgrees(5000), 'addresses safeWebHref accepts').to.be.within(500, 4500);
  });
});
