import fs, { accessSync, constants, existsSync, mkdirSync, readFileSync, rmSync, type Stats, statfsSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import {
  CompiledQuery,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  Kysely,
  Migrator,
  PostgresDialect,
  type QueryResult,
  SqliteAdapter,
  type SqliteDatabase,
  SqliteDialect,
  sql,
  type TransactionSettings,
} from 'kysely';
import lockfile from 'proper-lockfile';
import { type Clock, systemClock } from '../clock.js';
import { type Logger, silentLogger } from '../logger.js';
import { metrics } from '../metrics.js';
import { DatabaseHealth, type DatabaseHealthState, databaseFault, describeStoreError, StoreUnavailableError } from './health.js';
import { instanceId, senderIsDead } from './instance.js';
import { migrationProvider } from './migrations.js';
import type { Database } from './tables.js';

export type Db = Kysely<Database>;

export interface OpenedDatabase {
  db: Db;
  kind: 'sqlite' | 'postgres';
  /** The file path, or the PostgreSQL URL without its password: for messages. */
  location: string;
  /** Whether the database answers, since when, and the last error (for `/readyz` and `status`). */
  health(): DatabaseHealthState;
  /** Whether to attempt work that needs the store now (see DatabaseHealth.available). */
  available(): boolean;
  /** Turns a store error into one line that names the database and says what is wrong. */
  describe(err: unknown): string;
  close(): Promise<void>;
}

export interface OpenOptions {
  log?: Logger;
  clock?: Clock;
  /**
   * A dry run: nothing is ever kept. SQLite works on an in-memory copy of the file; PostgreSQL on
   * one connection inside one transaction that is rolled back when the store closes.
   */
  dryRun?: boolean;
  /**
   * The long-running bot: a SQLite file is taken for this process alone (a lock file beside it),
   * and a second process on it is refused. PostgreSQL is shared by any number of processes.
   */
  exclusive?: boolean;
  /**
   * A command that only reads the store (`status`): a SQLite file that does not exist is refused,
   * naming where it was looked for, instead of created empty (its "never polled" would hide a
   * mistyped SITREP_DB or another working folder, and leave a folder behind).
   */
  mustExist?: boolean;
}

/** SQLSTATEs of a catalog read that raced with DDL in another session (a column, table, object or schema gone meanwhile). */
const CATALOG_RACE = new Set(['42703', '42P01', '42704', '3F000', 'XX000']);

/** SQLite waits this long for another process's lock before a statement fails (and is retried later). */
const SQLITE_BUSY_TIMEOUT_MS = 2_000;

/** Pages (4 KB) the write-ahead log grows to before a commit checkpoints it into the database file. */
const WAL_CHECKPOINT_PAGES = 10_000;

/**
 * SQLite's page cache, in KB (a negative cache_size is KB): 4 MB instead of the 16 MB better-sqlite3
 * builds SQLite with. The cache is malloc'd and a poll cycle fills it, so it was 16 MB of every
 * process's peak; the incidents grouping reads are kept parsed in the process (IncidentCache), and
 * the pages a cycle reads again past 4 MB come from the operating system's file cache
 * (docs/performance.md, "Round 18: peak memory").
 */
export const SQLITE_CACHE_KB = 4_000;

/**
 * A connection that reports each statement's outcome to the health tracker: availability faults
 * mark the database down; a write that commits marks it up.
 */
class WatchedConnection implements DatabaseConnection {
  inTransaction = false;
  constructor(
    readonly inner: DatabaseConnection,
    private readonly health: DatabaseHealth,
  ) {}

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    metrics.databaseRoundTrips.inc();
    try {
      const result = await this.inner.executeQuery<R>(query);
      if (!this.inTransaction && /^(Insert|Update|Delete)QueryNode$/.test(query.query.kind)) this.health.succeeded();
      return result;
    } catch (err) {
      this.health.failed(err);
      throw err;
    }
  }

  streamQuery<R>(query: CompiledQuery, chunkSize?: number): AsyncIterableIterator<QueryResult<R>> {
    return this.inner.streamQuery<R>(query, chunkSize);
  }
}

/**
 * Kysely's driver with the health tracker around it, and a rollback that never hides the error
 * that caused it: SQLite rolls a transaction back by itself on SQLITE_FULL, and a dead PostgreSQL
 * connection cannot roll back at all; the original error is the one worth reporting.
 */
class WatchedDriver implements Driver {
  private readonly wrapped = new WeakMap<DatabaseConnection, WatchedConnection>();
  constructor(
    private readonly inner: Driver,
    private readonly health: DatabaseHealth,
    private readonly log: Logger,
  ) {}

  init(): Promise<void> {
    return this.inner.init();
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    let connection: DatabaseConnection;
    try {
      connection = await this.inner.acquireConnection();
    } catch (err) {
      this.health.failed(err);
      throw err;
    }
    let watched = this.wrapped.get(connection);
    if (!watched) {
      watched = new WatchedConnection(connection, this.health);
      this.wrapped.set(connection, watched);
    }
    return watched;
  }

  async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    const c = connection as WatchedConnection;
    metrics.databaseRoundTrips.inc();
    await this.inner.beginTransaction(c.inner, settings).catch((err) => {
      this.health.failed(err);
      throw err;
    });
    c.inTransaction = true;
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    const c = connection as WatchedConnection;
    metrics.databaseRoundTrips.inc();
    try {
      await this.inner.commitTransaction(c.inner);
      this.health.succeeded();
    } catch (err) {
      this.health.failed(err);
      throw err;
    }
    c.inTransaction = false;
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    const c = connection as WatchedConnection;
    c.inTransaction = false;
    try {
      await this.inner.rollbackTransaction(c.inner);
    } catch (err) {
      // Nothing to roll back any more (SQLite already did, or the connection is gone): the caller
      // rethrows the error that started it.
      this.log.debug({ err: (err as Error).message }, 'rollback after a failed transaction did not run');
    }
  }

  releaseConnection(connection: DatabaseConnection): Promise<void> {
    const c = connection as WatchedConnection;
    c.inTransaction = false;
    return this.inner.releaseConnection(c.inner);
  }

  destroy(): Promise<void> {
    return this.inner.destroy();
  }
}

/**
 * Kysely takes no migration lock on SQLite and, believing DDL not transactional there, runs the
 * migrations outside any transaction: two processes opening a new file at once would both read
 * "nothing migrated" and the slower fail on the other's tables. SQLite's DDL is transactional, so
 * the migrations run in one transaction, which holds the write lock from its first read.
 */
function migratedInOneTransaction(dialect: SqliteDialect): Dialect {
  class TransactionalDdlAdapter extends SqliteAdapter {
    override get supportsTransactionalDdl(): boolean {
      return true;
    }
  }
  return {
    createAdapter: () => new TransactionalDdlAdapter(),
    createQueryCompiler: () => dialect.createQueryCompiler(),
    createIntrospector: (db) => dialect.createIntrospector(db),
    createDriver: () => dialect.createDriver(),
  };
}

function watched(dialect: Dialect, health: DatabaseHealth, log: Logger): Dialect {
  return {
    createAdapter: () => dialect.createAdapter(),
    createQueryCompiler: () => dialect.createQueryCompiler(),
    createIntrospector: (db) => dialect.createIntrospector(db),
    createDriver: () => new WatchedDriver(dialect.createDriver(), health, log),
  };
}

/**
 * A PostgreSQL dry run: everything on one connection inside one transaction that is never
 * committed (closing the store drops it); the code's own transactions are savepoints in it. Should
 * that connection be replaced, the dry run stops rather than go on outside its transaction.
 */
function rolledBack(dialect: Dialect): Dialect {
  const raw = (text: string) => CompiledQuery.raw(text);
  return {
    createAdapter: () => dialect.createAdapter(),
    createQueryCompiler: () => dialect.createQueryCompiler(),
    createIntrospector: (db) => dialect.createIntrospector(db),
    createDriver: () => {
      const inner = dialect.createDriver();
      let only: DatabaseConnection | null = null;
      return {
        init: () => inner.init(),
        async acquireConnection() {
          const connection = await inner.acquireConnection();
          if (only === null) {
            await connection.executeQuery(raw('begin'));
            only = connection;
          } else if (connection !== only) {
            await inner.releaseConnection(connection);
            throw new StoreUnavailableError('the dry run lost its database connection; nothing was written');
          }
          return connection;
        },
        beginTransaction: async (c) => void (await c.executeQuery(raw('savepoint dry_run'))),
        commitTransaction: async (c) => void (await c.executeQuery(raw('release savepoint dry_run'))),
        rollbackTransaction: async (c) => void (await c.executeQuery(raw('rollback to savepoint dry_run'))),
        releaseConnection: (c) => inner.releaseConnection(c),
        destroy: () => inner.destroy(),
      };
    },
  };
}

/** The URL without its password, for logs and messages. */
function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://…';
  }
}

/** Whether the filesystem holding a folder has (next to) no space left. */
function diskFull(folder: string): boolean {
  try {
    const fs = statfsSync(folder);
    return fs.bavail * fs.bsize < 64 * 1024;
  } catch {
    return false;
  }
}

/** Why a folder cannot take the database, in words with what to do; null when it can. */
function unwritableFolder(folder: string): string | null {
  try {
    accessSync(folder, constants.W_OK);
    return null;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EROFS') return `${folder} is on a read-only filesystem; set SITREP_DB to a file on a writable volume`;
    if (code === 'EACCES' || code === 'EPERM') return `${folder} is not writable by this user; fix its permissions or set SITREP_DB elsewhere`;
    return null;
  }
}

/**
 * Creates a folder and its missing parents one at a time, top down. Node's recursive mkdir retries
 * without end where a parent exists but refuses children (a folder under /proc): one core spun.
 */
function createFolder(folder: string): void {
  const missing: string[] = [];
  for (let f = folder; !existsSync(f); f = dirname(f)) missing.unshift(f);
  for (const f of missing) {
    try {
      mkdirSync(f);
    } catch (err) {
      throw new Error(`cannot create the folder ${f} (${(err as NodeJS.ErrnoException).code})`, { cause: err });
    }
  }
}

/** The nearest of a folder and its parents that exists, when it is a file rather than a folder (a path through a file); else null. */
function fileInPath(folder: string): string | null {
  let f = folder;
  while (!existsSync(f) && dirname(f) !== f) f = dirname(f);
  return existsSync(f) && !statSync(f).isDirectory() ? f : null;
}

function openSqliteFile(location: string, log: Logger): SQLite.Database {
  if (location === ':memory:') return new SQLite(location);
  const file = resolve(location);
  const folder = dirname(file);
  const notFolder = fileInPath(folder);
  if (notFolder) throw new StoreUnavailableError(`cannot open the database ${file}: ${notFolder} is a file, not a folder; set SITREP_DB to a file in a folder`);
  try {
    const created = !existsSync(folder);
    if (created) {
      createFolder(folder);
      log.warn({ folder }, 'created the data folder: this is a new, empty store');
    }
    const fresh = !created && !existsSync(file);
    const sqlite = new SQLite(file);
    // Said once the file could be made: a store that cannot open says so alone, in one line.
    if (fresh) log.warn({ db: file }, 'no database file here yet: starting a new, empty store');
    // WAL lets readers (slash commands) run while the poller writes; a short busy_timeout rides
    // out another process's brief locks without blocking this one's event loop for long.
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
    sqlite.pragma('synchronous = NORMAL');
    // The write-ahead log is copied into the database file (and both synced to disk: the only
    // syncs at synchronous = NORMAL) once it holds this many pages, by the commit that reaches it,
    // on this thread. SQLite's 1,000 pages (4 MB) meant a sync every 4 poll transactions, 70 ms
    // each on a busy disk, a tenth of a poll cycle's time; 40 MB copies pages rewritten meanwhile once.
    sqlite.pragma(`wal_autocheckpoint = ${WAL_CHECKPOINT_PAGES}`);
    sqlite.pragma(`cache_size = -${SQLITE_CACHE_KB}`);
    return sqlite;
  } catch (err) {
    const why = unwritableFolder(existsSync(folder) ? folder : dirname(folder));
    if (why) throw new StoreUnavailableError(`cannot open the database ${file}: ${why}`, err);
    if ((err as NodeJS.ErrnoException).code === 'ENOSPC' || databaseFault(err) === 'full' || (existsSync(folder) && diskFull(folder)))
      throw new StoreUnavailableError(`cannot open the database ${file}: the disk holding it is full; free some space`, err);
    throw new StoreUnavailableError(`cannot open the database ${file}: ${(err as Error).message}`, err);
  }
}

/** The SQLite file's content (its write-ahead log included) in memory; an empty store when there is no file. */
function sqliteCopyInMemory(location: string): SQLite.Database {
  if (location === ':memory:' || !existsSync(location)) return new SQLite(':memory:');
  try {
    // Not read-only: SQLite cannot open a WAL-mode file read-only without its -shm file. Nothing is written.
    const file = new SQLite(location, { fileMustExist: true });
    try {
      const image = file.serialize();
      // Header bytes 18-19 say "WAL mode", which an in-memory database cannot open: rollback journal.
      image[18] = 1;
      image[19] = 1;
      return new SQLite(image);
    } finally {
      file.close();
    }
  } catch (err) {
    throw new StoreUnavailableError(`cannot read the database ${resolve(location)}: ${(err as Error).message}`, err);
  }
}

/** Distinct statements kept prepared; queries with IN lists of varying length make many distinct ones. */
const STATEMENT_CACHE_SIZE = 256;

/**
 * A SQLite database for Kysely that prepares each distinct SQL text once: Kysely prepares every
 * statement it runs, which was a tenth of a poll cycle's time (and native memory held until the
 * garbage collector frees each statement). Least recently used out; a statement still being
 * iterated is never handed out twice.
 */
function withStatementCache(sqlite: SQLite.Database): SqliteDatabase {
  const cache = new Map<string, SQLite.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(query: string) {
      // A transaction takes the write lock when it begins, not at its first write: a deferred one
      // whose reads another process's commit overtook fails with SQLITE_BUSY instead of waiting,
      // and the migrations' transaction must hold the lock from reading what has run.
      const text = query === 'begin' ? 'begin immediate' : query;
      const known = cache.get(text);
      if (known && !known.busy) {
        cache.delete(text);
        cache.set(text, known);
        return known;
      }
      const statement = sqlite.prepare(text);
      if (known) return statement;
      cache.set(text, statement);
      if (cache.size > STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value!);
      return statement;
    },
  };
}

/**
 * Takes the lock file beside a SQLite database for this process (proper-lockfile: a directory
 * created atomically, refreshed while the process lives, stale 15 s after it dies); refuses with
 * one line when another process holds it. Returns the release.
 *
 * The holder writes its instance id (host, pid, token of its life) into the lock: a lock whose
 * holder is known to be dead (this host, process gone, or an earlier life of this pid in a
 * restarted container) is taken over at once, so a service manager's restart right after a crash
 * is not refused for 15 s (systemd gives up after five refusals in ten seconds).
 */
async function lockSqliteFile(location: string, log: Logger): Promise<() => Promise<void>> {
  if (location === ':memory:') return async () => {};
  const file = resolve(location);
  const lockPath = `${file}.lock`;
  const ownerFile = join(lockPath, 'owner');
  const me = instanceId();
  let current: (() => Promise<void>) | null = null;
  // A refresh that came too late (the event loop blocked past the stale time, as a start-up under
  // heavy load does) makes proper-lockfile give the lock up while this process runs on; it is taken
  // again when it is still this process's, else a second process could open the file beside it.
  const compromised = (err: Error) => {
    current = null;
    if (readOwner(ownerFile) !== me) {
      log.error({ err: err.message, db: file }, 'lost the lock on the SQLite database; another process may be using it');
      return;
    }
    rmSync(lockPath, { recursive: true, force: true });
    take().then(
      () => log.warn({ db: file, err: err.message }, 'renewed the lock on the SQLite database after a late refresh'),
      (again: Error) => log.error({ err: again.message, db: file }, 'lost the lock on the SQLite database; another process may be using it'),
    );
  };
  const take = async () => {
    current = await lockfile.lock(file, {
      realpath: false,
      lockfilePath: lockPath,
      stale: 15_000,
      update: 5_000,
      // The lock directory holds the owner file: removing it (release, a stale lock) takes both.
      fs: lockFs,
      onCompromised: compromised,
    });
    // proper-lockfile checks at each refresh that the directory's time is the one it set; a file
    // created in it changes that time, so it is put back.
    const { mtime } = statSync(lockPath);
    writeFileSync(ownerFile, me);
    utimesSync(lockPath, mtime, mtime);
    return async () => {
      const release = current;
      current = null;
      await release?.();
    };
  };
  try {
    try {
      return await take();
    } catch (err) {
      const holder = (err as NodeJS.ErrnoException).code === 'ELOCKED' ? readOwner(ownerFile) : null;
      if (!holder || !senderIsDead(holder, me)) throw err;
      log.warn({ db: file, holder }, 'took over the lock of the SQLite database from a process that died');
      rmSync(lockPath, { recursive: true, force: true });
      return await take();
    }
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ELOCKED') {
      throw new StoreUnavailableError(
        `the SQLite database ${file} is in use by another Sitrep process; SQLite serves one process: to run several, set SITREP_DB to a postgres:// URL (see docs/deploy.md)`,
        err,
      );
    }
    throw new StoreUnavailableError(`cannot lock the database ${file}: ${(err as Error).message}`, err);
  }
}

/** proper-lockfile's file system, whose lock directories may hold the owner file. */
const lockFs = {
  ...fs,
  rmdir: (path: string, callback: (err: NodeJS.ErrnoException | null) => void) => fs.rm(path, { recursive: true, force: true }, callback),
  rmdirSync: (path: string) => fs.rmSync(path, { recursive: true, force: true }),
};

/** The instance id written into a lock, or null when there is none (yet) or it cannot be read. */
function readOwner(ownerFile: string): string | null {
  try {
    return readFileSync(ownerFile, 'utf8').trim() || null;
  } catch {
    return null;
  }
}

/** The check that the SQLite file is still the one opened: deleted or replaced, writes would be lost. */
function fileIdentity(location: string): () => string | null {
  if (location === ':memory:') return () => null;
  const file = resolve(location);
  const opened: Stats = statSync(file);
  return () => {
    let now: Stats;
    try {
      now = statSync(file);
    } catch {
      const folder = dirname(file);
      return `the database file ${file} was deleted while Sitrep was running${existsSync(folder) ? '' : ` (its folder ${folder} is gone)`}: new work would be lost, so none is done; restore the file, or restart Sitrep to begin a new store`;
    }
    if (now.ino !== opened.ino || now.dev !== opened.dev) {
      return `the database file ${file} was replaced while Sitrep was running: restart Sitrep to use the new file`;
    }
    return null;
  };
}

/**
 * Opens the store named by SITREP_DB: a `postgres://` URL, or a SQLite file path (its folder is
 * created, and said so), and brings the schema up to date. Store faults (disk full, read-only,
 * server gone) are reported through `health()`; opening itself fails with a StoreUnavailableError
 * that says where and what to do.
 */
export async function openDatabase(location: string, opts: OpenOptions = {}): Promise<OpenedDatabase> {
  const log = opts.log ?? silentLogger;
  // Until the store is open, a fault ends the start in one line (StoreUnavailableError): the
  // health's "work waits and is retried" would be untrue then, so it speaks only from then on.
  const healthLog = log.child({});
  healthLog.level = 'silent';
  const clock = opts.clock ?? systemClock;
  let dialect: Dialect;
  let kind: OpenedDatabase['kind'];
  let where: string;
  let health: DatabaseHealth;
  let describe: (err: unknown) => string;
  let unlock = async () => {};
  if (/^postgres(ql)?:\/\//i.test(location)) {
    kind = 'postgres';
    where = redactUrl(location);
    describe = (err) => describeStoreError(err, where);
    health = new DatabaseHealth(where, healthLog, clock, undefined, describe);
    // The driver loads only for a PostgreSQL store: a SQLite process never needs its modules (3 MB of heap).
    const { default: pg } = await import('pg');
    // A dry run keeps its one connection for good: closing it is what rolls its transaction back.
    const pool = new pg.Pool({
      connectionString: location,
      max: opts.dryRun ? 1 : 5,
      connectionTimeoutMillis: 10_000,
      keepAlive: true,
      ...(opts.dryRun ? { idleTimeoutMillis: 0 } : {}),
    });
    // A server restart kills idle and busy connections alike; without these handlers pg's 'error'
    // events would end the process. The pool replaces dead clients by itself.
    pool.on('error', (err) => health.failed(err));
    pool.on('connect', (client) => client.on('error', (err) => health.failed(err)));
    dialect = opts.dryRun ? rolledBack(new PostgresDialect({ pool })) : new PostgresDialect({ pool });
  } else {
    kind = 'sqlite';
    where = location === ':memory:' ? location : resolve(location);
    if (opts.mustExist && location !== ':memory:' && !existsSync(where)) {
      throw new StoreUnavailableError(
        `no database at ${where}: nothing has run with this store yet; set SITREP_DB to the store the bot uses (sitrep run and poll --once create it)`,
      );
    }
    const sqlite = opts.dryRun ? sqliteCopyInMemory(location) : openSqliteFile(location, log);
    if (opts.exclusive && !opts.dryRun) {
      try {
        unlock = await lockSqliteFile(location, log);
      } catch (err) {
        sqlite.close();
        throw err;
      }
    }
    describe = (err) => describeStoreError(err, where, () => diskFull(dirname(where)));
    health = new DatabaseHealth(where, healthLog, clock, opts.dryRun ? fileIdentity(':memory:') : fileIdentity(location), describe);
    dialect = migratedInOneTransaction(new SqliteDialect({ database: withStatementCache(sqlite) }));
  }
  const db = new Kysely<Database>({ dialect: watched(dialect, health, log) });
  health.setOpening(true);
  try {
    // On PostgreSQL the migration bookkeeping lives in the schema the connection works in
    // (search_path), so several Sitrep databases can share one server.
    const migrationTableSchema = kind === 'postgres' ? (await sql<{ s: string }>`select current_schema() as s`.execute(db)).rows[0]?.s : undefined;
    // Branches number their migrations apart (0002 incidents, 0004 ux, 0006 scale): a database that
    // ran later numbers first takes an earlier one when it arrives.
    const migrator = new Migrator({ db, provider: migrationProvider, migrationTableSchema, allowUnorderedMigrations: true });
    // On SQLite the migrations' transaction takes the write lock: a store already up to date is
    // opened without it, so a process starts while another holds the lock (and reports the lock
    // where it then meets it, per feed).
    const upToDate = kind === 'sqlite' && (await migrator.getMigrations()).every((m) => m.executedAt !== undefined);
    for (let attempt = 1; !upToDate; attempt++) {
      const { error, results } = await migrator.migrateToLatest();
      if (!error) break;
      const migration = results?.find((r) => r.status === 'Error')?.migrationName;
      // Before it takes its lock, Kysely's migrator reads the catalog of every schema on the server;
      // DDL running at that moment elsewhere can fail the read (a column gone between snapshot and
      // cache). Nothing was migrated then (each migration is one transaction): read again.
      if (!migration && kind === 'postgres' && attempt < 4 && CATALOG_RACE.has((error as { code?: string }).code ?? '')) continue;
      throw Object.assign(error as Error, { migration });
    }
    health.setOpening(false);
  } catch (err) {
    await db.destroy().catch(() => {});
    await unlock().catch(() => {});
    const migration = (err as { migration?: string }).migration;
    if (databaseFault(err)) throw new StoreUnavailableError(`cannot open the database: ${describe(err)}`, err);
    const setup = PG_SETUP_FAULTS[(err as { code?: string }).code ?? '']?.(postgresUser(location));
    if (setup) throw new StoreUnavailableError(`cannot open the database (${where}): ${setup}`, err);
    throw new Error(`database migration ${migration ?? ''} failed on ${kind} (${where}): ${(err as Error).message ?? err}`, { cause: err });
  }
  healthLog.level = log.level;
  return {
    db,
    kind,
    location: where,
    health: () => health.state(),
    available: () => health.available(),
    describe,
    close: async () => {
      await db.destroy();
      await unlock().catch(() => {});
    },
  };
}

/** The user a PostgreSQL URL connects as: its own, else $USER as the driver takes it; '' when neither names one. */
function postgresUser(location: string): string {
  try {
    const user = decodeURIComponent(new URL(location).username);
    if (user) return user;
  } catch {
    // Not a URL the driver could read either: it fails before asking for a user.
  }
  return process.env.USER ?? '';
}

/** PostgreSQL refusals at start that only fixing SITREP_DB or the server's setup cures, given the user connected as. */
const PG_SETUP_FAULTS: Record<string, (user: string) => string> = {
  '3D000': () => 'the database does not exist; create it (createdb NAME) or name another in SITREP_DB',
  '28P01': () => 'the server refused the password; fix the user or password in SITREP_DB',
  '28000': (user) =>
    user
      ? `the server refused the user "${user}"; fix the user in SITREP_DB or the server's pg_hba.conf`
      : 'SITREP_DB names no user (and $USER is not set): write one in it, postgres://USER@HOST/DATABASE',
};

/** Whether the database answers a query now (readiness); throws with the driver's reason when not. */
export async function pingDatabase(db: Db): Promise<void> {
  await sql`select 1`.execute(db);
}
