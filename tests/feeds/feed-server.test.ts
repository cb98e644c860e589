import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FeedServer, startFeedServer } from '../fakes/feed-server.js';

let s: FeedServer;
beforeAll(async () => {
  s = await startFeedServer();
});
afterAll(async () => {
  await s.close();
});

describe('the fake feed server', () => {
  it('serves a route with status, headers and content type, and 404 otherwise', async () => {
    s.route('/x', { body: 'hello', status: 201, contentType: 'text/plain', headers: { 'x-test': '1' } });
    const res = await fetch(s.url('/x'));
    expect([res.status, res.headers.get('content-type'), res.headers.get('x-test'), await res.text()]).toEqual([201, 'text/plain', '1', 'hello']);
    expect((await fetch(s.url('/nothing'))).status).toBe(404);
  });

  it('answers 304 to matching validators and records request headers', async () => {
    s.route('/lm', { body: 'feed', lastModified: 'Wed, 25 Nov 2026 10:00:00 GMT' });
    expect((await fetch(s.url('/lm'), { headers: { 'if-modified-since': 'Wed, 25 Nov 2026 10:00:00 GMT' } })).status).toBe(304);
    expect((await fetch(s.url('/lm'))).status).toBe(200);
    expect(s.requests('/lm').map((r) => r.headers['if-modified-since'] ?? null)).toEqual(['Wed, 25 Nov 2026 10:00:00 GMT', null]);
    expect(s.requests().length).toBeGreaterThanOrEqual(4);
  });

  it('compresses, redirects and delays', async () => {
    s.route('/gz', { body: 'zipped', encoding: 'gzip' });
    const raw = await new Promise<Buffer>((resolve, reject) => {
      import('node:http').then(({ get }) =>
        get(s.url('/gz'), (res) => {
          const chunks: Buffer[] = [];
          res
            .on('data', (c: Buffer) => chunks.push(c))
            .on('end', () => resolve(Buffer.concat(chunks)))
            .on('error', reject);
        }),
      );
    });
    expect(gunzipSync(raw).toString()).toBe('zipped');
    s.route('/moved', { redirectTo: '/x', status: 301 });
    const moved = await fetch(s.url('/moved'), { redirect: 'manual' });
    expect([moved.status, moved.headers.get('location')]).toEqual([301, s.url('/x')]);
    s.route('/late', { body: 'late', delayMs: 50 });
    expect(await (await fetch(s.url('/late'))).text()).toBe('late');
  });

  it('ends an endless body at maxBytes and tells how a response ended', async () => {
    s.route('/endless', { endless: true, maxBytes: 256 * 1024 + 5 });
    const body = await (await fetch(s.url('/endless'))).arrayBuffer();
    expect(body.byteLength).toBe(256 * 1024 + 5);
    expect(await s.settled('/endless')).toBe('finished');
  });
});
