import { type Clock, systemClock } from '../clock.js';
import { type Logger, silentLogger } from '../logger.js';

/** What `/readyz` and `status` read: whether the database answers, since when, and why not. */
export interface DatabaseHealthState {
  up: boolean;
  /** When the database last went up or down (ISO-8601). */
  since: string;
  /** The last availability error in words, while down; after recovery, the one that ended. */
  lastError: string | null;
}

/** Why the database cannot be used right now; the message names the file or server. */
export class StoreUnavailableError extends Error {
  constructor(message: string, cause?: unknown) {
    super(message, { cause });
    this.name = 'StoreUnavailableError';
  }
}

type Fault = 'full' | 'locked' | 'read-only' | 'cannot-open' | 'io' | 'connection';

/** PostgreSQL SQLSTATEs that mean the server, not the query, is the problem. */
const PG_FAULTS: Record<string, Fault> = {
  '53100': 'full', // disk_full
  '53200': 'io', // out_of_memory
  '53300': 'connection', // too_many_connections
  '57P01': 'connection', // admin_shutdown
  '57P02': 'connection', // crash_shutdown
  '57P03': 'connection', // cannot_connect_now (starting up, shutting down)
  '58030': 'io', // io_error
  '25006': 'read-only', // read_only_sql_transaction (a standby)
};

const SOCKET_ERRORS = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);

/** Messages of pg and Kysely for a connection that died, which carry no code. */
const CONNECTION_MESSAGES =
  /connection terminated|timeout exceeded when trying to connect|not queryable|connection has been discarded|server closed the connection/i;

/**
 * Classifies an error from the database driver: a fault of the database's surroundings (disk full,
 * locked by another process, server gone), which passes, or null for anything else (a bug, a
 * constraint), which does not.
 */
export function databaseFault(err: unknown): Fault | null {
  if (err instanceof StoreUnavailableError) return 'connection';
  const e = err as { code?: unknown; message?: unknown } | null;
  const code = typeof e?.code === 'string' ? e.code : '';
  if (code.startsWith('SQLITE_')) {
    if (/^SQLITE_(BUSY|LOCKED)/.test(code)) return 'locked';
    if (code === 'SQLITE_FULL') return 'full';
    if (code.startsWith('SQLITE_READONLY')) return 'read-only';
    if (code === 'SQLITE_CANTOPEN') return 'cannot-open';
    if (code.startsWith('SQLITE_IOERR') || code === 'SQLITE_PROTOCOL') return 'io';
    return null;
  }
  if (code === 'ENOSPC') return 'full';
  if (code === 'EROFS') return 'read-only';
  if (code in PG_FAULTS) return PG_FAULTS[code]!;
  if (code.startsWith('08') && code.length === 5) return 'connection'; // connection_exception class
  if (SOCKET_ERRORS.has(code)) return 'connection';
  return typeof e?.message === 'string' && CONNECTION_MESSAGES.test(e.message) ? 'connection' : null;
}

const FAULT_WORDS: Record<Fault, string> = {
  full: 'the disk holding the database is full',
  locked: 'the database is locked by another process',
  'read-only': 'the database is read-only',
  'cannot-open': 'the database file cannot be opened',
  io: 'disk I/O error on the database',
  connection: 'the database server is unavailable',
};

/**
 * One line for a store error: what is wrong, where, and the driver's own words. `diskFull` says
 * whether the disk is full now: SQLite reports some writes on a full disk as mere I/O errors.
 */
export function describeStoreError(err: unknown, location: string, diskFull: () => boolean = () => false): string {
  const message = (err as Error)?.message ?? String(err);
  if (err instanceof StoreUnavailableError) return message;
  const seen = databaseFault(err);
  const fault = (seen === 'io' || seen === 'cannot-open') && diskFull() ? 'full' : seen;
  return fault ? `${FAULT_WORDS[fault]} (${location}): ${message}` : `database error (${location}): ${message}`;
}

const FIRST_RETRY_MS = 1_000;
const LONGEST_RETRY_MS = 60_000;
/** After a fault, writes must go on succeeding this long before the episode counts as over. */
const CONFIRM_MS = 10_000;

/**
 * The database's health as the process sees it, from the outcome of its statements. The first
 * availability fault starts an episode (logged once): work that needs the store then waits for
 * `available()`, which lets attempts through after a backoff (1 s, doubling, at most a minute). A
 * write that succeeds after that starts a recovery; the episode ends (logged once) when writes have
 * gone on succeeding for 10 s, and a fault during recovery belongs to the same episode. A store
 * that takes some writes and refuses others (a full disk takes small updates) is one episode, not
 * a flapping one. A fault that cannot pass by itself (the database file was deleted under the
 * process) keeps it down until restart.
 */
export class DatabaseHealth {
  private phase: 'up' | 'down' | 'recovering' = 'up';
  private since: Date;
  private recoveringSince = 0;
  private lastError: string | null = null;
  private failures = 0;
  private retryAt = 0;
  private permanent: string | null = null;
  /** While the database is being opened, a failure is the opening's error to report, not an episode to log. */
  private opening = false;

  constructor(
    private readonly location: string,
    private readonly log: Logger = silentLogger,
    private readonly clock: Clock = systemClock,
    /** Checks that the database is still where it was opened; returns what is wrong, or null. */
    private readonly verify: () => string | null = () => null,
    private readonly describe: (err: unknown) => string = (err) => describeStoreError(err, location),
  ) {
    this.since = clock.now();
  }

  /** Up only once an episode is over: while recovering, `/readyz` still says not ready. */
  state(): DatabaseHealthState {
    this.check();
    return { up: this.phase === 'up', since: this.since.toISOString(), lastError: this.lastError };
  }

  /** Whether to attempt work that needs the database now: unless down and the backoff is running. */
  available(): boolean {
    this.check();
    if (this.permanent) return false;
    return this.phase !== 'down' || this.clock.now().getTime() >= this.retryAt;
  }

  /** Records a failed statement; only availability faults count. Returns whether it was one. */
  failed(err: unknown): boolean {
    if (!databaseFault(err)) return false;
    const reason = this.describe(err);
    const now = this.clock.now();
    this.lastError = reason;
    // The wait grows per attempt: statements that fail together (several workers, several
    // processes' pools) are one attempt, or a short outage would leave a minute's wait behind it.
    if (this.phase === 'up' || now.getTime() >= this.retryAt) this.failures++;
    this.retryAt = Math.max(this.retryAt, now.getTime() + Math.min(LONGEST_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.min(this.failures - 1, 16)));
    if (this.phase === 'up') {
      this.since = now;
      if (!this.opening) this.log.error({ db: this.location, err: reason }, 'database unavailable; work waits and is retried with backoff, nothing is lost');
    }
    this.phase = 'down';
    return true;
  }

  /** Marks the time the database is being opened (true) and when it is open (false). */
  setOpening(opening: boolean): void {
    this.opening = opening;
  }

  /** Records a write that succeeded: a recovery starts, or goes on, or ends the episode. */
  succeeded(): void {
    if (this.phase === 'up' || this.permanent) return;
    const now = this.clock.now().getTime();
    if (this.phase === 'down') {
      this.phase = 'recovering';
      this.recoveringSince = now;
      return;
    }
    this.endRecoveryIfConfirmed();
  }

  /** A recovery with no fault for CONFIRM_MS ends the episode, whether or not writes went on: an idle bot also recovers. */
  private endRecoveryIfConfirmed(): void {
    const now = this.clock.now().getTime();
    if (this.phase !== 'recovering' || now - this.recoveringSince < CONFIRM_MS) return;
    this.log.info({ db: this.location, downForMs: now - this.since.getTime() }, 'database is back; resuming work');
    this.phase = 'up';
    this.since = this.clock.now();
    this.failures = 0;
  }

  private check(): void {
    this.endRecoveryIfConfirmed();
    if (this.permanent) return;
    const problem = this.verify();
    if (!problem) return;
    this.permanent = problem;
    this.lastError = problem;
    if (this.phase === 'up') this.since = this.clock.now();
    this.phase = 'down';
    this.log.error({ db: this.location, err: problem }, 'database lost; work has stopped until Sitrep is restarted');
  }
}
