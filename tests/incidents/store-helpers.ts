import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openDatabase, type OpenedDatabase } from '../../src/store/database.js';

export const POSTGRES_URL = process.env.SITREP_TEST_POSTGRES ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface TestStore {
  name: string;
  open(): Promise<OpenedDatabase & { dispose(): Promise<void> }>;
}

/** A fresh SQLite file, and a fresh PostgreSQL schema (dropped afterwards), for each opening. */
export const STORES: TestStore[] = [
  {
    name: 'sqlite',
    async open() {
      const dir = mkdtempSync(join(tmpdir(), 'sitrep-incidents-'));
      const opened = await openDatabase(join(dir, 'test.db'));
      return { ...opened, dispose: async () => { await opened.close(); rmSync(dir, { recursive: true, force: true }); } };
    },
  },
  {
    name: 'postgres',
    async open() {
      const schema = `incidents_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
      const admin = new pg.Client({ connectionString: POSTGRES_URL });
      await admin.connect();
      await admin.query(`CREATE SCHEMA ${schema}`);
      await admin.end();
      const url = new URL(POSTGRES_URL);
      url.searchParams.set('options', `-c search_path=${schema}`);
      const opened = await openDatabase(url.toString());
      return {
        ...opened,
        dispose: async () => {
          await opened.close();
          const c = new pg.Client({ connectionString: POSTGRES_URL });
          await c.connect();
          await c.query(`DROP SCHEMA ${schema} CASCADE`);
          await c.end();
        },
      };
    },
  },
];
