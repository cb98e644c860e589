import type { Sink, SinkName } from '../alerts/sink.js';
import type { Clock } from '../clock.js';
import type { Logger } from '../logger.js';
import { metrics } from '../metrics.js';
import type { Db } from '../store/database.js';
import { dueEntries, markFailed, markRetry, markSent } from '../store/outbox.js';

export interface DispatchSummary {
  sent: number;
  retried: number;
  held: number;
  failed: number;
}

const BASE_RETRY_MS = 1_000;
const MAX_RETRY_MS = 5 * 60_000;

/** Exponential backoff with full jitter: attempt 0 waits up to 1 s, then 2 s, 4 s… capped at 5 min. */
export function retryDelayMs(attempts: number, random: () => number = Math.random): number {
  const cap = Math.min(MAX_RETRY_MS, BASE_RETRY_MS * 2 ** Math.min(attempts, 20));
  return Math.max(BASE_RETRY_MS / 2, Math.round(cap * random()));
}

/**
 * Sends what the outbox holds, through the sink of each row, and records the outcome. Rows stay
 * pending until a sink confirms them, so a crash at any point loses nothing; a resend after a
 * crash between send and record carries the same nonce.
 */
export class Dispatcher {
  constructor(
    private readonly db: Db,
    private readonly sinks: Partial<Record<SinkName, Sink>>,
    private readonly clock: Clock,
    private readonly log: Logger,
  ) {}

  /** Delivers every row due now; rows that must wait (retries) are left for a later call. */
  async drain(batch = 50): Promise<DispatchSummary> {
    const summary: DispatchSummary = { sent: 0, retried: 0, held: 0, failed: 0 };
    // Subscriptions found broken during this drain: their remaining rows are not tried again now.
    const heldSubscriptions = new Set<string>();
    const names = Object.keys(this.sinks) as SinkName[];
    const tried = new Set<string>();
    for (;;) {
      const due = (await dueEntries(this.db, this.clock.now(), batch, names)).filter((e) => !tried.has(e.id));
      if (due.length === 0) return summary;
      for (const entry of due) {
        tried.add(entry.id);
        if (entry.subscriptionId && heldSubscriptions.has(entry.subscriptionId)) continue;
        const sink = this.sinks[entry.sink]!;
        let result: Awaited<ReturnType<typeof sink.deliver>>;
        try {
          result = await sink.deliver({
            outboxId: entry.id,
            alert: entry.alert,
            target: entry.target,
            nonce: entry.nonce,
            subscriptionId: entry.subscriptionId,
            attempts: entry.attempts,
          });
        } catch (err) {
          // A sink that throws has a bug or met something unforeseen: keep the row and try again.
          result = { status: 'retry' as const, reason: `unexpected error: ${(err as Error).message}` };
        }
        const now = this.clock.now();
        metrics.deliveries.inc({ sink: entry.sink, outcome: result.status });
        if (result.status === 'sent') {
          metrics.deliveryLatency.observe({ sink: entry.sink }, Math.max(0, (now.getTime() - Date.parse(entry.alert.published)) / 1000));
          await markSent(this.db, entry.id, result.messageId, now);
          summary.sent++;
        } else if (result.status === 'retry') {
          const wait = Math.max(result.retryAfterMs ?? 0, retryDelayMs(entry.attempts));
          await markRetry(this.db, entry.id, result.reason, new Date(now.getTime() + wait));
          this.log.warn({ outbox: entry.id, target: entry.target, reason: result.reason, waitMs: wait }, 'delivery will be retried');
          summary.retried++;
        } else if (result.status === 'held') {
          await markRetry(this.db, entry.id, result.reason, new Date(now.getTime() + retryDelayMs(entry.attempts)));
          if (entry.subscriptionId) heldSubscriptions.add(entry.subscriptionId);
          this.log.warn({ outbox: entry.id, target: entry.target, reason: result.reason }, 'delivery held until the target is fixed');
          summary.held++;
        } else {
          await markFailed(this.db, entry.id, result.reason);
          this.log.error({ outbox: entry.id, target: entry.target, reason: result.reason }, 'delivery failed');
          summary.failed++;
        }
      }
    }
  }
}
