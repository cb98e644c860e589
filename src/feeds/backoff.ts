/** When to poll a feed next, and when to give up on it: pure policy, the clock and dice passed in. */

/** Longest wait between two tries of a failing feed (unless its normal interval is longer). */
export const MAX_BACKOFF_MS = 6 * 3_600_000;
/** A server's Cache-Control/Retry-After is honoured up to this: a year-long max-age must not silence a feed. */
export const MAX_HONOURED_DELAY_MS = 24 * 3_600_000;
/** A feed is disabled only after at least this many failures in a row, however long ago the last success. */
export const MIN_FAILURES_TO_DISABLE = 5;

export interface NextPollInput {
  /** Epoch ms. */
  now: number;
  /** The feed's normal interval. */
  intervalMs: number;
  /** 0 after a success (or 304). */
  consecutiveFailures: number;
  /** Lower bound from the server (FetchResult/FeedError.minNextPollMs). */
  minNextPollMs?: number | null;
  /** A number in [0, 1), e.g. Math.random. */
  random: () => number;
}

/**
 * Epoch ms of the next poll. Success: now + interval. Failure n: exponential backoff with full
 * jitter, a random delay in [0, interval·2ⁿ] capped at 6 h, never sooner than the normal interval.
 * A server's lower bound (capped at 24 h) always holds.
 */
export function nextPollAfter(input: NextPollInput): number {
  const { now, intervalMs, consecutiveFailures } = input;
  let delay = intervalMs;
  if (consecutiveFailures > 0) {
    const ceiling = Math.max(intervalMs, Math.min(MAX_BACKOFF_MS, intervalMs * 2 ** Math.min(consecutiveFailures, 30)));
    delay = Math.max(intervalMs, Math.floor(input.random() * ceiling));
  }
  const serverBound = Math.min(input.minNextPollMs ?? 0, MAX_HONOURED_DELAY_MS);
  return now + Math.max(delay, serverBound);
}

export interface DisableInput {
  now: number;
  /** Epoch ms of the last successful poll, null if none. */
  lastSuccessAt: number | null;
  /** Epoch ms of the first failure of a feed that never succeeded (e.g. feed_state.first_poll_at or its creation). */
  firstFailureAt: number | null;
  consecutiveFailures: number;
  disableAfterMs: number;
}

/**
 * True when a feed has failed for disableAfterMs (default 7 days) since its last success (or since
 * it started failing, if it never succeeded) and at least MIN_FAILURES_TO_DISABLE times in a row:
 * a bot that was offline for a week does not disable feeds on the first failure after restart.
 */
export function shouldDisable(input: DisableInput): boolean {
  if (input.consecutiveFailures < MIN_FAILURES_TO_DISABLE) return false;
  const since = input.lastSuccessAt ?? input.firstFailureAt;
  return since !== null && input.now - since >= input.disableAfterMs;
}
