/**
 * An incident's fingerprints as rows of their own (migration 0013): a report that joins adds its
 * row, the bound on kept fingerprints holds in the store, reads give what the merge gave, and a
 * store written before the migration moves its fingerprints over and still groups by them.
 */
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { type Incident, type IncomingReport, mergeReport } from '../../src/incidents/index.js';
import { metrics } from '../../src/metrics.js';
import { IncidentStore, recordReport } from '../../src/pipeline/incidents.js';
import type { Db } from '../../src/store/database.js';
import { openDatabase } from '../../src/store/database.js';
import { insertKeyRows, keyRowsOf } from '../../src/store/incident-rows.js';
import { getIncident, saveIncident } from '../../src/store/incidents.js';
import { pruneOlderThan } from '../../src/store/retention.js';
import { migratedOnly, openTestStore, testBackends } from '../helpers/databases.js';
import { DEV_REPORTS } from './dev-groups.js';
import { oldIncidentRow, report, syndicatedCopy, testConfig } from './fixtures.js';

const backends = await testBackends();

const NOW = new Date('2026-11-14T09:00:00Z');
const first = DEV_REPORTS.find((r) => r.id === 'd40')!;

/** Outlet n's report of the Odesa strike, in its own words. */
function outlet(n: number): IncomingReport {
  const minute = String(n % 60).padStart(2, '0');
  const hour = String(2 + Math.floor(n / 60)).padStart(2, '0');
  return report({
    ...first,
    id: `outlet-${n}`,
    feed: `outlet-${n}`,
    at: `2026-11-14T${hour}:${minute}:00Z`,
    title: `Odesa harbour struck overnight, outlet ${n} says`,
    content: `Outlet ${n} tells of warehouses burning at the Odesa harbour after the strike.`,
  });
}

/** The first report's text again, with no place or type of its own: it joins by its text alone. */
const syndicated = syndicatedCopy(first, '2026-11-14T06:00:00Z');

async function fingerprintRows(db: Db, incidentId: string) {
  return db.selectFrom('incident_fingerprints').select(['seq', 'document_id']).where('incident_id', '=', incidentId).orderBy('seq').execute();
}

describe.each(backends)('fingerprint rows on $name', (backend) => {
  const store = openTestStore(backend, { each: true });

  it('are appended as reports join, bounded as the merge bounds them, and read back as merged', async () => {
    const reports = [report(first), ...Array.from({ length: 60 }, (_, i) => outlet(i + 1))];
    const recorder = new IncidentStore({ window: testConfig.windowMs, distanceKm: testConfig.distanceKm });
    let merged: Incident | null = null;
    let last: Incident | null = null;
    for (const r of reports) {
      merged = mergeReport(merged, r, testConfig).incident;
      last = (await recorder.record(store.db, r, NOW)).incident;
    }
    expect(last).toEqual(merged);
    expect(merged!.fingerprints).toHaveLength(50);
    const stored = await getIncident(store.db, merged!.id);
    expect(stored).toEqual(merged);

    // The first 20 rows as written by the first 20 reports, then the latest 30 appended: none of
    // them was written again (a rewrite would number them 0–49).
    const rows = await fingerprintRows(store.db, merged!.id);
    expect(rows.map((r) => r.document_id)).toEqual(merged!.fingerprints.map((f) => f.documentId));
    expect(rows.map((r) => Number(r.seq))).toEqual([...Array.from({ length: 20 }, (_, i) => i), ...Array.from({ length: 30 }, (_, i) => 31 + i)]);

    const data = await store.db.selectFrom('incidents').select('data').where('id', '=', merged!.id).executeTakeFirstOrThrow();
    expect(JSON.parse(data.data)).not.toHaveProperty('fingerprints');

    // The first report's fingerprint, read from its row, still recognises a copy of it.
    const copy = await recordReport(store.db, syndicated, testConfig, NOW);
    expect(copy).toMatchObject({ isNew: false, incident: { id: merged!.id } });
  });

  it('are appended after the stored rows however many a save adds, and written again whole when the list saved is not the stored one with reports added', async () => {
    let incident: Incident | null = null;
    for (const r of [report(first), outlet(1), outlet(2), outlet(3)]) incident = (await recordReport(store.db, r, testConfig, NOW)).incident;
    const full = incident!;
    // Two reports merged before one save: both appended, after the stored rows.
    const twoMore = mergeReport(mergeReport(full, outlet(4), testConfig).incident, outlet(5), testConfig).incident;
    await saveIncident(store.db, twoMore, NOW, undefined, full);
    expect(await getIncident(store.db, full.id)).toEqual(twoMore);
    const numbers = (await fingerprintRows(store.db, full.id)).map((r) => Number(r.seq));
    expect(numbers.slice(0, 4)).toEqual([0, 1, 2, 3]);
    expect(numbers).toHaveLength(6);
    await saveIncident(store.db, full, NOW);
    const reversed = { ...full, fingerprints: [...full.fingerprints].reverse() };
    await saveIncident(store.db, reversed, NOW, undefined, full);
    expect((await getIncident(store.db, full.id))?.fingerprints).toEqual(reversed.fingerprints);

    // Without the incident as it was, its rows are replaced: none of the old ones stay.
    const fewer = { ...full, fingerprints: full.fingerprints.slice(0, 2) };
    await saveIncident(store.db, fewer, NOW);
    expect(await getIncident(store.db, full.id)).toEqual(fewer);
    expect(await fingerprintRows(store.db, full.id)).toHaveLength(2);
  });

  it('of an incident a report starts are written without a delete of rows beyond them (none can exist)', async () => {
    const statements = async () => (await metrics.databaseRoundTrips.get()).values.reduce((n, v) => n + v.value, 0);
    const started = mergeReport(null, report(first), testConfig).incident;
    const before = await statements();
    await saveIncident(store.db, started, NOW, undefined, 'new');
    const asNew = (await statements()) - before;
    expect(await getIncident(store.db, started.id)).toEqual(started);
    expect((await fingerprintRows(store.db, started.id)).map((r) => Number(r.seq))).toEqual([0]);
    // The same save, not told that the incident is new: it also deletes any rows beyond its own.
    const again = await statements();
    await saveIncident(store.db, started, NOW);
    const unknown = (await statements()) - again;
    // On PostgreSQL a save is one statement either way.
    if (backend.name === 'sqlite') expect(asNew).toBe(unknown - 1);
    else expect(asNew).toBe(unknown);
    expect(await getIncident(store.db, started.id)).toEqual(started);
  });

  it('go with their incident when retention deletes it', async () => {
    const kept = (await recordReport(store.db, report(first), testConfig, NOW)).incident;
    const gone = (await recordReport(store.db, report({ ...first, id: 'old', at: '2026-10-01T00:00:00Z', places: ['kharkiv'] }), testConfig, NOW)).incident;
    await sql`update "incidents" set "updated_at" = '2026-10-01T00:00:00.000Z' where "id" = ${gone.id}`.execute(store.db);
    await pruneOlderThan(store.db, new Date('2026-11-01T00:00:00Z'));
    expect(await fingerprintRows(store.db, gone.id)).toEqual([]);
    expect(await fingerprintRows(store.db, kept.id)).toHaveLength(1);
  });
});

describe.each(backends)('migration 0013_incident_fingerprints on $name', ({ make }) => {
  it('moves the fingerprints of incidents stored with them into rows, and the incidents still group by them', async () => {
    const handle = await make();
    let odesa: Incident | null = null;
    for (const r of [report(first), outlet(1), outlet(2)]) odesa = mergeReport(odesa, r, testConfig).incident;
    const kharkiv = mergeReport(
      null,
      report({
        ...first,
        id: 'kharkiv-1',
        places: ['kharkiv'],
        title: 'Shelling hits Kharkiv market',
        content: 'Shells fell on a market in Kharkiv at noon, city officials said.',
      }),
      testConfig,
    ).incident;
    const old = await migratedOnly(handle, (name) => name < '0013_incident_fingerprints');
    try {
      for (const incident of [odesa!, kharkiv]) {
        await old.insertInto('incidents').values(oldIncidentRow(incident, '2026-11-14T03:00:00.000Z')).execute();
        await insertKeyRows(old, keyRowsOf(incident));
      }
    } finally {
      await old.destroy();
    }

    const opened = await openDatabase(handle.url);
    try {
      for (const incident of [odesa!, kharkiv]) {
        expect(await getIncident(opened.db, incident.id)).toEqual(incident);
        expect((await fingerprintRows(opened.db, incident.id)).map((r) => r.document_id)).toEqual(incident.fingerprints.map((f) => f.documentId));
        const data = await opened.db.selectFrom('incidents').select('data').where('id', '=', incident.id).executeTakeFirstOrThrow();
        expect(JSON.parse(data.data)).not.toHaveProperty('fingerprints');
      }
      // Joins by its text alone: the moved fingerprints are the ones compared.
      expect(await recordReport(opened.db, syndicated, testConfig, NOW)).toMatchObject({ isNew: false, incident: { id: odesa!.id } });
      expect(await recordReport(opened.db, outlet(3), testConfig, NOW)).toMatchObject({ isNew: false, incident: { id: odesa!.id } });
    } finally {
      await opened.close();
      await handle.dispose();
    }
  });
});
