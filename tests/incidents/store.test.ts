import { describe, expect, it } from 'vitest';
import { ConfigSchema } from '../../src/config/schema.js';
import type { IncomingReport } from '../../src/incidents/index.js';
import { IncidentStore, recordReport } from '../../src/pipeline/incidents.js';
import type { IncidentRecorder } from '../../src/pipeline/process.js';
import type { Db } from '../../src/store/database.js';
import { insertDocument as storeDocument } from '../../src/store/documents.js';
import { getIncident, incidentsForLookup, recentIncidents, saveIncident } from '../../src/store/incidents.js';
import { openTestStore, testBackends } from '../helpers/databases.js';
import { DEV_REPORTS } from './dev-groups.js';
import { report, testConfig } from './fixtures.js';

const backends = await testBackends();

const NOW = new Date('2026-11-25T12:00:00Z');

async function insertDocument(db: Db, r: IncomingReport) {
  const { documentId: id, feedId, title, content, link, published, extraction } = r;
  await storeDocument(db, { id, feedId, itemKey: id, guid: id, link, title, content, published, firstSeen: published, extraction });
}

const ordered = [...DEV_REPORTS].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0)).map((r) => ({ group: r.group, report: report(r) }));

describe.each(backends)('incident store on $name', (backend) => {
  const recorded = new Map<string, Awaited<ReturnType<typeof recordReport>>>();
  const store = openTestStore(backend, {
    seed: async (db) => {
      for (const { report: r } of ordered) {
        await insertDocument(db, r);
        recorded.set(r.documentId, await recordReport(db, r, testConfig, NOW));
      }
    },
  });

  it('records each attack once and links every document to its incident', async () => {
    const groups = new Set(ordered.map((o) => o.group));
    const count = await store.db
      .selectFrom('incidents')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(groups.size);
    const docs = await store.db.selectFrom('documents').select(['id', 'incident_id']).execute();
    for (const d of docs) expect(d.incident_id).toBe(recorded.get(d.id)!.incident.id);
    const mosul = recorded.get('d03')!;
    expect(mosul.isNew).toBe(false);
    expect(mosul.incident.sources.map((s) => s.documentId)).toEqual(['d01', 'd02', 'd03']);
  });

  it('is idempotent: recording a report again changes nothing', async () => {
    const before = await store.db.selectFrom('incidents').selectAll().orderBy('id').execute();
    const again = await recordReport(store.db, ordered[5]!.report, testConfig, new Date('2026-11-26T00:00:00Z'));
    expect(again).toMatchObject({ isNew: false, changes: [], severityRaised: false });
    expect(await store.db.selectFrom('incidents').selectAll().orderBy('id').execute()).toEqual(before);
  });

  it("records inside the caller's transaction, and a rollback leaves nothing behind", async () => {
    const spec = {
      id: 'tx-doc',
      feed: 'wire-z',
      at: '2026-11-23T10:00:00Z',
      types: ['armed_assault' as const],
      places: ['bamako' as const],
      title: 'Gunmen attack checkpoint in Bamako',
    };
    await expect(
      store.db.transaction().execute(async (tx) => {
        await insertDocument(tx, report(spec));
        const r = await recordReport(tx, report(spec), testConfig, NOW);
        expect(r.isNew).toBe(true);
        expect(await getIncident(tx, r.incident.id)).not.toBeNull();
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');
    expect(await store.db.selectFrom('documents').select('id').where('id', '=', 'tx-doc').executeTakeFirst()).toBeUndefined();
    expect(await recentIncidents(store.db, new Date('2026-11-23T10:00:00Z'), 3_600_000)).toEqual([]);
  });

  it('keeps the merged incident in incidents.data and the summary columns', async () => {
    const kabul = recorded.get('d12')!.incident;
    expect(await getIncident(store.db, kabul.id)).toEqual(kabul);
    const row = await store.db.selectFrom('incidents').selectAll().where('id', '=', kabul.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      severity: 'critical',
      source_count: 3,
      first_published_at: '2026-11-12T06:40:00.000Z',
      last_published_at: '2026-11-12T13:30:00.000Z',
    });
    expect(await getIncident(store.db, 'inc_missing')).toBeNull();
  });

  it('offers as candidates the incidents with reports within the window', async () => {
    const around = new Date('2026-11-19T12:00:00Z');
    const ids = (await recentIncidents(store.db, around, 6 * 3_600_000)).map((i) => i.title);
    expect(ids).toEqual(expect.arrayContaining(['Drones attack Harir air base in Erbil', 'Roadside bomb hits US-Iraqi patrol near Mosul, no casualties']));
    expect(ids).not.toContain('Car bomb kills eight at Baghdad market');
  });

  it('saves with an upsert that keeps the creation time', async () => {
    const inc = recorded.get('d98')!.incident;
    const created = (await store.db.selectFrom('incidents').select('created_at').where('id', '=', inc.id).executeTakeFirstOrThrow()).created_at;
    await saveIncident(store.db, { ...inc, title: 'Mortar rounds land near Kirkuk airport (corrected)' }, new Date('2026-11-27T00:00:00Z'));
    const row = await store.db.selectFrom('incidents').selectAll().where('id', '=', inc.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ created_at: created, updated_at: '2026-11-27T00:00:00.000Z', title: 'Mortar rounds land near Kirkuk airport (corrected)' });
  });

  describe('lookup', () => {
    const since = new Date('2026-11-01T00:00:00Z');
    it('lists incidents newest first with their sources, filtered by country, attack type, actor or place', async () => {
      const iraq = await incidentsForLookup(store.db, { since, country: 'IQ', limit: 20 });
      expect(iraq.map((i) => i.lastPublished)).toEqual([...iraq.map((i) => i.lastPublished)].sort().reverse());
      expect(iraq.every((i) => i.countries.includes('IQ'))).toBe(true);
      expect(iraq.length).toBe(6);
      expect(iraq[0]!.sources.length).toBeGreaterThan(0);

      const drones = await incidentsForLookup(store.db, { since, attackType: 'drone', limit: 20 });
      expect(drones.map((i) => i.title).sort()).toEqual(
        [
          'Drone shot down near al-Tanf garrison',
          'Drones attack Harir air base in Erbil',
          'Drones target Ain al-Asad airbase west of Baghdad',
          'Israeli drone strike on car near Tyre kills two',
          'Shahed drones hit residential buildings in Kharkiv',
        ].sort(),
      );
      const shabaab = await incidentsForLookup(store.db, { since, actorId: 'al-shabaab', limit: 20 });
      expect(shabaab).toHaveLength(2);
      const atBase = await incidentsForLookup(store.db, { since, place: 'base:ain-al-asad', limit: 20 });
      expect(atBase.map((i) => i.id)).toEqual([recorded.get('d07')!.incident.id]);
      // Erbil city: the Harir base incident (Erbil itself is one of its places) and nothing in Mosul (80 km).
      const nearErbil = await incidentsForLookup(store.db, { since, place: { lat: 36.19, lon: 44.01, km: 50 }, limit: 20 });
      expect(nearErbil.map((i) => i.id)).toEqual([recorded.get('d04')!.incident.id]);
    });

    it('pages with limit and offset, and honours since', async () => {
      const all = await incidentsForLookup(store.db, { since, limit: 100 });
      expect(all).toHaveLength(new Set(ordered.map((o) => o.group)).size);
      const page2 = await incidentsForLookup(store.db, { since, limit: 5, offset: 5 });
      expect(page2.map((i) => i.id)).toEqual(all.slice(5, 10).map((i) => i.id));
      const recent = await incidentsForLookup(store.db, { since: new Date('2026-11-19T00:00:00Z'), limit: 100 });
      expect(recent.every((i) => i.lastPublished >= '2026-11-19')).toBe(true);
      expect(recent.length).toBeLessThan(all.length);
      expect(await incidentsForLookup(store.db, { since, limit: 0 })).toEqual([]);
    });
  });
});

describe.each(backends)('recording for the pipeline on $name', (backend) => {
  const store = openTestStore(backend);

  it('files reports recorded at the same time into one incident, losing none', async () => {
    const base = { feed: 'wire', types: ['drone' as const], places: ['kharkiv' as const], targets: ['infrastructure' as const] };
    const reports = Array.from({ length: 6 }, (_, n) =>
      report({
        ...base,
        id: `burst-${n}`,
        feed: `wire-${n}`,
        at: `2026-11-24T03:0${n}:00Z`,
        title: `Drones hit Kharkiv power plant (${n})`,
        content: 'Russian drones struck a power plant in Kharkiv overnight, officials said.',
      }),
    );
    for (const r of reports) await insertDocument(store.db, r);
    const results = await Promise.all(reports.map((r) => recordReport(store.db, r, testConfig, NOW)));
    expect(new Set(results.map((r) => r.incident.id)).size).toBe(1);
    expect(results.filter((r) => r.isNew)).toHaveLength(1);
    const stored = await getIncident(store.db, results[0]!.incident.id);
    expect(stored!.sources.map((s) => s.documentId).sort()).toEqual(reports.map((r) => r.documentId).sort());
  });

  it('serves the pipeline as its incident recorder, with the configured window and severity', async () => {
    const recorder: IncidentRecorder = new IncidentStore(ConfigSchema.parse({}).incidents);
    const spec = {
      id: 'rec-doc',
      feed: 'wire-r',
      at: '2026-11-23T20:00:00Z',
      types: ['missile' as const],
      places: ['odesa' as const],
      targets: ['shipping' as const],
      title: 'Missile hits ship in Odesa port',
    };
    const outcome = await store.db.transaction().execute(async (tx) => {
      await insertDocument(tx, report(spec));
      return recorder.record(tx, report(spec), NOW);
    });
    // The real severity: a missile against shipping is high.
    expect(outcome).toMatchObject({ isNew: true, previousSeverity: null, incident: { severity: 'high' } });
    expect(await getIncident(store.db, outcome.incident.id)).toEqual(outcome.incident);
  });
});
