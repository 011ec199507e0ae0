/**
 * The preview server sends what the README asks of any host: MIME types, CORS, ETag and Last-Modified
 * with 304 answers, a year and immutable for hashed catalogue copies, and nothing outside its folder.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { cacheControl, contentType, isNotModified, type RequestLog, startStaticServer, type StaticServer } from '../../scripts/lib/publish-server.js';

const contentTypes = [
  { path: 'index.html', expected: 'text/html; charset=utf-8' },
  { path: 'social-services-catalogue.js', expected: 'text/javascript; charset=utf-8' },
  { path: 'catalogue.json', expected: 'application/json; charset=utf-8' },
  { path: 'site.CSS', expected: 'text/css; charset=utf-8' },
  { path: 'archive.tar.gz', expected: 'application/octet-stream' },
  { path: 'README', expected: 'application/octet-stream' },
];
for (const { path, expected } of contentTypes) {
  test(`contentType(${path})`, () => assert.equal(contentType(path), expected));
}

const cacheCases = [
  { path: '/catalogue.a6aec592ffba.json', maxAge: 600, expected: 'public, max-age=31536000, immutable' },
  { path: '/sub/catalogue.a6aec592ffba.json', maxAge: 0, expected: 'public, max-age=31536000, immutable' },
  { path: '/catalogue.json', maxAge: 600, expected: 'public, max-age=600' },
  { path: '/catalogue.json', maxAge: 0, expected: 'no-cache' },
  { path: '/catalogue-versions.json', maxAge: 300, expected: 'public, max-age=300' },
  { path: '/catalogue.A6AEC592FFBA.json', maxAge: 300, expected: 'public, max-age=300' },
  { path: '/catalogue.a6aec592ffb.json', maxAge: 300, expected: 'public, max-age=300' },
];
for (const { path, maxAge, expected } of cacheCases) {
  test(`cacheControl(${path}, ${maxAge})`, () => assert.equal(cacheControl(path, maxAge), expected));
}

const modified = new Date('2026-09-04T10:20:30.456Z');
const conditionalCases = [
  { name: 'no validators', request: {}, expected: false },
  { name: 'the same ETag', request: { ifNoneMatch: '"abc"' }, expected: true },
  { name: 'a weak form of the same ETag', request: { ifNoneMatch: 'W/"abc"' }, expected: true },
  { name: 'one of several ETags', request: { ifNoneMatch: '"old", "abc"' }, expected: true },
  { name: 'any ETag', request: { ifNoneMatch: '*' }, expected: true },
  { name: 'another ETag', request: { ifNoneMatch: '"old"' }, expected: false },
  { name: 'another ETag wins over a recent date', request: { ifNoneMatch: '"old"', ifModifiedSince: 'Fri, 04 Sep 2026 11:00:00 GMT' }, expected: false },
  { name: 'the Last-Modified date itself (second precision)', request: { ifModifiedSince: 'Fri, 04 Sep 2026 10:20:30 GMT' }, expected: true },
  { name: 'a date before the change', request: { ifModifiedSince: 'Fri, 04 Sep 2026 10:20:29 GMT' }, expected: false },
  { name: 'a date that is not one', request: { ifModifiedSince: 'yesterday' }, expected: false },
];
for (const { name, request, expected } of conditionalCases) {
  test(`isNotModified: ${name}`, () => assert.equal(isNotModified(request, '"abc"', modified), expected));
}

const work = mkdtempSync(join(tmpdir(), 'publish-server-'));
const siteDir = join(work, 'site');
const requests: RequestLog[] = [];
let server: StaticServer;
before(async () => {
  mkdirSync(join(siteDir, 'demo'), { recursive: true });
  writeFileSync(join(siteDir, 'catalogue.json'), '{"formatVersion":1}\n');
  writeFileSync(join(siteDir, 'demo', 'index.html'), '<!doctype html><title>Testovací stránka</title>\n');
  writeFileSync(join(work, 'secret.txt'), 'outside the site\n');
  utimesSync(join(siteDir, 'catalogue.json'), modified, modified);
  server = await startStaticServer({ root: siteDir, maxAgeSeconds: 0, onRequest: (log) => requests.push(log) });
});
after(async () => {
  await server.close();
  rmSync(work, { recursive: true, force: true });
});

test('a file comes with its type, CORS for any origin, an ETag and Last-Modified', async () => {
  const response = await fetch(new URL('catalogue.json', server.url), { headers: { origin: 'https://obec.example.cz' } });
  assert.equal(response.status, 200);
  assert.equal(await response.text(), '{"formatVersion":1}\n');
  assert.equal(response.headers.get('content-type'), 'application/json; charset=utf-8');
  assert.equal(response.headers.get('access-control-allow-origin'), '*');
  assert.equal(response.headers.get('last-modified'), 'Fri, 04 Sep 2026 10:20:30 GMT');
  assert.equal(response.headers.get('cache-control'), 'no-cache');
  assert.match(response.headers.get('etag') ?? '', /^"[0-9a-f]{32}"$/);
});

test('a conditional request for an unchanged file gets 304 with no body; a changed file gets 200', async () => {
  const url = new URL('catalogue.json', server.url);
  const etag = (await fetch(url)).headers.get('etag') ?? '';
  const unchanged = await fetch(url, { headers: { 'if-none-match': etag } });
  assert.equal(unchanged.status, 304);
  assert.equal(await unchanged.text(), '');
  assert.equal(unchanged.headers.get('access-control-allow-origin'), '*');
  const byDate = await fetch(url, { headers: { 'if-modified-since': 'Fri, 04 Sep 2026 10:20:30 GMT' } });
  assert.equal(byDate.status, 304);
  writeFileSync(join(siteDir, 'catalogue.json'), '{"formatVersion":1,"changed":true}\n');
  const changed = await fetch(url, { headers: { 'if-none-match': etag } });
  assert.equal(changed.status, 200);
  assert.notEqual(changed.headers.get('etag'), etag);
});

const statusCases = [
  { name: 'a folder serves its index.html', path: 'demo/', method: 'GET', expected: 200 },
  { name: 'a missing file', path: 'missing.json', method: 'GET', expected: 404 },
  { name: 'an escape from the folder, encoded', path: '%2e%2e/secret.txt', method: 'GET', expected: 404 },
  { name: 'an escape from the folder, double-encoded slash', path: '..%2fsecret.txt', method: 'GET', expected: 404 },
  { name: 'a malformed escape', path: '%E0%A4%A', method: 'GET', expected: 404 },
  { name: 'a write', path: 'catalogue.json', method: 'PUT', expected: 405 },
];
for (const { name, path, method, expected } of statusCases) {
  test(`status: ${name}`, async () => {
    const response = await fetch(`${server.url}${path}`, { method });
    await response.arrayBuffer();
    assert.equal(response.status, expected);
  });
}

test('every request is logged with its method, target and status', () => {
  assert.ok(requests.some((log) => log.method === 'PUT' && log.url === '/catalogue.json' && log.status === 405));
  assert.ok(requests.some((log) => log.url === '/catalogue.json' && log.status === 304 && log.headers['if-none-match'] !== undefined));
});
