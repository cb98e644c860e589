import type { Selectable } from 'kysely';
import { stableId } from '../ids.js';
import type { Db } from './database.js';
import type { GuildFeedTable } from './tables.js';

export interface GuildFeed {
  guildId: string;
  feedId: string;
  url: string;
  name: string | null;
  channelId: string | null;
  createdBy: string | null;
  createdAt: string;
}

function fromRow(r: Selectable<GuildFeedTable>): GuildFeed {
  return { guildId: r.guild_id, feedId: r.feed_id, url: r.url, name: r.name, channelId: r.channel_id, createdBy: r.created_by, createdAt: r.created_at };
}

/** Feed ids of server feeds are derived from the server and URL, so they never collide with config feeds. */
export function guildFeedId(guildId: string, url: string): string {
  return stableId('gf', guildId, url)
    .toLowerCase()
    .replace(/[^a-z0-9_-]/g, '-');
}

export async function addGuildFeed(
  db: Db,
  feed: { guildId: string; url: string; name: string | null; channelId: string | null; createdBy: string | null },
  now: Date,
): Promise<{ feed: GuildFeed; created: boolean }> {
  const feedId = guildFeedId(feed.guildId, feed.url);
  const res = await db
    .insertInto('guild_feeds')
    .values({
      guild_id: feed.guildId,
      feed_id: feedId,
      url: feed.url,
      name: feed.name,
      channel_id: feed.channelId,
      created_by: feed.createdBy,
      created_at: now.toISOString(),
    })
    .onConflict((oc) => oc.columns(['guild_id', 'feed_id']).doNothing())
    .executeTakeFirst();
  const row = await db.selectFrom('guild_feeds').selectAll().where('guild_id', '=', feed.guildId).where('feed_id', '=', feedId).executeTakeFirstOrThrow();
  return { feed: fromRow(row), created: Number(res.numInsertedOrUpdatedRows ?? 0) > 0 };
}

export async function listGuildFeeds(db: Db, guildId: string): Promise<GuildFeed[]> {
  return (await db.selectFrom('guild_feeds').selectAll().where('guild_id', '=', guildId).orderBy('created_at').execute()).map(fromRow);
}

/** Every server's feeds, for the poller. */
export async function getGuildFeed(db: Db, guildId: string, feedId: string): Promise<GuildFeed | null> {
  const row = await db.selectFrom('guild_feeds').selectAll().where('guild_id', '=', guildId).where('feed_id', '=', feedId).executeTakeFirst();
  return row ? fromRow(row) : null;
}

export async function allGuildFeeds(db: Db): Promise<GuildFeed[]> {
  return (await db.selectFrom('guild_feeds').selectAll().orderBy('guild_id').orderBy('feed_id').execute()).map(fromRow);
}

export async function removeGuildFeed(db: Db, guildId: string, feedId: string): Promise<GuildFeed | null> {
  const row = await db.selectFrom('guild_feeds').selectAll().where('guild_id', '=', guildId).where('feed_id', '=', feedId).executeTakeFirst();
  if (!row) return null;
  await db.deleteFrom('guild_feeds').where('guild_id', '=', guildId).where('feed_id', '=', feedId).execute();
  return fromRow(row);
}
