/**
 * Items without a guid used to be keyed by their link less fragment and utm_*, fbclid, gclid
 * (https://www.wire.example/world/strike/); they are now keyed by the link's identity
 * (wire.example/world/strike). A store written by the old code, migrated, must still recognise
 * such an item: polled again, it does not alert a second time.
 */
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FeedSpec } from '../../src/feeds/source.js';
import { openDatabase } from '../../src/store/database.js';
import { migrationProvider } from '../../src/store/migrations.js';
import { type FeedServer, startFeedServer } from '../fakes/feed-server.js';
import { type TestDatabase, testBackends } from '../helpers/databases.js';
import { httpPoller } from '../helpers/http-poller.js';

const MIGRATION = '0007_seen_items_by_link_identity';
const HOUR = 3_600_000;
const now = new Date('2026-11-20T12:00:00Z');
const clock = { now: () => now };

/** The schema as the migrations before this one left it, without running this one. */
async function migrateToBefore(url: string): Promise<Kysely<any>> {
  const postgres = url.startsWith('postgres');
  const db = new Kysely<any>({
    dialect: postgres ? new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: 2 }) }) : new SqliteDialect({ database: new SQLite(url) }),
  });
  const names = Object.keys(await migrationProvider.getMigrations()).sort();
  const before = names[names.indexOf(MIGRATION) - 1]!;
  const migrationTableSchema = postgres ? (await sql<{ s: string }>`select current_schema() as s`.execute(db)).rows[0]!.s : undefined;
  const { error } = await new Migrator({ db, provider: migrationProvider, migrationTableSchema }).migrateTo(before);
  if (error) throw error;
  return db;
}

const rss = (items: Array<{ title: string; link: string }>) =>
  `<rss version="2.0"><channel><title>Wire</title>${items
    .map((i) => `<item><title>${i.title}</title><link>${i.link}</link><pubDate>${new Date(now.getTime() - HOUR).toUTCString()}</pubDate></item>`)
    .join('')}</channel></rss>`;

describe.each(await testBackends())('item keys from before the link identity ($name)', ({ make }) => {
  let server: FeedServer;
  let tdb: TestDatabase;
  beforeAll(async () => {
    server = await startFeedServer();
    tdb = await make();
  });
  afterAll(async () => {
    await server.close();
    await tdb.dispose();
  });

  it('does not alert again for an item seen under its old key', async () => {
    const seenBefore = { title: 'Drone attack on Ain al-Asad air base in Iraq, no casualties', link: 'https://www.wire.example/world/strike/?utm_source=rss' };
    const fresh = { title: 'Rocket attack on Erbil air base in Iraq, no casualties', link: 'https://www.wire.example/world/rocket/?utm_source=rss' };
    server.route('/rss', { body: rss([seenBefore, fresh]), contentType: 'application/rss+xml' });
    const feed: FeedSpec = { id: 'wire', url: server.url('/rss'), name: null, intervalMs: 5 * 60_000, trusted: true, guildId: null };

    // What version 0.1.0 wrote after polling the feed when it held the first item.
    const old = await migrateToBefore(tdb.url);
    const firstPoll = new Date(now.getTime() - 30 * 60_000).toISOString();
    await old
      .insertInto('feed_state')
      .values({ feed_id: 'wire', url: feed.url, consecutive_failures: 0, first_poll_at: firstPoll, last_poll_at: firstPoll, items_seen: 1 })
      .execute();
    const oldKey = 'https://www.wire.example/world/strike/';
    await old.insertInto('seen_items').values({ feed_id: 'wire', item_key: oldKey, seen_at: firstPoll }).execute();
    await old
      .insertInto('documents')
      .values({
        id: 'doc_old',
        feed_id: 'wire',
        item_key: oldKey,
        guid: null,
        link: seenBefore.link,
        title: seenBefore.title,
        content: '',
        published_at: firstPoll,
        first_seen_at: firstPoll,
        analysis: '{}',
        is_attack: 1,
        incident_id: null,
      })
      .execute();
    await old.destroy();

    const database = await openDatabase(tdb.url);
    try {
      const seen = await database.db.selectFrom('seen_items').select('item_key').orderBy('item_key').execute();
      expect(seen.map((r) => r.item_key)).toEqual([oldKey, 'wire.example/world/strike']);

      const poller = httpPoller(database.db, clock, () => [feed]);
      try {
        // The item seen under its old key is not new; the other one is, and alerts (the pipeline would have alerted the first too).
        expect(await poller.pollAll({ onlyDue: false })).toMatchObject([{ ok: true, newItems: 1, alerts: 1 }]);
      } finally {
        await poller.stop();
      }
      const outbox = await database.db.selectFrom('outbox').select('payload').execute();
      expect(outbox.map((r) => JSON.parse(r.payload).title)).toEqual([fresh.title]);
    } finally {
      await database.close();
    }
  });
});
