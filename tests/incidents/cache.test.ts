import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Incident, IncomingReport } from '../../src/incidents/index.js';
import { recordReport } from '../../src/pipeline/incidents.js';
import type { OpenedDatabase } from '../../src/store/database.js';
import { IncidentCache, recentIncidents, saveIncident } from '../../src/store/incidents.js';
import { type TestDatabase, testBackends } from '../helpers/databases.js';
import { DEV_REPORTS } from './dev-groups.js';
import { report, testConfig } from './fixtures.js';

const backends = await testBackends();

const NOW = new Date('2026-11-25T12:00:00Z');
const AROUND = new Date('2026-11-18T00:00:00Z');
/** Wide enough that every dev incident is a candidate. */
const MONTH = 31 * 24 * 3_600_000;

const reports: IncomingReport[] = [...DEV_REPORTS].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0)).map((r) => report(r));

describe.each(backends)('incident cache on $name', (backend) => {
  let store: TestDatabase;
  /** This process's connection, with the cache, and another process's, without. */
  let mine: OpenedDatabase;
  let other: OpenedDatabase;
  const cache = new IncidentCache();
  const withCache = new Map<string, string>();

  beforeAll(async () => {
    store = await backend.make();
    mine = await store.open();
    other = await store.open();
    for (const r of reports) withCache.set(r.documentId, (await recordReport(mine.db, r, testConfig, NOW, cache)).incident.id);
  });
  afterAll(async () => {
    await mine?.close();
    await other?.close();
    await store?.dispose();
  });

  it('files every report into the same incident as recording without a cache', async () => {
    const fresh = await backend.make();
    const opened = await fresh.open();
    try {
      for (const r of reports) expect((await recordReport(opened.db, r, testConfig, NOW)).incident.id).toBe(withCache.get(r.documentId));
    } finally {
      await opened.close();
      await fresh.dispose();
    }
  });

  it('files every report as without a cache when its bound in bytes holds only a few incidents', async () => {
    const fresh = await backend.make();
    const opened = await fresh.open();
    const small = new IncidentCache(30_000);
    try {
      for (const r of reports) {
        expect((await recordReport(opened.db, r, testConfig, NOW, small)).incident.id).toBe(withCache.get(r.documentId));
        expect(small.bytes).toBeLessThanOrEqual(30_000);
      }
      const all = await recentIncidents(opened.db, AROUND, MONTH);
      expect(small.size).toBeLessThan(all.length);
      // The incidents it let go are read again, as a fresh read gives them.
      expect(await recentIncidents(opened.db, AROUND, MONTH, small)).toEqual(all);
      expect(small.bytes).toBeLessThanOrEqual(30_000);
    } finally {
      await opened.close();
      await fresh.dispose();
    }
  });

  it('lets the least recently used incidents go first once over its bound', async () => {
    const [a, b, c, d] = (await recentIncidents(mine.db, AROUND, MONTH)) as [Incident, Incident, Incident, Incident];
    // JSON of 100,000 characters: about 200 kB each by the estimate, so three fit and four do not.
    const lru = new IncidentCache(700_000);
    for (const i of [a, b, c]) lru.put(i.id, 'v1', i, 100_000);
    expect(lru.size).toBe(3);
    lru.get(a.id);
    lru.put(d.id, 'v1', d, 100_000);
    expect([a, b, c, d].map((i) => lru.get(i.id) !== undefined)).toEqual([true, false, true, true]);
    expect(lru.bytes).toBeLessThanOrEqual(700_000);
    // An incident larger than the bound is kept alone: it is the one about to be used.
    lru.put(a.id, 'v2', a, 1_000_000);
    expect(lru.size).toBe(1);
    expect(lru.get(a.id)?.version).toBe('v2');
  });

  it('returns what a fresh read returns after another writer changed, added and deleted rows', async () => {
    const before = await recentIncidents(mine.db, AROUND, MONTH, cache);
    expect(before).toEqual(await recentIncidents(mine.db, AROUND, MONTH));
    const [changed, deleted] = before as [Incident, Incident];
    // Same number of sources: only updated_at tells the versions apart.
    await saveIncident(other.db, { ...changed, title: `${changed.title} (corrected)` }, new Date('2026-11-26T00:00:00Z'));
    await other.db.deleteFrom('incidents').where('id', '=', deleted.id).execute();
    const added: Incident = { ...changed, id: 'inc_other_writer', title: 'Written by another process' };
    await saveIncident(other.db, added, new Date('2026-11-26T00:00:00Z'));

    const after = await recentIncidents(mine.db, AROUND, MONTH, cache);
    expect(after).toEqual(await recentIncidents(mine.db, AROUND, MONTH));
    expect(after.find((i) => i.id === changed.id)!.title).toBe(`${changed.title} (corrected)`);
    expect(after.map((i) => i.id)).toContain(added.id);
    expect(after.map((i) => i.id)).not.toContain(deleted.id);
  });

  it('re-reads a row whose cached write was rolled back', async () => {
    // A copy of a known report joins its incident: the cache holds the merged incident, the table not.
    const copy = { ...reports[0]!, documentId: 'cache-tx' };
    await expect(
      mine.db.transaction().execute(async (tx) => {
        expect((await recordReport(tx, copy, testConfig, new Date('2026-11-27T00:00:00Z'), cache)).isNew).toBe(false);
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');
    const after = await recentIncidents(mine.db, AROUND, MONTH, cache);
    expect(after).toEqual(await recentIncidents(mine.db, AROUND, MONTH));
    expect(after.flatMap((i) => i.sources.map((s) => s.documentId))).not.toContain('cache-tx');
  });
});
