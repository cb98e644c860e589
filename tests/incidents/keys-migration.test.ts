/** A database migrated before `0002_incident_keys` (the later migrations ran first) gets the keys of its stored incidents. */
import SQLite from 'better-sqlite3';
import { Kysely, type Migration, Migrator, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { mergeReport } from '../../src/incidents/index.js';
import { recordReport } from '../../src/pipeline/incidents.js';
import { openDatabase } from '../../src/store/database.js';
import { migrationProvider } from '../../src/store/migrations.js';
import { testBackends } from '../helpers/databases.js';
import { report, testConfig } from './fixtures.js';

const backends = await testBackends();

describe.each(backends)('migration 0002_incident_keys on $name', ({ make }) => {
  it('runs after later migrations and files the stored incidents under their keys', async () => {
    const handle = await make();
    const old = handle.url.startsWith('postgres')
      ? new Kysely<any>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: handle.url, max: 1 }) }) })
      : new Kysely<any>({ dialect: new SqliteDialect({ database: new SQLite(handle.url) }) });
    try {
      const schema = handle.url.startsWith('postgres') ? (await sql<{ s: string }>`select current_schema() as s`.execute(old)).rows[0]?.s : undefined;
      const all = await migrationProvider.getMigrations();
      const withoutKeys: Record<string, Migration> = Object.fromEntries(Object.entries(all).filter(([name]) => name !== '0002_incident_keys'));
      const migrated = await new Migrator({ db: old, provider: { getMigrations: async () => withoutKeys }, migrationTableSchema: schema }).migrateToLatest();
      expect(migrated.error).toBeUndefined();
      const first = report({
        id: 'kirkuk-1',
        feed: 'wire-a',
        at: '2026-11-20T08:00:00Z',
        types: ['drone'],
        places: ['kirkuk'],
        title: 'Drone hits checkpoint in Kirkuk',
      });
      const incident = mergeReport(null, first, testConfig).incident;
      const at = '2026-11-20T08:01:00.000Z';
      await old
        .insertInto('incidents')
        .values({
          id: incident.id,
          created_at: at,
          updated_at: at,
          first_published_at: incident.firstPublished,
          last_published_at: incident.lastPublished,
          title: incident.title,
          severity: incident.severity,
          source_count: 1,
          data: JSON.stringify(incident),
        })
        .execute();
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
