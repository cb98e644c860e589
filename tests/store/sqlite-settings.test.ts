/** The settings a SQLite store file is opened with, read back from the connection, and how it answers the grouping's hottest read. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openDatabase, SQLITE_CACHE_KB } from '../../src/store/database.js';
import { candidateVersions } from '../../src/store/incidents.js';

describe('a SQLite store file', () => {
  it('is opened with the bounded page cache and the write-ahead log', async () => {
    const opened = await openDatabase(join(mkdtempSync(join(tmpdir(), 'sitrep-settings-')), 'store.db'));
    try {
      const pragma = async (name: 'cache_size' | 'journal_mode') =>
        Object.values((await sql<Record<string, unknown>>`pragma ${sql.raw(name)}`.execute(opened.db)).rows[0] ?? {})[0];
      // Negative: KB. Below better-sqlite3's own 16,000 (docs/performance.md, "Round 18: peak memory").
      expect(await pragma('cache_size')).toBe(-SQLITE_CACHE_KB);
      expect(SQLITE_CACHE_KB).toBeLessThan(16_000);
      expect(await pragma('journal_mode')).toBe('wal');
    } finally {
      await opened.db.destroy();
    }
  });

  it("reads candidates' row versions from indexes alone, not from the incidents' rows", async () => {
    const opened = await openDatabase(join(mkdtempSync(join(tmpdir(), 'sitrep-plan-')), 'store.db'));
    try {
      const times = { from: '2026-12-01T00:00:00.000Z', to: '2026-12-03T00:00:00.000Z', since: '2026-11-30T00:00:00.000Z' };
      // A report's candidates, and a new incident's neighbours (the latest few).
      for (const q of [
        { ...times, keys: ['g:33:44', 'g:33:45'] },
        { ...times, keys: ['c:IQ'], limit: 5 },
      ]) {
        const plan = await sql<{ detail: string }>`explain query plan ${candidateVersions(q)}`.execute(opened.db);
        const details = plan.rows.map((r) => r.detail).join('\n');
        expect(details).toMatch(/SEARCH incidents USING COVERING INDEX incidents_versions/);
        expect(details).toMatch(/SEARCH incident_keys USING INDEX incident_keys_key_first/);
      }
    } finally {
      await opened.db.destroy();
    }
  });
});
