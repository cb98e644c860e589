/**
 * A local HTTP server for feed tests (node:http on 127.0.0.1, a free port). Serve any body with
 * any status and headers, a delay, a redirect, compression, a slow drip or an endless body, and
 * see what was asked:
 *
 *   const s = await startFeedServer();
 *   s.route('/feed.xml', { body: xml, contentType: 'application/rss+xml', etag: '"v1"' });
 *   await fetch(s.url('/feed.xml'));
 *   s.requests('/feed.xml'); // [{ method, path, headers }]
 *   await s.close();
 *
 * Every loop stops: a drip or endless body ends when the client goes away, when `maxBytes` is
 * sent (default 1 GB) or when the server closes.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';

export interface RouteSpec {
  /** Default 200 (or 302 with redirectTo). */
  status?: number;
  body?: string | Buffer;
  /** Sets Content-Type (otherwise none unless in headers). */
  contentType?: string;
  headers?: Record<string, string | string[]>;
  /** Wait this long before sending the status line. */
  delayMs?: number;
  /** Compress the body and set Content-Encoding. 'deflate-raw' sends raw deflate labelled "deflate", as some servers do. */
  encoding?: 'gzip' | 'deflate' | 'deflate-raw' | 'br';
  /** Send the body at this rate (bytes a second) instead of at once. */
  dripBytesPerSec?: number;
  /** Send `body` (or "x") over and over until the client leaves or maxBytes is reached. */
  endless?: boolean;
  /** Upper bound for drip and endless bodies. Default 1 GB. */
  maxBytes?: number;
  /** Redirect: a path on this server or an absolute URL. */
  redirectTo?: string;
  /** Validators: a request that matches (If-None-Match / If-Modified-Since) gets 304. */
  etag?: string;
  lastModified?: string;
  /** Full control, for anything the options above cannot say. */
  handler?: (req: http.IncomingMessage, res: http.ServerResponse) => void;
}

export interface RecordedRequest {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  /** 'open' while responding, 'finished' when the whole response went out, 'aborted' when the client left first. */
  outcome: 'open' | 'finished' | 'aborted';
}

export interface FeedServer {
  /** Base URL, e.g. http://127.0.0.1:41234 */
  readonly origin: string;
  readonly port: number;
  route(path: string, spec: RouteSpec): void;
  url(path: string): string;
  /** Requests received for a path (query included in the path if sent), or all when no path is given. */
  requests(path?: string): RecordedRequest[];
  /** Waits (at most timeoutMs) until the latest request for a path is no longer 'open'; returns its outcome. */
  settled(path: string, timeoutMs?: number): Promise<RecordedRequest['outcome']>;
  close(): Promise<void>;
}

const DEFAULT_MAX_BYTES = 1024 ** 3;

function encode(body: Buffer, encoding: RouteSpec['encoding']): Buffer {
  switch (encoding) {
    case 'gzip':
      return zlib.gzipSync(body);
    case 'deflate':
      return zlib.deflateSync(body);
    case 'deflate-raw':
      return zlib.deflateRawSync(body);
    case 'br':
      return zlib.brotliCompressSync(body);
    default:
      return body;
  }
}

export async function startFeedServer(): Promise<FeedServer> {
  const routes = new Map<string, RouteSpec>();
  const recorded: RecordedRequest[] = [];
  const timers = new Set<NodeJS.Timeout>();
  let closed = false;

  const later = (ms: number, fn: () => void) => {
    const t = setTimeout(() => {
      timers.delete(t);
      fn();
    }, ms);
    timers.add(t);
  };

  const server = http.createServer((req, res) => {
    const path = req.url ?? '/';
    const record: RecordedRequest = { method: req.method ?? 'GET', path, headers: req.headers, outcome: 'open' };
    recorded.push(record);
    res.on('close', () => {
      record.outcome = res.writableFinished ? 'finished' : 'aborted';
    });
    const spec = routes.get(path) ?? routes.get(path.replace(/\?.*$/, ''));
    if (!spec) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('no such route');
      return;
    }
    later(spec.delayMs ?? 0, () => respond(spec, req, res));
  });

  const respond = (spec: RouteSpec, req: http.IncomingMessage, res: http.ServerResponse) => {
    if (closed || res.destroyed) return;
    if (spec.handler) return spec.handler(req, res);
    const headers: Record<string, string | string[]> = { ...spec.headers };
    if (spec.contentType) headers['content-type'] = spec.contentType;
    if (spec.etag) headers.etag = spec.etag;
    if (spec.lastModified) headers['last-modified'] = spec.lastModified;

    if (spec.redirectTo !== undefined) {
      const location = /^[a-z]+:/i.test(spec.redirectTo) ? spec.redirectTo : `http://127.0.0.1:${port}${spec.redirectTo}`;
      res.writeHead(spec.status ?? 302, { ...headers, location }).end();
      return;
    }
    const notModified =
      (spec.etag !== undefined && req.headers['if-none-match'] === spec.etag) ||
      (spec.lastModified !== undefined && spec.etag === undefined && req.headers['if-modified-since'] === spec.lastModified);
    if (notModified) {
      res.writeHead(304, headers).end();
      return;
    }

    const raw = typeof spec.body === 'string' ? Buffer.from(spec.body) : (spec.body ?? Buffer.alloc(0));
    const maxBytes = spec.maxBytes ?? DEFAULT_MAX_BYTES;
    if (spec.endless) {
      res.writeHead(spec.status ?? 200, headers);
      const chunk = raw.length > 0 ? raw : Buffer.from('x'.repeat(64 * 1024));
      let sent = 0;
      const pump = () => {
        // Write while the socket takes it; resume on 'drain'. Stops at maxBytes or when the client leaves.
        while (!closed && !res.destroyed && sent < maxBytes) {
          const piece = chunk.subarray(0, maxBytes - sent);
          sent += piece.length;
          if (!res.write(piece)) return void res.once('drain', pump);
        }
        if (!res.destroyed) res.end();
      };
      pump();
      return;
    }

    const body = encode(raw, spec.encoding);
    if (spec.encoding) headers['content-encoding'] = spec.encoding === 'deflate-raw' ? 'deflate' : spec.encoding;
    if (spec.dripBytesPerSec !== undefined) {
      res.writeHead(spec.status ?? 200, headers);
      const rate = spec.dripBytesPerSec;
      const intervalMs = rate >= 10 ? 100 : Math.round(1000 / rate);
      const perTick = rate >= 10 ? Math.ceil(rate / 10) : 1;
      let offset = 0;
      const limit = Math.min(body.length, maxBytes);
      const tick = () => {
        if (closed || res.destroyed) return;
        if (offset >= limit) return void res.end();
        res.write(body.subarray(offset, offset + perTick));
        offset += perTick;
        later(intervalMs, tick);
      };
      tick();
      return;
    }
    if (!('content-length' in headers)) headers['content-length'] = String(body.length);
    res.writeHead(spec.status ?? 200, headers).end(body);
  };

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;

  return {
    origin,
    port,
    route: (path, spec) => void routes.set(path, spec),
    url: (path) => `${origin}${path}`,
    requests: (path) => (path === undefined ? [...recorded] : recorded.filter((r) => r.path === path)),
    async settled(path, timeoutMs = 2000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const last = recorded.filter((r) => r.path === path).at(-1);
        if (!last) throw new Error(`no request for ${path}`);
        if (last.outcome !== 'open' || Date.now() > deadline) return last.outcome;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    },
    async close() {
      closed = true;
      for (const t of timers) clearTimeout(t);
      timers.clear();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
