import { type DeliveryResult, type Sink, SinkClosedError, type SinkName } from '../alerts/sink.js';
import type { Clock } from '../clock.js';
import type { Logger } from '../logger.js';
import { metrics } from '../metrics.js';
import { instanceId, senderIsDead } from '../store/coordination.js';
import type { Db } from '../store/database.js';
import { claimDue, claimHolders, type DeliveryOutcome, type OutboxEntry, recordOutcomes, releaseClaims } from '../store/outbox.js';

export interface DispatchSummary {
  sent: number;
  retried: number;
  held: number;
  failed: number;
}

export interface DispatcherOptions {
  /** Rows claimed per round. */
  batch?: number;
  /** How long a claim holds; a sender that dies leaves its rows to others after this. */
  leaseMs?: number;
}

const BASE_RETRY_MS = 1_000;
const MAX_RETRY_MS = 5 * 60_000;
const DEFAULT_LEASE_MS = 2 * 60_000;
/** A row is sent only while its claim has at least this long left: more than one send can take. */
const SEND_MARGIN_MS = 60_000;

/** Exponential backoff with full jitter: attempt 0 waits up to 1 s, then 2 s, 4 s… capped at 5 min. */
export function retryDelayMs(attempts: number, random: () => number = Math.random): number {
  const cap = Math.min(MAX_RETRY_MS, BASE_RETRY_MS * 2 ** Math.min(attempts, 20));
  return Math.max(BASE_RETRY_MS / 2, Math.round(cap * random()));
}

type Outcome = { entry: OutboxEntry; result: DeliveryResult };

/**
 * Sends what the outbox holds, through the sink of each row, and records the outcome. Each row is
 * claimed for a while before it is sent, so no two senders (this process's timer and poller, or
 * other processes on PostgreSQL) send it at once; `drain` is single-flight within the process.
 * Rows stay pending until a sink confirms them, so a crash at any point loses nothing. Outcomes
 * are recorded once per round of `batch` rows, in one transaction; a resend after a crash between
 * send and record (at most one round) carries the same nonce (Discord drops the copy; the console
 * prints it again). An outcome that cannot be recorded because the store failed is kept
 * and recorded first when the store is back, so it is not sent again.
 */
export class Dispatcher {
  readonly owner: string;
  private readonly batch: number;
  private readonly leaseMs: number;
  private running: Promise<DispatchSummary> | null = null;
  private again = false;
  private stopping = false;
  private recovered = false;
  private readonly unrecorded = new Map<string, Outcome>();
  private readonly closed = new Map<SinkName, SinkClosedError>();

  constructor(
    private readonly db: Db,
    private readonly sinks: Partial<Record<SinkName, Sink>>,
    private readonly clock: Clock,
    private readonly log: Logger,
    opts: DispatcherOptions & { owner?: string } = {},
  ) {
    this.owner = opts.owner ?? instanceId();
    this.batch = opts.batch ?? 20;
    this.leaseMs = opts.leaseMs ?? DEFAULT_LEASE_MS;
  }

  /** Why a sink stopped taking alerts (its output closed or full), if one did. */
  get sinkFailure(): SinkClosedError | null {
    return this.closed.values().next().value ?? null;
  }

  /**
   * Delivers every row due now; rows that must wait (retries) are left for a later call. Calls
   * while a drain runs join it, and it goes round once more for them. Throws when the store fails.
   */
  drain(): Promise<DispatchSummary> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      const total: DispatchSummary = { sent: 0, retried: 0, held: 0, failed: 0 };
      try {
        do {
          this.again = false;
          const s = await this.drainOnce();
          for (const k of Object.keys(total) as (keyof DispatchSummary)[]) total[k] += s[k];
        } while (this.again && !this.stopping);
        return total;
      } finally {
        this.running = null;
      }
    })();
    return this.running;
  }

  /**
   * Records outcomes a failing store could not take (messages sent but not marked): true when none
   * is left. Without this before exiting, those messages would be sent again by the next run.
   */
  async recordUnrecorded(): Promise<boolean> {
    try {
      await this.flushUnrecorded({ sent: 0, retried: 0, held: 0, failed: 0 });
      return true;
    } catch {
      return false;
    }
  }

  private async flushUnrecorded(summary: DispatchSummary): Promise<void> {
    const outcomes = [...this.unrecorded.values()];
    await this.record(outcomes, summary);
    for (const { entry } of outcomes) this.unrecorded.delete(entry.id);
  }

  /** Stops after the row in hand and gives up this sender's claims, so a restart sends them at once. */
  async stop(): Promise<void> {
    this.stopping = true;
    await this.running?.catch(() => {});
    await releaseClaims(this.db, [this.owner]).catch((err) => this.log.warn({ err: (err as Error).message }, 'could not release outbox claims'));
  }

  private async drainOnce(): Promise<DispatchSummary> {
    const summary: DispatchSummary = { sent: 0, retried: 0, held: 0, failed: 0 };
    await this.flushUnrecorded(summary);
    // Claims left by an earlier drain that the store cut short: no row of this sender is in hand now.
    const holders = await claimHolders(this.db);
    const released = holders.filter((h) => h === this.owner || (!this.recovered && senderIsDead(h, this.owner)));
    if (released.length) {
      const rows = await releaseClaims(this.db, released);
      if (released.some((h) => h !== this.owner)) this.log.info({ rows, senders: released }, 'released the outbox claims of senders that died');
    }
    this.recovered = true;
    // Targets found broken during this drain: their other rows are not tried again now.
    const brokenTargets = new Set<string>();
    const tried = new Set<string>();
    for (;;) {
      const names = (Object.keys(this.sinks) as SinkName[]).filter((n) => !this.closed.has(n));
      if (this.stopping) return summary;
      const claimed = await claimDue(this.db, { owner: this.owner, now: this.clock.now(), leaseMs: this.leaseMs, limit: this.batch, sinks: names });
      const due = claimed.filter((e) => !tried.has(e.id));
      if (due.length === 0) {
        if (claimed.length) await releaseClaims(this.db, [this.owner]);
        return summary;
      }
      const outcomes: Outcome[] = [];
      for (const entry of due) {
        tried.add(entry.id);
        const late = this.clock.now().getTime() + SEND_MARGIN_MS > entry.claimedUntil.getTime();
        if (this.stopping || late || this.closed.has(entry.sink) || brokenTargets.has(`${entry.sink}:${entry.target}`)) continue;
        const result = await this.send(entry);
        if (!result) continue;
        if (result.status === 'held') brokenTargets.add(`${entry.sink}:${entry.target}`);
        outcomes.push({ entry, result });
      }
      // The round's outcomes in one transaction. Claims hold until then (no other sender takes the
      // rows); a crash before it sends them again, with the same nonces.
      await this.record(outcomes, summary).catch((err) => {
        for (const o of outcomes) this.unrecorded.set(o.entry.id, o);
        throw err;
      });
      // Rows skipped above (stopping, claim running out, sink closed, target broken, tried already)
      // are due again; recording an outcome gave its row's claim up already.
      if (outcomes.length < claimed.length) await releaseClaims(this.db, [this.owner]);
    }
  }

  /** Sends one row; null when its sink closed (the row stays due). */
  private async send(entry: OutboxEntry): Promise<DeliveryResult | null> {
    const sink = this.sinks[entry.sink]!;
    let result: DeliveryResult;
    try {
      result = await sink.deliver({
        outboxId: entry.id,
        alert: entry.alert,
        target: entry.target,
        nonce: entry.nonce,
        subscriptionIds: entry.subscriptionIds,
        attempts: entry.attempts,
      });
    } catch (err) {
      if (err instanceof SinkClosedError) {
        // Reported by the caller (`sinkFailure`), once.
        this.closed.set(entry.sink, err);
        return null;
      }
      // A sink that throws has a bug or met something unforeseen: keep the row and try again.
      result = { status: 'retry', reason: `unexpected error: ${(err as Error).message}` };
    }
    metrics.deliveries.inc({ sink: entry.sink, outcome: result.status });
    if (result.status === 'sent') {
      metrics.deliveryLatency.observe({ sink: entry.sink }, Math.max(0, (this.clock.now().getTime() - Date.parse(entry.alert.published)) / 1000));
    }
    return result;
  }

  /** Records outcomes in one transaction, then counts and logs them. */
  private async record(outcomes: readonly Outcome[], summary: DispatchSummary): Promise<void> {
    const now = this.clock.now();
    const waits = outcomes.map(({ entry, result }) =>
      result.status === 'retry'
        ? Math.max(result.retryAfterMs ?? 0, retryDelayMs(entry.attempts))
        : result.status === 'held'
          ? retryDelayMs(entry.attempts)
          : 0,
    );
    await recordOutcomes(
      this.db,
      outcomes.map(({ entry, result }, i): DeliveryOutcome => {
        if (result.status === 'sent') return { id: entry.id, status: 'sent', messageId: result.messageId };
        if (result.status === 'failed') return { id: entry.id, status: 'failed', reason: result.reason };
        return { id: entry.id, status: 'retry', reason: result.reason, nextAttempt: new Date(now.getTime() + waits[i]!) };
      }),
      now,
    );
    for (const [i, { entry, result }] of outcomes.entries()) {
      if (result.status === 'sent') {
        summary.sent++;
      } else if (result.status === 'retry') {
        this.log.warn({ outbox: entry.id, target: entry.target, reason: result.reason, waitMs: waits[i] }, 'delivery will be retried');
        summary.retried++;
      } else if (result.status === 'held') {
        this.log.warn({ outbox: entry.id, target: entry.target, reason: result.reason }, 'delivery held until the target is fixed');
        summary.held++;
      } else {
        this.log.error({ outbox: entry.id, target: entry.target, reason: result.reason }, 'delivery failed');
        summary.failed++;
      }
    }
  }
}
