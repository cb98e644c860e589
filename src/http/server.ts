import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { SetupFault } from '../config/errors.js';
import type { Logger } from '../logger.js';
import type { Metrics } from '../metrics.js';
import { checkReadiness, type ReadinessCheck } from './readiness.js';

export interface HttpListenOptions {
  host: string;
  /** 0 picks a free port (see HttpServer.url). */
  port: number;
}

export interface HttpServerOptions extends HttpListenOptions {
  metrics: Metrics;
  readiness: readonly ReadinessCheck[];
  log: Logger;
}

export interface HttpServer {
  /** Base URL, e.g. http://127.0.0.1:9464 */
  url: string;
  close(): Promise<void>;
}

const json = (res: http.ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }).end(`${JSON.stringify(body)}\n`);
};

/** Why the listener could not bind, and what to set instead. */
function whyNoListen(err: NodeJS.ErrnoException): string {
  switch (err.code) {
    case 'EADDRINUSE':
      return 'another program listens there; set SITREP_HTTP_PORT (or http.port) to another port, or 0 for any free one';
    case 'EADDRNOTAVAIL':
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'this machine has no such address; set SITREP_HTTP_HOST (or http.host) to one of its addresses, 127.0.0.1, or 0.0.0.0 for every interface';
    case 'EACCES':
      return 'this user may not listen on that port (below 1024 needs privileges); set SITREP_HTTP_PORT (or http.port) to 1024 or above';
    default:
      return err.message;
  }
}

/**
 * The operator's view into a running bot: GET /healthz (liveness: the event loop answers),
 * GET /readyz (readiness: every check holds; 503 naming those that fail), GET /metrics
 * (Prometheus text format). Read-only, no request body is ever read.
 */
export async function startHttpServer(opts: HttpServerOptions): Promise<HttpServer> {
  const { metrics, readiness, log } = opts;
  const routes: Record<string, (res: http.ServerResponse) => Promise<void>> = {
    '/healthz': async (res) => json(res, 200, { status: 'ok' }),
    '/readyz': async (res) => {
      const r = await checkReadiness(readiness);
      if (!r.ready) log.warn({ failed: r.failed }, 'not ready');
      json(res, r.ready ? 200 : 503, { status: r.ready ? 'ready' : 'not ready', failed: r.failed, checks: r.checks });
    },
    '/metrics': async (res) => {
      const text = await metrics.registry.metrics();
      res.writeHead(200, { 'content-type': metrics.registry.contentType, 'cache-control': 'no-store' }).end(text);
    },
  };
  const server = http.createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://sitrep').pathname;
    const route = routes[path];
    if (!route) return json(res, 404, { error: `no such path: ${path} (try /healthz, /readyz, /metrics)` });
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('allow', 'GET, HEAD');
      return json(res, 405, { error: `${req.method} is not allowed; use GET` });
    }
    route(res).catch((err: unknown) => {
      log.error({ err, path }, 'HTTP request failed');
      if (!res.headersSent) json(res, 500, { error: (err as Error).message });
      else res.destroy();
    });
  });
  // Probes and scrapes are small and quick: a client that dawdles is cut off.
  server.requestTimeout = 10_000;
  server.headersTimeout = 5_000;
  server.keepAliveTimeout = 5_000;

  await new Promise<void>((resolve, reject) => {
    // Only the user can fix these (another port or address): one line at start, no stack trace.
    const failed = (err: NodeJS.ErrnoException) =>
      reject(new SetupFault(`cannot listen on ${opts.host}:${opts.port} for health and metrics: ${whyNoListen(err)}`, { cause: err }));
    server.once('error', failed);
    server.listen(opts.port, opts.host, () => {
      server.off('error', failed);
      resolve();
    });
  });
  server.on('error', (err) => log.error({ err }, 'HTTP server error'));
  const { address, port } = server.address() as AddressInfo;
  const host = address.includes(':') ? `[${address}]` : address;
  return {
    url: `http://${host}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
