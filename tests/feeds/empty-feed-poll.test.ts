/**
 * An empty feed is a healthy feed: polled over HTTP for longer than `polling.disableAfter`, every
 * poll succeeds and the feed is never disabled (nor its server told).
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FeedSpec } from '../../src/feeds/source.js';
import type { OpenedDatabase } from '../../src/store/database.js';
import { getFeedState } from '../../src/store/feeds.js';
import { type FeedServer, startFeedServer } from '../fakes/feed-server.js';
import { sqliteTestDatabase, type TestDatabase } from '../helpers/databases.js';
import { httpPoller } from '../helpers/http-poller.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const fixture = (file: string) => readFileSync(new URL(`../fixtures/feeds/reader-accepts/${file}`, import.meta.url));

describe('polling empty feeds', () => {
  let server: FeedServer;
  let tdb: TestDatabase;
  let database: OpenedDatabase;
  let now = new Date('2026-11-01T00:00:00Z');
  const clock = { now: () => now };

  beforeAll(async () => {
    server = await startFeedServer();
    tdb = sqliteTestDatabase();
    database = await tdb.open();
  });
  afterAll(async () => {
    await database.close();
    await tdb.dispose();
    await server.close();
  });

  it('polls an empty RSS, RDF, Atom and JSON feed for 8 days without a failure or a disabling', async () => {
    const files = ['empty-rss-no-channel.xml', 'empty-rdf.xml', 'empty-atom.xml', 'empty-json.json'];
    const feeds: FeedSpec[] = files.map((file, i) => {
      server.route(`/${file}`, { body: fixture(file), contentType: file.endsWith('.json') ? 'application/feed+json' : 'application/xml' });
      return { id: `empty-${i}`, url: server.url(`/${file}`), name: null, intervalMs: 6 * HOUR, trusted: true, guildId: null };
    });
    const disabled: string[] = [];
    const poller = httpPoller(
      database.db,
      clock,
      () => feeds,
      async (feed) => {
        disabled.push(feed.id);
      },
    );
    try {
      for (let day = 0; day <= 8; day++) {
        const reports = await poller.pollAll({ onlyDue: false });
        expect(reports.map((r) => [r.feedId, r.ok, r.error, r.newItems])).toEqual(feeds.map((f) => [f.id, true, null, 0]));
        now = new Date(now.getTime() + DAY);
      }
    } finally {
      await poller.stop();
    }
    expect(disabled).toEqual([]);
    for (const feed of feeds) {
      const state = await getFeedState(database.db, feed.id);
      expect(state, feed.id).toMatchObject({ consecutive_failures: 0, disabled_at: null, last_error: null, last_status: 200 });
    }
    expect(server.requests()).toHaveLength(feeds.length * 9);
  });
});
