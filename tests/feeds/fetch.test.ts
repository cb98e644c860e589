import http from 'node:http';
import zlib from 'node:zlib';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FeedError } from '../../src/feeds/errors.js';
import {
  createFeedAgent,
  createFeedFetcher,
  createHostLimiter,
  type FetchOptions,
  fetchFeed,
  parseMaxAge,
  parseRetryAfter,
  USER_AGENT,
} from '../../src/feeds/fetch.js';
import type { Resolver } from '../../src/feeds/safety.js';
import { type FeedServer, startFeedServer } from '../fakes/feed-server.js';

const RSS = '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>One</title></item></channel></rss>';

let server: FeedServer;
const trusted = createFeedAgent({ trusted: true });
const opts = (extra: Partial<FetchOptions> = {}): FetchOptions => ({ dispatcher: trusted, trusted: true, timeoutMs: 5000, ...extra });

beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(async () => {
  await server.close();
  await trusted.close();
});

async function failure(promise: Promise<unknown>): Promise<FeedError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(FeedError);
    return error as FeedError;
  }
  throw new Error('expected a FeedError');
}

describe('fetchFeed', () => {
  it('fetches a body and names Sitrep in the User-Agent', async () => {
    server.route('/plain', { body: RSS, contentType: 'application/rss+xml; charset=utf-8' });
    const result = await fetchFeed(server.url('/plain'), {}, opts());
    expect(result.kind).toBe('ok');
    if (result.kind !== 'ok') return;
    expect(result.body.toString()).toBe(RSS);
    expect(result.contentType).toBe('application/rss+xml; charset=utf-8');
    expect(result.status).toBe(200);
    const [req] = server.requests('/plain');
    expect(req!.headers['user-agent']).toBe(USER_AGENT);
    expect(USER_AGENT).toMatch(/^Sitrep\/\d+\.\d+\.\d+ \(/);
    expect(req!.headers['accept-encoding']).toBe('gzip, deflate, br');
  });

  it('sends validators and turns 304 into not-modified', async () => {
    server.route('/cond', { body: RSS, etag: '"v1"', lastModified: 'Wed, 25 Nov 2026 10:00:00 GMT' });
    const first = await fetchFeed(server.url('/cond'), {}, opts());
    expect(first).toMatchObject({ kind: 'ok', etag: '"v1"', lastModified: 'Wed, 25 Nov 2026 10:00:00 GMT' });
    const second = await fetchFeed(server.url('/cond'), { etag: first.etag, lastModified: first.lastModified }, opts());
    expect(second).toMatchObject({ kind: 'not-modified', status: 304, etag: '"v1"', lastModified: 'Wed, 25 Nov 2026 10:00:00 GMT' });
    const [, req] = server.requests('/cond');
    expect(req!.headers['if-none-match']).toBe('"v1"');
    expect(req!.headers['if-modified-since']).toBe('Wed, 25 Nov 2026 10:00:00 GMT');
  });

  it.each(['gzip', 'deflate', 'deflate-raw', 'br'] as const)('decompresses %s', async (encoding) => {
    server.route(`/enc-${encoding}`, { body: RSS.repeat(50), encoding });
    const result = await fetchFeed(server.url(`/enc-${encoding}`), {}, opts());
    expect(result.kind === 'ok' && result.body.toString()).toBe(RSS.repeat(50));
    expect(result.kind === 'ok' && result.transferredBytes).toBeLessThan(RSS.length * 50);
  });

  it.each([
    ['gzip', (b: Buffer) => zlib.gzipSync(b)],
    ['deflate', (b: Buffer) => zlib.deflateSync(b)],
    ['br', (b: Buffer) => zlib.brotliCompressSync(b, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } })],
  ] as const)('refuses a %s bomb without inflating it', async (encoding, compress) => {
    const bomb = compress(Buffer.alloc(16 * 1024 * 1024)); // 16 MB of zeros in a few KB
    expect(bomb.length).toBeLessThan(100 * 1024);
    server.route(`/bomb-${encoding}`, { body: bomb, headers: { 'content-encoding': encoding } });
    const error = await failure(fetchFeed(server.url(`/bomb-${encoding}`), {}, opts({ maxBytes: 1024 * 1024 })));
    expect(error.kind).toBe('too-large');
    expect(error.message).toBe('response larger than 1 MB once decompressed');
  });

  it('says when a body cannot be decompressed', async () => {
    server.route('/bad-gzip', { body: 'this is not gzip', headers: { 'content-encoding': 'gzip' } });
    const error = await failure(fetchFeed(server.url('/bad-gzip'), {}, opts()));
    expect(error.kind).toBe('decompression');
    server.route('/odd-encoding', { body: 'x', headers: { 'content-encoding': 'zstd-custom' } });
    expect((await failure(fetchFeed(server.url('/odd-encoding'), {}, opts()))).message).toBe('unsupported Content-Encoding "zstd-custom"');
  });

  it('refuses a body whose Content-Length is over the cap before reading it', async () => {
    server.route('/big', { body: Buffer.alloc(2 * 1024 * 1024, 'a') });
    const error = await failure(fetchFeed(server.url('/big'), {}, opts({ maxBytes: 1024 * 1024 })));
    expect(error).toMatchObject({ kind: 'too-large', message: 'response larger than 1 MB (Content-Length 2 MB)' });
  });

  it('stops an endless body at the cap and drops the connection', async () => {
    server.route('/endless', { endless: true, contentType: 'application/rss+xml' });
    const error = await failure(fetchFeed(server.url('/endless'), {}, opts({ maxBytes: 512 * 1024 })));
    expect(error).toMatchObject({ kind: 'too-large', message: 'response larger than 512 KB' });
    expect(await server.settled('/endless')).toBe('aborted');
  });

  it('refuses a 50 MB text node at the default 10 MB cap', async () => {
    const head = Buffer.from('<rss version="2.0"><channel><item><title>');
    server.route('/huge-node', {
      handler: (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/rss+xml' });
        res.write(head);
        const chunk = Buffer.alloc(1024 * 1024, 'a');
        let sent = 0;
        const pump = () => {
          while (sent < 50 && !res.destroyed) {
            sent++;
            if (!res.write(chunk)) return void res.once('drain', pump);
          }
          if (!res.destroyed) res.end('</title></item></channel></rss>');
        };
        pump();
      },
    });
    const error = await failure(fetchFeed(server.url('/huge-node'), {}, opts()));
    expect(error).toMatchObject({ kind: 'too-large', message: 'response larger than 10 MB' });
  });

  it('stops a slow server at the total time limit', async () => {
    server.route('/slow-headers', { body: RSS, delayMs: 10_000 });
    const error = await failure(fetchFeed(server.url('/slow-headers'), {}, opts({ timeoutMs: 300 })));
    expect(error).toMatchObject({ kind: 'timeout', message: 'timed out after 300 ms' });
  });

  it('stops a server that sends a byte a second (the total limit, not an idle timeout)', async () => {
    server.route('/drip', { body: RSS, dripBytesPerSec: 1 });
    const started = Date.now();
    const error = await failure(fetchFeed(server.url('/drip'), {}, opts({ timeoutMs: 1500 })));
    expect(error).toMatchObject({ kind: 'timeout', message: 'timed out after 1.5 s' });
    expect(Date.now() - started).toBeLessThan(10_000); // bounded, long before the 100 s the body would take
    expect(await server.settled('/drip')).toBe('aborted');
  });

  it('follows redirects and reports the final URL', async () => {
    server.route('/r1', { redirectTo: '/r2', status: 301 });
    server.route('/r2', { redirectTo: '/plain', status: 307 });
    const result = await fetchFeed(server.url('/r1'), {}, opts());
    expect(result).toMatchObject({ kind: 'ok', url: server.url('/plain'), redirects: [server.url('/r2'), server.url('/plain')] });
  });

  it('stops a redirect loop and a long chain', async () => {
    server.route('/loop-a', { redirectTo: '/loop-b' });
    server.route('/loop-b', { redirectTo: '/loop-a' });
    const loop = await failure(fetchFeed(server.url('/loop-a'), {}, opts()));
    expect(loop.kind).toBe('redirects');
    expect(loop.message).toBe(`redirect loop: ${server.url('/loop-a')} → ${server.url('/loop-b')} → ${server.url('/loop-a')}`);
    for (let i = 0; i < 7; i++) server.route(`/chain-${i}`, { redirectTo: `/chain-${i + 1}` });
    server.route('/chain-7', { body: RSS });
    expect(await failure(fetchFeed(server.url('/chain-0'), {}, opts()))).toMatchObject({ kind: 'redirects', message: 'more than 5 redirects' });
    expect(server.requests('/chain-6')).toHaveLength(0);
  });

  it('refuses a redirect to another scheme or without a Location', async () => {
    server.route('/to-file', { redirectTo: 'file:///etc/passwd' });
    expect(await failure(fetchFeed(server.url('/to-file'), {}, opts()))).toMatchObject({ kind: 'bad-url' });
    server.route('/no-location', { status: 302 });
    expect(await failure(fetchFeed(server.url('/no-location'), {}, opts()))).toMatchObject({ kind: 'http', status: 302, message: 'HTTP 302 Found' });
  });

  it('reports HTTP errors in words with Retry-After as a lower bound', async () => {
    server.route('/unavailable', { status: 503, body: 'down', headers: { 'retry-after': '120' } });
    const error = await failure(fetchFeed(server.url('/unavailable'), {}, opts()));
    expect(error).toMatchObject({ kind: 'http', status: 503, message: 'HTTP 503 Service Unavailable', minNextPollMs: 120_000 });
    server.route('/gone', { status: 404, body: 'nope' });
    expect(await failure(fetchFeed(server.url('/gone'), {}, opts()))).toMatchObject({ kind: 'http', status: 404, message: 'HTTP 404 Not Found' });
  });

  it('returns Cache-Control max-age as a lower bound on the next poll', async () => {
    server.route('/cached', { body: RSS, headers: { 'cache-control': 'public, max-age=600', age: '100' } });
    expect(await fetchFeed(server.url('/cached'), {}, opts())).toMatchObject({ minNextPollMs: 500_000 });
  });

  it('says when nothing listens', async () => {
    const closed = http.createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const { port } = closed.address() as { port: number };
    await new Promise((r) => closed.close(r));
    expect(await failure(fetchFeed(`http://127.0.0.1:${port}/`, {}, opts()))).toMatchObject({ kind: 'network', message: 'connection refused' });
  });

  it('stops when the caller cancels', async () => {
    server.route('/cancel', { body: RSS, delayMs: 5000 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    expect(await failure(fetchFeed(server.url('/cancel'), {}, opts({ signal: controller.signal })))).toMatchObject({ kind: 'cancelled' });
  });

  it('keeps at most N requests at once to one host', async () => {
    let active = 0;
    let peak = 0;
    server.route('/polite', {
      handler: (_req, res) => {
        active++;
        peak = Math.max(peak, active);
        setTimeout(() => {
          active--;
          res.end(RSS);
        }, 100);
      },
    });
    const hostLimiter = createHostLimiter(2);
    const results = await Promise.all(Array.from({ length: 6 }, () => fetchFeed(server.url('/polite'), {}, opts({ hostLimiter }))));
    expect(results.every((r) => r.kind === 'ok')).toBe(true);
    expect(peak).toBe(2);
  });
});

describe('fetchFeed for untrusted feeds (added from Discord)', () => {
  let agents: Array<{ close(): Promise<void> }> = [];
  afterEach(async () => {
    await Promise.all(agents.map((a) => a.close()));
    agents = [];
  });
  const fakeDns =
    (table: Record<string, string[] | (() => string[])>): Resolver =>
    async (host) => {
      const entry = table[host];
      if (!entry) throw Object.assign(new Error(`ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
      return (typeof entry === 'function' ? entry() : entry).map((address) => ({ address, family: 4 }));
    };
  const untrusted = (policy: { allow?: string[]; resolve?: Resolver }) => {
    const ports = new Set([server.port]);
    const agent = createFeedAgent({ trusted: false, ports, ...policy });
    agents.push(agent);
    return opts({ dispatcher: agent, trusted: false, ports, ...policy });
  };

  it('refuses the loopback test server, by literal address and by name at connect time', async () => {
    server.route('/private', { body: RSS });
    const literal = await failure(fetchFeed(server.url('/private'), {}, untrusted({})));
    expect(literal).toMatchObject({ kind: 'blocked-address', message: 'address 127.0.0.1 is loopback and not allowed' });
    const byName = await failure(fetchFeed(`http://localhost:${server.port}/private`, {}, untrusted({})));
    expect(byName.kind).toBe('blocked-address');
    expect(byName.message).toMatch(/^localhost: address (127\.0\.0\.1|::1) is loopback and not allowed$/);
    expect(server.requests('/private')).toHaveLength(0);
  });

  it('refuses a redirect from an allowed host to a private one', async () => {
    const resolve = fakeDns({ 'public.test': ['127.0.0.1'], 'evil.test': ['127.0.0.1'] });
    server.route('/hop', { redirectTo: `http://evil.test:${server.port}/secret` });
    server.route('/secret', { body: RSS });
    const error = await failure(fetchFeed(`http://public.test:${server.port}/hop`, {}, untrusted({ allow: ['public.test'], resolve })));
    expect(error).toMatchObject({ kind: 'blocked-address', message: 'evil.test: address 127.0.0.1 is loopback and not allowed' });
    server.route('/hop-literal', { redirectTo: `http://10.0.0.5:${server.port}/x` });
    const literal = await failure(fetchFeed(`http://public.test:${server.port}/hop-literal`, {}, untrusted({ allow: ['public.test'], resolve })));
    expect(literal).toMatchObject({ kind: 'blocked-address', message: 'address 10.0.0.5 is private and not allowed' });
    expect(server.requests('/secret')).toHaveLength(0);
  });

  it('checks at connect time, so DNS rebinding after the up-front check does not get through', async () => {
    let calls = 0;
    const resolve = fakeDns({ 'rebind.test': () => (calls++ === 0 ? ['93.184.216.34'] : ['127.0.0.1']) });
    const { validateFeedUrl } = await import('../../src/feeds/safety.js');
    server.route('/rebind', { body: RSS });
    await expect(validateFeedUrl(`http://rebind.test:${server.port}/rebind`, { resolve, ports: new Set([server.port]) })).resolves.toBeTypeOf('string');
    const error = await failure(fetchFeed(`http://rebind.test:${server.port}/rebind`, {}, untrusted({ resolve })));
    expect(error.kind).toBe('blocked-address');
    expect(server.requests('/rebind')).toHaveLength(0);
  });

  it('lets an allowed range through', async () => {
    server.route('/allowed', { body: RSS });
    const result = await fetchFeed(server.url('/allowed'), {}, untrusted({ allow: ['127.0.0.0/8'] }));
    expect(result.kind).toBe('ok');
  });

  it('refuses to fetch an untrusted feed through an unguarded dispatcher', async () => {
    await expect(fetchFeed(server.url('/plain'), {}, opts({ trusted: false }))).rejects.toThrow(/needs a dispatcher from createFeedAgent/);
  });
});

describe('createFeedFetcher', () => {
  it('shares agents and the host limiter, trusted or not', async () => {
    const fetcher = createFeedFetcher({ timeoutMs: 5000, maxBytes: 1024 * 1024, perHostConcurrency: 2, allow: [] });
    try {
      server.route('/via-fetcher', { body: RSS });
      expect((await fetcher.fetch(server.url('/via-fetcher'), {}, { trusted: true })).kind).toBe('ok');
      // Untrusted feeds keep the common ports only: the test server's random port is refused first.
      expect(await failure(fetcher.fetch(server.url('/via-fetcher'), {}, { trusted: false }))).toMatchObject({ kind: 'bad-url' });
    } finally {
      await fetcher.close();
    }
  });
});

describe('header parsing', () => {
  const now = Date.UTC(2026, 10, 25, 12);
  it('reads Retry-After as seconds or an HTTP date', () => {
    expect(parseRetryAfter('30', now)).toBe(30_000);
    expect(parseRetryAfter('Wed, 25 Nov 2026 12:10:00 GMT', now)).toBe(600_000);
    expect(parseRetryAfter('Wed, 25 Nov 2026 11:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter(null, now)).toBeNull();
  });
  it('reads max-age, ignoring no-cache/no-store', () => {
    expect(parseMaxAge('max-age=300', null)).toBe(300_000);
    expect(parseMaxAge('s-maxage=10, max-age=60', '70')).toBe(0);
    expect(parseMaxAge('no-cache, max-age=300', null)).toBeNull();
    expect(parseMaxAge(null, null)).toBeNull();
  });
});
