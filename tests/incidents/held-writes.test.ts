/**
 * A transaction's incident writes held until it ends (`IncidentWrites`, as the poller records a
 * feed's reports): the reports recorded in it find the incidents it holds as they are now, each
 * incident is written once with the rows recording one report per transaction would leave, and a
 * rollback leaves nothing.
 */
import { describe, expect, it } from 'vitest';
import { type Incident, type IncomingReport, mergeReport } from '../../src/incidents/index.js';
import { incidentKeys } from '../../src/incidents/keys.js';
import { metrics } from '../../src/metrics.js';
import { IncidentStore } from '../../src/pipeline/incidents.js';
import type { Db } from '../../src/store/database.js';
import { getIncident, IncidentWrites } from '../../src/store/incidents.js';
import { openTestStore, testBackends } from '../helpers/databases.js';
import { DEV_REPORTS } from './dev-groups.js';
import { report, testConfig } from './fixtures.js';

const backends = await testBackends();

const NOW = new Date('2026-11-14T09:00:00Z');
const first = DEV_REPORTS.find((r) => r.id === 'd40')!;

/** Outlet n's report of the Odesa strike, in its own words, published n minutes before 08:00. */
function outlet(n: number): IncomingReport {
  const at = new Date(Date.parse('2026-11-14T08:00:00Z') - n * 60_000).toISOString();
  return report({
    ...first,
    id: `held-outlet-${n}`,
    feed: `held-outlet-${n}`,
    at,
    title: `Odesa port hit by overnight strike, says outlet ${n}`,
    content: `Outlet ${n} reports fires in warehouses at the port of Odesa after the night's strike.`,
  });
}

const statements = async () => (await metrics.databaseRoundTrips.get()).values.reduce((n, v) => n + v.value, 0);

async function keyRows(db: Db, incidentId: string) {
  return db.selectFrom('incident_keys').select(['key', 'first_published_at']).where('incident_id', '=', incidentId).orderBy('key').execute();
}

describe.each(backends)('incident writes held by a transaction on $name', (backend) => {
  const store = openTestStore(backend, { each: true });
  const recorder = () => new IncidentStore({ window: testConfig.windowMs, distanceKm: testConfig.distanceKm });

  it('are found by the later reports of the transaction, and each incident is written once, as merged', async () => {
    // Each report earlier than the last: the incident's first publication moves with every one.
    const reports = Array.from({ length: 12 }, (_, i) => outlet(i + 1));
    const incidents = recorder();
    let merged: Incident | null = null;
    for (const r of reports) merged = mergeReport(merged, r, testConfig).incident;
    const before = await statements();
    const results = await store.db.transaction().execute(async (tx) => {
      const writes = new IncidentWrites();
      const out = [];
      for (const r of reports) out.push(await incidents.record(tx, r, NOW, writes));
      expect(writes.size).toBe(1);
      await writes.write(tx);
      return out;
    });
    const used = (await statements()) - before;
    expect(results.map((r) => r.isNew)).toEqual([true, ...reports.slice(1).map(() => false)]);
    expect(results.at(-1)!.incident).toEqual(merged);
    expect(await getIncident(store.db, merged!.id)).toEqual(merged);
    // Every key row as the last save would leave it, with the first publication time it moved to.
    const expected = [...incidentKeys(merged!)].sort().map((key) => ({ key, first_published_at: merged!.firstPublished }));
    expect(await keyRows(store.db, merged!.id)).toEqual(expected);
    // One candidate read per report (SQLite's reads of a new incident's neighbours too), then a few writes:
    // not four or five statements per report.
    expect(used).toBeLessThanOrEqual(2 * reports.length + 6);
  });

  it('are in the cache, current, for the reports of the next transactions', async () => {
    const reports = Array.from({ length: 4 }, (_, i) => outlet(i + 1));
    let merged: Incident | null = null;
    for (const r of reports) merged = mergeReport(merged, r, testConfig).incident;
    const incidents = recorder();
    await store.db.transaction().execute(async (tx) => {
      const writes = new IncidentWrites();
      for (const r of reports.slice(0, 3)) await incidents.record(tx, r, NOW, writes);
      await writes.write(tx);
    });
    const joined = await incidents.record(store.db, reports[3]!, NOW);
    expect(joined.isNew).toBe(false);
    expect(joined.incident).toEqual(merged);
    expect(await getIncident(store.db, merged!.id)).toEqual(merged);
  });

  it('leave nothing when the transaction rolls back', async () => {
    const incidents = recorder();
    let id = '';
    await expect(
      store.db.transaction().execute(async (tx) => {
        const writes = new IncidentWrites();
        id = (await incidents.record(tx, outlet(1), NOW, writes)).incident.id;
        await incidents.record(tx, outlet(2), NOW, writes);
        await writes.write(tx);
        throw new Error('the transaction fails after the writes');
      }),
    ).rejects.toThrow('the transaction fails');
    expect(await getIncident(store.db, id)).toBeNull();
    expect(await keyRows(store.db, id)).toEqual([]);
    // Recorded again, the report starts the incident afresh.
    expect((await incidents.record(store.db, outlet(1), NOW)).isNew).toBe(true);
  });
});
