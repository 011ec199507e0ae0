/**
 * A static file server for the published site with the headers the README asks of any host: the right
 * MIME types, CORS for every origin (as GitHub Pages and npm CDNs send), ETag and Last-Modified with 304
 * answers to conditional requests, a short max-age for files that change and a year, immutable, for the
 * hashed catalogue copies. For a local preview (`npm run publish:site -- --serve`) and the tests.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

export function contentType(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/** Hashed catalogue copies never change; everything else may change with the next deployment. */
export function cacheControl(path: string, maxAgeSeconds: number): string {
  if (/(^|\/)catalogue\.[0-9a-f]{12}\.json$/.test(path)) return `public, max-age=${ONE_YEAR_SECONDS}, immutable`;
  return maxAgeSeconds > 0 ? `public, max-age=${maxAgeSeconds}` : 'no-cache';
}

function opaqueTag(tag: string): string {
  return tag.trim().replace(/^W\//, '');
}

/** RFC 9110 §13.1: If-None-Match (weak comparison) wins over If-Modified-Since, which has 1 s precision. */
export function isNotModified(
  request: { ifNoneMatch?: string | undefined; ifModifiedSince?: string | undefined },
  etag: string,
  lastModified: Date,
): boolean {
  if (request.ifNoneMatch !== undefined) {
    return request.ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || opaqueTag(tag) === opaqueTag(etag));
  }
  if (request.ifModifiedSince === undefined) return false;
  const since = Date.parse(request.ifModifiedSince);
  return !Number.isNaN(since) && Math.floor(lastModified.getTime() / 1000) * 1000 <= since;
}

export interface RequestLog {
  method: string;
  /** The request target as sent, with any query string. */
  url: string;
  status: number;
  headers: IncomingHttpHeaders;
}

export interface StaticServerOptions {
  root: string;
  /** Loopback by default: a preview is not meant for the network. */
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /** max-age of everything but the hashed copies; 0 means revalidate every time. */
  maxAgeSeconds?: number;
  onRequest?: (log: RequestLog) => void;
}

export interface StaticServer {
  /** e.g. `http://127.0.0.1:41234/` */
  url: string;
  close(): Promise<void>;
}

/** The file a URL path names inside root (a folder means its index.html), or undefined. */
function fileFor(root: string, pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const path = resolve(root, `.${decoded}`);
  if (path !== root && !path.startsWith(root + sep)) return undefined;
  try {
    const stats = statSync(path);
    if (stats.isFile()) return path;
    if (stats.isDirectory() && statSync(join(path, 'index.html')).isFile()) return join(path, 'index.html');
  } catch {
    // Missing: a 404.
  }
  return undefined;
}

export function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  const root = resolve(options.root);
  const maxAgeSeconds = options.maxAgeSeconds ?? 600;
  const server = createServer((request, response) => {
    const method = request.method ?? 'GET';
    const finish = (status: number, headers: Record<string, string>, body?: Buffer | string): void => {
      response.writeHead(status, { 'access-control-allow-origin': '*', 'x-content-type-options': 'nosniff', ...headers });
      response.end(method === 'HEAD' ? undefined : body);
      options.onRequest?.({ method, url: request.url ?? '', status, headers: request.headers });
    };
    if (method !== 'GET' && method !== 'HEAD') {
      finish(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' }, 'Method not allowed\n');
      return;
    }
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    const file = fileFor(root, pathname);
    if (!file) {
      finish(404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-cache' }, 'Not found\n');
      return;
    }
    const body = readFileSync(file);
    const lastModified = statSync(file).mtime;
    const etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 32)}"`;
    const headers = {
      etag,
      'last-modified': lastModified.toUTCString(),
      'cache-control': cacheControl(pathname, maxAgeSeconds),
    };
    const conditional = { ifNoneMatch: request.headers['if-none-match'], ifModifiedSince: request.headers['if-modified-since'] };
    if (isNotModified(conditional, etag, lastModified)) {
      finish(304, headers);
      return;
    }
    finish(200, { ...headers, 'content-type': contentType(file), 'content-length': String(body.length) }, body);
  });
  // A stuck client must not keep a test or a preview from ending.
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;
  const host = options.host ?? '127.0.0.1';
  return new Promise((resolveServer, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      const { port } = server.address() as AddressInfo;
      resolveServer({
        url: `http://${host}:${port}/`,
        close: () =>
          new Promise<void>((resolveClose) => {
            server.closeAllConnections();
            server.close(() => resolveClose());
          }),
      });
    });
  });
}
