/** When to poll a feed next, and when to give up on it: pure policy, the clock (and dice) passed in. */

/** Longest wait between two tries of a failing feed (unless its normal interval is longer). */
export const MAX_BACKOFF_MS = 6 * 3_600_000;
/** A server's Cache-Control/Retry-After is honoured up to this: a year-long max-age must not silence a feed. */
export const MAX_HONOURED_DELAY_MS = 24 * 3_600_000;
/** A feed is disabled only after at least this many failures in a row, however long ago the last success. */
export const MIN_FAILURES_TO_DISABLE = 5;

export interface NextPollInput {
  now: Date;
  /** The feed's normal interval. */
  intervalMs: number;
  /** 0 after a success (or 304); 1 after the first failure, and so on. */
  consecutiveFailures: number;
  /** Lower bound from the server (FetchResult.minNextPollMs, FeedError.minNextPollMs for Retry-After on 429/503). */
  minNextPollMs?: number | null;
  /** A number in [0, 1); Math.random unless a test passes its own. */
  random?: () => number;
}

/**
 * The next poll time. Success: now + interval. Failure n: exponential backoff with full jitter,
 * a random delay in [0, interval·2ⁿ] capped at 6 h, never sooner than the normal interval.
 * A server's lower bound (capped at 24 h) always holds.
 */
export function nextPollAfter(input: NextPollInput): Date {
  const { now, intervalMs, consecutiveFailures } = input;
  let delay = intervalMs;
  if (consecutiveFailures > 0) {
    const ceiling = Math.max(intervalMs, Math.min(MAX_BACKOFF_MS, intervalMs * 2 ** Math.min(consecutiveFailures, 30)));
    delay = Math.max(intervalMs, Math.floor((input.random ?? Math.random)() * ceiling));
  }
  const serverBound = Math.min(input.minNextPollMs ?? 0, MAX_HONOURED_DELAY_MS);
  return new Date(now.getTime() + Math.max(delay, serverBound));
}

export interface DisableInput {
  now: Date;
  /** The last successful poll, or when failing began for a feed that never succeeded (its first poll). */
  failingSince: Date;
  /** Including the failure just recorded. */
  consecutiveFailures: number;
  disableAfterMs: number;
}

/**
 * True when a feed has failed for disableAfterMs (default 7 days) since it last worked and at
 * least MIN_FAILURES_TO_DISABLE times in a row: a bot that was offline for a week does not
 * disable feeds on the first failure after restart.
 */
export function shouldDisable(input: DisableInput): boolean {
  if (input.consecutiveFailures < MIN_FAILURES_TO_DISABLE) return false;
  return input.now.getTime() - input.failingSince.getTime() >= input.disableAfterMs;
}
