import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { migrationProvider } from './migrations.js';
import type { Database } from './tables.js';

export type Db = Kysely<Database>;

export interface OpenedDatabase {
  db: Db;
  kind: 'sqlite' | 'postgres';
  close(): Promise<void>;
}

/**
 * Opens the store named by SITREP_DB: a `postgres://` URL, or a SQLite file path (its folder is
 * created), and brings the schema up to date.
 */
export async function openDatabase(location: string): Promise<OpenedDatabase> {
  let db: Db;
  let kind: OpenedDatabase['kind'];
  if (/^postgres(ql)?:\/\//i.test(location)) {
    kind = 'postgres';
    db = new Kysely<Database>({
      dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: location, max: 5 }) }),
    });
  } else {
    kind = 'sqlite';
    if (location !== ':memory:') mkdirSync(dirname(resolve(location)), { recursive: true });
    const sqlite = new SQLite(location);
    // WAL lets readers (slash commands) run while the poller writes; busy_timeout rides out short locks.
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma('synchronous = NORMAL');
    db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  }
  // On PostgreSQL the migration bookkeeping lives in the schema the connection works in
  // (search_path), so several Sitrep databases can share one server.
  const migrationTableSchema = kind === 'postgres' ? (await sql<{ s: string }>`select current_schema() as s`.execute(db)).rows[0]?.s : undefined;
  const migrator = new Migrator({ db, provider: migrationProvider, migrationTableSchema });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    await db.destroy();
    const failed = results?.find((r) => r.status === 'Error')?.migrationName;
    throw new Error(`database migration ${failed ?? ''} failed on ${kind}: ${(error as Error).message ?? error}`);
  }
  return { db, kind, close: () => db.destroy() };
}

/** Whether the database answers a query now (readiness); throws with the driver's reason when not. */
export async function pingDatabase(db: Db): Promise<void> {
  await sql`select 1`.execute(db);
}
