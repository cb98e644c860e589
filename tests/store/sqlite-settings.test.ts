/** The settings a SQLite store file is opened with, read back from the connection. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openDatabase, SQLITE_CACHE_KB } from '../../src/store/database.js';

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
});
