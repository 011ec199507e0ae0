/**
 * The benchmark's web server: a fixed set of files held in memory, served on 127.0.0.1 only, on a free
 * port, without compression (the browser reads the bytes from memory; what gzip would save is reported
 * separately). Anything else is a 404; only GET and HEAD are answered.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ServedFile {
  readonly body: string | Uint8Array;
  readonly type: string;
  /** Wait this long before answering (a CDN's time to first byte). */
  readonly delayMs?: number;
}

export interface BenchServer {
  readonly origin: string;
  close(): Promise<void>;
}

export async function serveFiles(files: ReadonlyMap<string, ServedFile>): Promise<BenchServer> {
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const file = files.get(path);
    if ((request.method !== 'GET' && request.method !== 'HEAD') || !file) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    setTimeout(() => {
      response.writeHead(200, {
        'content-type': file.type,
        'content-length': String(Buffer.byteLength(file.body)),
        'cache-control': 'no-store',
      });
      response.end(request.method === 'HEAD' ? undefined : file.body);
    }, file.delayMs ?? 0);
  });
  // A stalled connection must not keep the run alive.
  server.requestTimeout = 30_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
