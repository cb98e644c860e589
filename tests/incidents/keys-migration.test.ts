/** A database migrated before `0002_incident_keys` (the later migrations ran first) gets the keys of its stored incidents. */
import { describe, expect, it } from 'vitest';
import { mergeReport } from '../../src/incidents/index.js';
import { recordReport } from '../../src/pipeline/incidents.js';
import { openDatabase } from '../../src/store/database.js';
import { migratedOnly, testBackends } from '../helpers/databases.js';
import { oldIncidentRow, report, testConfig } from './fixtures.js';

const backends = await testBackends();

describe.each(backends)('migration 0002_incident_keys on $name', ({ make }) => {
  it('runs after later migrations and files the stored incidents under their keys', async () => {
    const handle = await make();
    const old = await migratedOnly(handle, (name) => name !== '0002_incident_keys');
    try {
      const first = report({
        id: 'kirkuk-1',
        feed: 'wire-a',
        at: '2026-11-20T08:00:00Z',
        types: ['drone'],
        places: ['kirkuk'],
        title: 'Drone hits checkpoint in Kirkuk',
      });
      const incident = mergeReport(null, first, testConfig).incident;
      await old.insertInto('incidents').values(oldIncidentRow(incident, '2026-11-20T08:01:00.000Z')).execute();
    } finally {
      await old.destroy();
    }

    const opened = await openDatabase(handle.url);
    try {
      const second = report({
        id: 'kirkuk-2',
        feed: 'wire-b',
        at: '2026-11-20T09:00:00Z',
        types: ['drone'],
        places: ['kirkuk'],
        title: 'Kirkuk checkpoint hit by drone',
      });
      const joined = await recordReport(opened.db, second, testConfig, new Date('2026-11-20T09:01:00Z'));
      expect(joined.isNew).toBe(false);
      expect(joined.incident.sources.map((s) => s.documentId)).toEqual(['kirkuk-1', 'kirkuk-2']);
    } finally {
      await opened.close();
      await handle.dispose();
    }
  });
});
