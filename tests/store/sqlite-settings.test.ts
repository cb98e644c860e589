/** The settings a SQLite file store is opened with: readers beside the writer, and a page cache that keeps the bot's memory down. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/database.js';

describe('a SQLite file store', () => {
  it('runs in WAL mode with a page cache of 2 MB, not the 16 MB better-sqlite3 would give', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-sqlite-settings-'));
    try {
      const opened = await openDatabase(join(dir, 'sitrep.db'));
      const pragma = async (name: string) => Object.values((await sql<Record<string, unknown>>`${sql.raw(`pragma ${name}`)}`.execute(opened.db)).rows[0]!)[0];
      expect(await pragma('journal_mode')).toBe('wal');
      expect(await pragma('cache_size')).toBe(-2000);
      await opened.db.destroy();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
