import type { Selectable } from 'kysely';
import type { Db } from './database.js';
import type { FeedStateTable } from './tables.js';

export type FeedState = Selectable<FeedStateTable>;

export async function getFeedState(db: Db, feedId: string): Promise<FeedState | undefined> {
  return db.selectFrom('feed_state').selectAll().where('feed_id', '=', feedId).executeTakeFirst();
}

/** Poll state of every feed, or of these ids. */
export async function listFeedStates(db: Db, ids?: readonly string[]): Promise<FeedState[]> {
  if (ids && ids.length === 0) return [];
  let q = db.selectFrom('feed_state').selectAll();
  if (ids) q = q.where('feed_id', 'in', ids);
  return q.orderBy('feed_id').execute();
}

/** Creates the state row of a feed the first time it is polled, or updates its URL. */
export async function ensureFeedState(db: Db, feedId: string, url: string): Promise<FeedState> {
  await db
    .insertInto('feed_state')
    .values({
      feed_id: feedId,
      url,
      etag: null,
      last_modified: null,
      last_poll_at: null,
      last_success_at: null,
      last_status: null,
      last_error: null,
      consecutive_failures: 0,
      first_poll_at: null,
      next_poll_at: null,
      items_seen: 0,
      disabled_at: null,
      disabled_reason: null,
    })
    .onConflict((oc) => oc.column('feed_id').doUpdateSet({ url }))
    .execute();
  return (await getFeedState(db, feedId))!;
}

export interface PollSuccess {
  status: number;
  etag: string | null;
  lastModified: string | null;
  newItems: number;
  nextPollAt: Date;
  now: Date;
}

export async function recordPollSuccess(db: Db, feedId: string, s: PollSuccess): Promise<void> {
  const at = s.now.toISOString();
  await db
    .updateTable('feed_state')
    .set((eb) => ({
      etag: s.etag,
      last_modified: s.lastModified,
      last_poll_at: at,
      last_success_at: at,
      last_status: s.status,
      last_error: null,
      consecutive_failures: 0,
      first_poll_at: eb.fn.coalesce('first_poll_at', eb.val(at)),
      next_poll_at: s.nextPollAt.toISOString(),
      items_seen: eb('items_seen', '+', s.newItems),
    }))
    .where('feed_id', '=', feedId)
    .execute();
}

export interface PollFailure {
  status: number | null;
  error: string;
  nextPollAt: Date;
  now: Date;
  /** Set when the failures have gone on so long that the feed is switched off. */
  disabledReason?: string;
}

export async function recordPollFailure(db: Db, feedId: string, f: PollFailure): Promise<void> {
  const at = f.now.toISOString();
  await db
    .updateTable('feed_state')
    .set((eb) => ({
      last_poll_at: at,
      last_status: f.status,
      last_error: f.error,
      consecutive_failures: eb('consecutive_failures', '+', 1),
      next_poll_at: f.nextPollAt.toISOString(),
      ...(f.disabledReason ? { disabled_at: at, disabled_reason: f.disabledReason } : {}),
    }))
    .where('feed_id', '=', feedId)
    .execute();
}

/** Re-enables a disabled feed (e.g. after its URL was fixed). */
export async function enableFeed(db: Db, feedId: string): Promise<void> {
  await db
    .updateTable('feed_state')
    .set({ disabled_at: null, disabled_reason: null, consecutive_failures: 0, next_poll_at: null })
    .where('feed_id', '=', feedId)
    .execute();
}

/** The subset of `keys` this feed has not seen before. */
export async function unseenKeys(db: Db, feedId: string, keys: readonly string[]): Promise<Set<string>> {
  const unseen = new Set(keys);
  // Chunked to stay under SQLite's bound-parameter limit on large feeds.
  for (let i = 0; i < keys.length; i += 500) {
    const seen = await db
      .selectFrom('seen_items')
      .select('item_key')
      .where('feed_id', '=', feedId)
      .where('item_key', 'in', keys.slice(i, i + 500))
      .execute();
    for (const r of seen) unseen.delete(r.item_key);
  }
  return unseen;
}

/** The feeds whose next poll has come (or that were never polled), leaving out disabled ones. */
export async function dueFeeds<F extends { id: string }>(db: Db, feeds: readonly F[], now: Date): Promise<F[]> {
  const at = now.toISOString();
  const due: F[] = [];
  for (const f of feeds) {
    const s = await db.selectFrom('feed_state').select(['next_poll_at', 'disabled_at']).where('feed_id', '=', f.id).executeTakeFirst();
    if (!s || (!s.disabled_at && (!s.next_poll_at || s.next_poll_at <= at))) due.push(f);
  }
  return due;
}
