import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, type Migration, Migrator, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { type Db, type OpenedDatabase, openDatabase } from '../../src/store/database.js';
import { migrationProvider } from '../../src/store/migrations.js';

export const POSTGRES_URL = process.env.SITREP_TEST_POSTGRES ?? 'postgres://postgres@127.0.0.1:5432/test';

/** Whether a PostgreSQL server answers here (this machine runs one; others may not). */
export async function postgresAvailable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: POSTGRES_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

export interface TestDatabase {
  url: string;
  open(): Promise<OpenedDatabase>;
  dispose(): Promise<void>;
}

/** A fresh SQLite file in a temporary folder. */
export function sqliteTestDatabase(): TestDatabase {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-db-'));
  const url = join(dir, 'sitrep.db');
  return { url, open: () => openDatabase(url), dispose: async () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * A fresh PostgreSQL schema, selected through the connection's search_path, dropped afterwards; on
 * the machine's server unless another one's URL is given.
 */
export async function postgresTestDatabase(server = POSTGRES_URL): Promise<TestDatabase> {
  const schema = `sitrep_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const url = `${server}?options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  return {
    url,
    open: () => openDatabase(url),
    dispose: async () => {
      const c = new pg.Client({ connectionString: server });
      await c.connect();
      await c.query(`DROP SCHEMA ${schema} CASCADE`);
      await c.end();
    },
  };
}

/**
 * A connection to a test database on which only the migrations `wanted` picks have run, as a store
 * of an earlier version left it (close it with `destroy`). Untyped: the schema is the old one.
 */
export async function migratedOnly(database: TestDatabase, wanted: (name: string) => boolean): Promise<Kysely<any>> {
  const postgres = database.url.startsWith('postgres');
  const old: Kysely<any> = postgres
    ? new Kysely({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: database.url, max: 1 }) }) })
    : new Kysely({ dialect: new SqliteDialect({ database: new SQLite(database.url) }) });
  const schema = postgres ? (await sql<{ s: string }>`select current_schema() as s`.execute(old)).rows[0]?.s : undefined;
  const all = await migrationProvider.getMigrations();
  const chosen: Record<string, Migration> = Object.fromEntries(Object.entries(all).filter(([name]) => wanted(name)));
  const { error } = await new Migrator({ db: old, provider: { getMigrations: async () => chosen }, migrationTableSchema: schema }).migrateToLatest();
  if (error) {
    await old.destroy();
    throw error;
  }
  return old;
}

export interface TestBackend {
  name: string;
  make: () => Promise<TestDatabase>;
}

/** The backends to run store tests on: SQLite always, PostgreSQL where the machine runs one. */
export async function testBackends(): Promise<TestBackend[]> {
  const list: TestBackend[] = [{ name: 'sqlite', make: async () => sqliteTestDatabase() }];
  if (await postgresAvailable()) list.push({ name: 'postgres', make: postgresTestDatabase });
  return list;
}

export interface OpenTestStore {
  /** The database the tests open more connections to. */
  readonly database: TestDatabase;
  readonly opened: OpenedDatabase;
  readonly db: Db;
}

/**
 * A fresh store on `backend` for the enclosing describe block: created and opened (then `seed` run
 * on it) before its tests, closed and removed after them. With `each`, every test gets its own.
 */
export function openTestStore(backend: TestBackend, opts: { each?: boolean; seed?: (db: Db) => Promise<void> } = {}): OpenTestStore {
  let database: TestDatabase | undefined;
  let opened: OpenedDatabase | undefined;
  const ready = <T>(v: T | undefined): T => {
    if (v === undefined) throw new Error('the test store is opened in a before hook; use it inside a test');
    return v;
  };
  (opts.each ? beforeEach : beforeAll)(async () => {
    database = await backend.make();
    opened = await database.open();
    await opts.seed?.(opened.db);
  });
  (opts.each ? afterEach : afterAll)(async () => {
    await opened?.close();
    await database?.dispose();
  });
  return {
    get database() {
      return ready(database);
    },
    get opened() {
      return ready(opened);
    },
    get db() {
      return ready(opened).db;
    },
  };
}
