import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FeedError } from '../../src/feeds/errors.js';
import type { FeedSpec } from '../../src/feeds/source.js';
import { HttpFeedSource } from '../../src/feeds/source.js';
import { type FeedServer, startFeedServer } from '../fakes/feed-server.js';

const RSS = `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><link>https://wire.example/</link>
<item><title>Drones hit Erbil airbase</title><link>/a/1</link><guid>w-1</guid><pubDate>Wed, 25 Nov 2026 14:03:00 GMT</pubDate><description>No casualties.</description></item>
</channel></rss>`;

let server: FeedServer;
const fetcher = new HttpFeedSource({ timeoutMs: 5000, maxBytes: 1024 * 1024, perHostConcurrency: 2, allow: [] });
const spec = (path: string, trusted = true): FeedSpec => ({ id: 'f', url: server.url(path), name: null, intervalMs: 300_000, trusted, guildId: null });

beforeAll(async () => {
  server = await startFeedServer();
  server.route('/rss', { body: RSS, contentType: 'application/rss+xml', etag: '"e1"', encoding: 'gzip', headers: { 'cache-control': 'max-age=120' } });
  server.route('/down', { status: 503, headers: { 'retry-after': '60' } });
  server.route('/html', { body: '<!doctype html><html></html>', contentType: 'text/html' });
});
afterAll(async () => {
  await server.close();
  await fetcher.close();
});

describe('HttpFeedSource', () => {
  it('fetches and parses, then gets 304 with the validators', async () => {
    const first = await fetcher.fetch(spec('/rss'), { etag: null, lastModified: null });
    expect(first).toMatchObject({ notModified: false, status: 200, etag: '"e1"', minNextPollMs: 120_000 });
    if (first.notModified) return;
    expect(first.feed.items).toEqual([
      expect.objectContaining({
        key: 'w-1',
        link: 'https://wire.example/a/1',
        title: 'Drones hit Erbil airbase',
        content: 'No casualties.',
        published: '2026-11-25T14:03:00.000Z',
      }),
    ]);
    const second = await fetcher.fetch(spec('/rss'), { etag: first.etag, lastModified: first.lastModified });
    expect(second).toEqual({ notModified: true, status: 304, minNextPollMs: 120_000 });
  });

  it('throws FeedError with status and Retry-After, or the parse failure', async () => {
    await expect(fetcher.fetch(spec('/down'), { etag: null, lastModified: null })).rejects.toMatchObject({
      kind: 'http',
      status: 503,
      message: 'HTTP 503 Service Unavailable',
      minNextPollMs: 60_000,
    });
    await expect(fetcher.fetch(spec('/html'), { etag: null, lastModified: null })).rejects.toBeInstanceOf(FeedError);
    await expect(fetcher.fetch(spec('/html'), { etag: null, lastModified: null })).rejects.toMatchObject({ message: 'not a feed: got an HTML page' });
  });

  it('resolves relative links against the feed URL when the feed names no site link', async () => {
    server.route('/no-site-link', { body: '<rss version="2.0"><channel><title>T</title><item><title>x</title><link>story/1</link></item></channel></rss>' });
    const outcome = await fetcher.fetch(spec('/no-site-link'), { etag: null, lastModified: null });
    expect(!outcome.notModified && outcome.feed.items[0]!.link).toBe(server.url('/story/1'));
  });

  it('stops when the poller shuts down', async () => {
    server.route('/slow', { body: RSS, delayMs: 5000 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    await expect(fetcher.fetch(spec('/slow'), { etag: null, lastModified: null }, controller.signal)).rejects.toMatchObject({ kind: 'cancelled' });
  });

  it('applies the rules for feeds from Discord (here: a port other than 80, 443, 8080, 8443)', async () => {
    await expect(fetcher.fetch(spec('/rss', false), { etag: null, lastModified: null })).rejects.toMatchObject({ kind: 'bad-url' });
    expect(server.requests('/rss').every((r) => r.headers['user-agent']?.startsWith('Sitrep/'))).toBe(true);
  });
});
