import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { proxyRequests } from '@discordjs/proxy';
import { REST } from 'discord.js';
import type { Logger } from '../logger.js';
import { DEFAULT_REST_URL, restAgent } from './sink.js';

export interface RestProxyOptions {
  /** Discord's REST API (or a fake in tests). */
  upstream?: string | undefined;
  host: string;
  port: number;
  /** Discord's global limit per bot token; every process's sends count against it. */
  requestsPerSecond: number;
  log: Logger;
}

export interface RestProxy {
  url: string;
  close(): Promise<void>;
}

/**
 * One REST client for the whole cluster (@discordjs/proxy): every process sends through it
 * (DISCORD_REST_URL), so Discord's per-token limits, global and per route, are kept in one place
 * instead of once per process. The proxy forwards each request's own Authorization header.
 */
export async function startRestProxy(opts: RestProxyOptions): Promise<RestProxy> {
  const rest = new REST({
    api: opts.upstream || DEFAULT_REST_URL,
    agent: restAgent(),
    globalRequestsPerSecond: opts.requestsPerSecond,
    retries: 1,
    timeout: 15_000,
  });
  const forward = proxyRequests(rest);
  const server = createServer((req, res) => {
    Promise.resolve(forward(req, res)).catch((err: unknown) => {
      // A network failure upstream: the sender retries (its outbox row stays pending).
      opts.log.warn({ err: (err as Error).message, path: req.url }, 'proxied request failed');
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'application/json' });
      res.end(res.writableEnded ? undefined : JSON.stringify({ message: 'upstream request failed', code: 0 }));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const host = opts.host.includes(':') ? `[${opts.host}]` : opts.host;
  return {
    url: `http://${host}:${port}/api`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
