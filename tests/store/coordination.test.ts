/**
 * Feed leases and cluster jobs (store/coordination.ts) on SQLite and PostgreSQL, with two
 * connection pools on one database as two processes would have.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  claimFeeds,
  ensureFeedStates,
  heldFeedLeases,
  instanceId,
  releaseDeadFeedLeases,
  releaseFeedLeases,
  runOncePerCluster,
} from '../../src/store/coordination.js';
import type { OpenedDatabase } from '../../src/store/database.js';
import { getFeedState, recordPollSuccess } from '../../src/store/feeds.js';
import { type TestDatabase, testBackends } from '../helpers/databases.js';

const backends = await testBackends();
const LEASE_MS = 60_000;

describe.each(backends)('cluster coordination on $name', ({ make }) => {
  let tdb: TestDatabase;
  let a: OpenedDatabase;
  let b: OpenedDatabase;
  const now = new Date('2026-12-01T12:00:00Z');
  const later = (ms: number) => new Date(now.getTime() + ms);
  const feeds = Array.from({ length: 60 }, (_, i) => ({ id: `f${i}`, url: `http://127.0.0.1:1/f${i}.xml` }));
  const ids = feeds.map((f) => f.id);

  beforeAll(async () => {
    tdb = await make();
    a = await tdb.open();
    b = await tdb.open();
    await ensureFeedStates(a.db, feeds);
  });
  afterAll(async () => {
    await a.close();
    await b.close();
    await tdb.dispose();
  });

  it('processes claiming at once lease each due feed to exactly one of them', async () => {
    const owners = [instanceId(), instanceId(), instanceId(), instanceId()];
    const claimed = await Promise.all(
      owners.map(async (owner, i) => {
        const db = (i % 2 ? a : b).db;
        const mine: string[] = [];
        for (;;) {
          const got = await claimFeeds(db, ids, { owner, now, leaseMs: LEASE_MS, limit: 3 });
          if (got.length === 0) return mine;
          mine.push(...got.map((s) => s.feed_id));
        }
      }),
    );
    const all = claimed.flat();
    expect(all.length).toBe(feeds.length);
    expect(new Set(all).size).toBe(feeds.length);
    expect(await heldFeedLeases(a.db, owners[0]!, now)).toBe(claimed[0]!.length);
  });

  it("a poll's outcome releases its lease and schedules the next poll; a dead process's leases are taken over once they run out", async () => {
    const [first] = await claimFeeds(a.db, ids, { owner: 'x', now: later(LEASE_MS), leaseMs: LEASE_MS, limit: 1 });
    expect(first).toBeDefined();
    await recordPollSuccess(a.db, first!.feed_id, {
      status: 200,
      etag: null,
      lastModified: null,
      newItems: 0,
      nextPollAt: later(10 * LEASE_MS),
      now: later(LEASE_MS),
      complete: true,
    });
    expect(await getFeedState(a.db, first!.feed_id)).toMatchObject({ lease_owner: null, lease_until: null });
    // Everything else is still leased (by 'x' or the first test's owners, whose leases ran out only now).
    const taken = await claimFeeds(b.db, ids, { owner: 'y', now: later(LEASE_MS + 1), leaseMs: LEASE_MS, limit: 1000 });
    expect(taken.map((s) => s.feed_id)).not.toContain(first!.feed_id);
    expect(taken.length).toBe(feeds.length - 1);
    expect(await claimFeeds(a.db, ids, { owner: 'z', now: later(LEASE_MS + 2), leaseMs: LEASE_MS, limit: 1000 })).toEqual([]);
    expect(await releaseFeedLeases(b.db, 'y')).toBe(feeds.length - 1);
    expect((await claimFeeds(a.db, ids, { owner: 'z', now: later(LEASE_MS + 3), leaseMs: LEASE_MS, limit: 1000 })).length).toBe(feeds.length - 1);
  });

  it("a process restarted on this host takes back its dead predecessor's leases at once; other hosts' are left to run out", async () => {
    const me = instanceId();
    const predecessor = instanceId(undefined, process.pid, 'earlier-life');
    const at = later(10 * LEASE_MS);
    await releaseFeedLeases(a.db, 'z');
    expect(await claimFeeds(a.db, ids.slice(0, 3), { owner: predecessor, now: at, leaseMs: LEASE_MS, limit: 3 })).toHaveLength(3);
    expect(await claimFeeds(a.db, ids.slice(3, 5), { owner: 'another-host/1/z', now: at, leaseMs: LEASE_MS, limit: 2 })).toHaveLength(2);
    expect(await releaseDeadFeedLeases(b.db, me)).toBe(3);
    expect((await claimFeeds(b.db, ids.slice(0, 5), { owner: me, now: at, leaseMs: LEASE_MS, limit: 10 })).map((s) => s.feed_id).sort()).toEqual(
      ids.slice(0, 3).sort(),
    );
  });

  it('a cluster job runs once per period, whoever asks', async () => {
    const asks = await Promise.all(Array.from({ length: 8 }, (_, i) => runOncePerCluster((i % 2 ? a : b).db, 'retention', 3_600_000, `p${i}`, now)));
    expect(asks.filter(Boolean).length).toBe(1);
    expect(await runOncePerCluster(a.db, 'retention', 3_600_000, 'p9', later(3_599_999))).toBe(false);
    expect(await runOncePerCluster(b.db, 'retention', 3_600_000, 'p9', later(3_600_000))).toBe(true);
    expect(await runOncePerCluster(b.db, 'other', 3_600_000, 'p9', now)).toBe(true);
  });
});
