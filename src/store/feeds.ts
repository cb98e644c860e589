import type { Insertable, Selectable } from 'kysely';
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

/** The state row of a feed never polled. */
export function newFeedState(feedId: string, url: string): Insertable<FeedStateTable> {
  return {
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
    lease_owner: null,
    lease_until: null,
  };
}

/** Creates the state row of a feed the first time it is polled, or updates its URL. */
export async function ensureFeedState(db: Db, feedId: string, url: string): Promise<FeedState> {
  await db
    .insertInto('feed_state')
    .values(newFeedState(feedId, url))
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
  /**
   * False when new items were left for the next poll (item cap, shutdown): the validators are not
   * kept (the next fetch must return the items), and a first poll is not over yet.
   */
  complete: boolean;
}

export async function recordPollSuccess(db: Db, feedId: string, s: PollSuccess): Promise<void> {
  const at = s.now.toISOString();
  await db
    .updateTable('feed_state')
    .set((eb) => ({
      etag: s.complete ? s.etag : null,
      last_modified: s.complete ? s.lastModified : null,
      last_poll_at: at,
      last_success_at: at,
      last_status: s.status,
      last_error: null,
      consecutive_failures: 0,
      first_poll_at: s.complete ? eb.fn.coalesce('first_poll_at', eb.val(at)) : eb.ref('first_poll_at'),
      next_poll_at: s.nextPollAt.toISOString(),
      items_seen: eb('items_seen', '+', s.newItems),
      // The poll is over: its lease goes with the new schedule, in the same statement.
      lease_owner: null,
      lease_until: null,
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
      lease_owner: null,
      lease_until: null,
      ...(f.disabledReason ? { disabled_at: at, disabled_reason: f.disabledReason } : {}),
    }))
    .where('feed_id', '=', feedId)
    .execute();
}

/**
 * Records that a poll's work could not be recorded (the store failed, not the feed): shown by
 * `status`; the feed's schedule and failure count are left alone, so it is polled again at once.
 */
export async function recordStoreError(db: Db, feedId: string, url: string, error: string, now: Date): Promise<void> {
  await ensureFeedState(db, feedId, url);
  await db
    .updateTable('feed_state')
    .set({ last_poll_at: now.toISOString(), last_error: error, lease_owner: null, lease_until: null })
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

/** Marks seen items as listed by their feed now (items without a trustworthy date: see SeenItemTable). */
export async function refreshSeen(db: Db, feedId: string, keys: readonly string[], now: Date): Promise<void> {
  for (let i = 0; i < keys.length; i += 500) {
    await db
      .updateTable('seen_items')
      .set({ seen_at: now.toISOString() })
      .where('feed_id', '=', feedId)
      .where('item_key', 'in', keys.slice(i, i + 500))
      .execute();
  }
}
