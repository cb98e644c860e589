/**
 * How several Sitrep processes on one PostgreSQL database share the work, in one place:
 *
 * - every process has an instance id (host, pid, a token of this life) that it writes into the
 *   leases and claims it takes;
 * - feed polls are leased: `claimFeeds` takes the feeds due now that nobody holds, with
 *   FOR UPDATE SKIP LOCKED, so concurrent processes take different feeds without waiting; the
 *   poll's outcome releases the lease, and a lease of a process that died runs out;
 * - outbox rows are claimed the same way (store/outbox.ts, `claimDue`);
 * - jobs that must run once per cluster (retention, the digest tick, command registration) are
 *   claimed by name for a period (`runOncePerCluster`).
 *
 * On SQLite (one process) the same statements hold without SKIP LOCKED: it has one writer at a time.
 */
import { PostgresAdapter } from 'kysely';
import type { Db } from './database.js';
import { type FeedState, newFeedState } from './feeds.js';

// Who a process is, in a module of its own: the SQLite lock (database.ts) names its holder so too.
import { senderIsDead } from './instance.js';

export { instanceId, senderIsDead } from './instance.js';

export interface FeedLeaseRequest {
  owner: string;
  now: Date;
  leaseMs: number;
  /** At most this many feeds (the poller's free slots). */
  limit: number;
}

/** Gives feeds never polled a state row, and keeps the URL of the others up to date. */
export async function ensureFeedStates(db: Db, feeds: readonly { id: string; url: string }[]): Promise<void> {
  // 16 parameters a row: 50 rows stay under SQLite's smallest bound-parameter limit.
  for (let i = 0; i < feeds.length; i += 50) {
    await db
      .insertInto('feed_state')
      .values(feeds.slice(i, i + 50).map((f) => newFeedState(f.id, f.url)))
      .onConflict((oc) =>
        oc
          .column('feed_id')
          .doUpdateSet((eb) => ({ url: eb.ref('excluded.url') }))
          .where('feed_state.url', '<>', (eb) => eb.ref('excluded.url')),
      )
      .execute();
  }
}

/**
 * Leases up to `limit` of the feeds `ids` whose next poll has come (or that were never polled),
 * that are not disabled and that no live lease holds, the longest-waiting first; returns their
 * state. On PostgreSQL the candidates are locked with FOR UPDATE SKIP LOCKED, so processes
 * claiming at once take different feeds without waiting for each other.
 */
export async function claimFeeds(db: Db, ids: readonly string[], req: FeedLeaseRequest): Promise<FeedState[]> {
  if (ids.length === 0 || req.limit <= 0) return [];
  const now = req.now.toISOString();
  const until = new Date(req.now.getTime() + req.leaseMs).toISOString();
  let candidates = db
    .selectFrom('feed_state')
    .select('feed_id')
    .where('feed_id', 'in', ids)
    .where('disabled_at', 'is', null)
    .where((eb) => eb.or([eb('next_poll_at', 'is', null), eb('next_poll_at', '<=', now)]))
    .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<=', now)]))
    .orderBy('next_poll_at')
    .orderBy('feed_id')
    .limit(req.limit);
  if (db.getExecutor().adapter instanceof PostgresAdapter) candidates = candidates.forUpdate().skipLocked();
  return (
    db
      .updateTable('feed_state')
      .set({ lease_owner: req.owner, lease_until: until })
      .where('feed_id', 'in', candidates)
      // Checked again on the row itself: a row another process leased meanwhile is re-read here.
      .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<=', now)]))
      .returningAll()
      .execute()
  );
}

/** Gives up this process's feed leases (stopping): their feeds are due again at once for the others. */
export async function releaseFeedLeases(db: Db, owner: string): Promise<number> {
  const res = await db.updateTable('feed_state').set({ lease_owner: null, lease_until: null }).where('lease_owner', '=', owner).executeTakeFirst();
  return Number(res.numUpdatedRows);
}

/**
 * Releases the feed leases of processes known to be dead (see senderIsDead): a process restarted
 * on the same host (a container restarted) gives its predecessor's feeds back at once instead of
 * waiting for the leases to run out. Returns how many were released.
 */
export async function releaseDeadFeedLeases(db: Db, me: string): Promise<number> {
  const owners = await db.selectFrom('feed_state').select('lease_owner').distinct().where('lease_owner', 'is not', null).execute();
  const dead = owners.map((o) => o.lease_owner!).filter((o) => o !== me && senderIsDead(o, me));
  if (dead.length === 0) return 0;
  const res = await db.updateTable('feed_state').set({ lease_owner: null, lease_until: null }).where('lease_owner', 'in', dead).executeTakeFirst();
  return Number(res.numUpdatedRows);
}

/** The feed leases a process holds now, for `/readyz` and `status`. */
export async function heldFeedLeases(db: Db, owner: string, now: Date): Promise<number> {
  const r = await db
    .selectFrom('feed_state')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('lease_owner', '=', owner)
    .where('lease_until', '>', now.toISOString())
    .executeTakeFirst();
  return Number(r?.n ?? 0);
}

/** Gives back this process's claim on the job `name` (it did not get done): the next process to ask runs it. */
export async function releaseClusterJob(db: Db, name: string, owner: string): Promise<void> {
  await db.deleteFrom('cluster_jobs').where('name', '=', name).where('owner', '=', owner).execute();
}

/**
 * Claims the job `name` for this process when no process ran it within the last `periodMs`: true
 * means run it now. One statement (an upsert that only overwrites a row whose time has come), so
 * of processes asking at once exactly one gets true.
 */
export async function runOncePerCluster(db: Db, name: string, periodMs: number, owner: string, now: Date): Promise<boolean> {
  const at = now.toISOString();
  const next = new Date(now.getTime() + periodMs).toISOString();
  const row = await db
    .insertInto('cluster_jobs')
    .values({ name, owner, last_run_at: at, next_run_at: next })
    .onConflict((oc) => oc.column('name').doUpdateSet({ owner, last_run_at: at, next_run_at: next }).where('cluster_jobs.next_run_at', '<=', at))
    .returning('name')
    .executeTakeFirst();
  return row !== undefined;
}
