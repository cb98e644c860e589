import { describe, expect, it } from 'vitest';
import { MAX_BACKOFF_MS, MAX_HONOURED_DELAY_MS, MIN_FAILURES_TO_DISABLE, nextPollAfter, shouldDisable } from '../../src/feeds/backoff.js';

const now = Date.UTC(2026, 10, 25, 12);
const interval = 5 * 60_000;

describe('nextPollAfter', () => {
  it('polls again after the interval on success', () => {
    expect(nextPollAfter({ now, intervalMs: interval, consecutiveFailures: 0, random: () => 0.99 })).toBe(now + interval);
  });
  it('backs off exponentially with full jitter on failures, never sooner than the interval', () => {
    expect(nextPollAfter({ now, intervalMs: interval, consecutiveFailures: 3, random: () => 0.999999 })).toBe(now + Math.floor(0.999999 * interval * 8));
    expect(nextPollAfter({ now, intervalMs: interval, consecutiveFailures: 3, random: () => 0 })).toBe(now + interval);
    expect(nextPollAfter({ now, intervalMs: interval, consecutiveFailures: 3, random: () => 0.5 })).toBe(now + interval * 4);
  });
  it('caps the backoff at 6 h, also after very many failures', () => {
    expect(nextPollAfter({ now, intervalMs: interval, consecutiveFailures: 10_000, random: () => 0.999999 })).toBe(now + Math.floor(0.999999 * MAX_BACKOFF_MS));
  });
  it('keeps an interval longer than the cap', () => {
    const day = 86_400_000;
    expect(nextPollAfter({ now, intervalMs: day, consecutiveFailures: 4, random: () => 0.9 })).toBe(now + day);
  });
  it('honours the server lower bound, capped at 24 h', () => {
    expect(nextPollAfter({ now, intervalMs: interval, consecutiveFailures: 0, minNextPollMs: 3_600_000, random: Math.random })).toBe(now + 3_600_000);
    expect(nextPollAfter({ now, intervalMs: interval, consecutiveFailures: 0, minNextPollMs: 365 * 86_400_000, random: Math.random })).toBe(
      now + MAX_HONOURED_DELAY_MS,
    );
    expect(nextPollAfter({ now, intervalMs: interval, consecutiveFailures: 0, minNextPollMs: 1000, random: Math.random })).toBe(now + interval);
  });
});

describe('shouldDisable', () => {
  const week = 7 * 86_400_000;
  it('disables after failing for the whole period since the last success', () => {
    expect(shouldDisable({ now, lastSuccessAt: now - week, firstFailureAt: null, consecutiveFailures: 50, disableAfterMs: week })).toBe(true);
    expect(shouldDisable({ now, lastSuccessAt: now - week + 1, firstFailureAt: null, consecutiveFailures: 50, disableAfterMs: week })).toBe(false);
  });
  it('uses the first failure for a feed that never worked', () => {
    expect(shouldDisable({ now, lastSuccessAt: null, firstFailureAt: now - week - 1, consecutiveFailures: 50, disableAfterMs: week })).toBe(true);
    expect(shouldDisable({ now, lastSuccessAt: null, firstFailureAt: null, consecutiveFailures: 50, disableAfterMs: week })).toBe(false);
  });
  it('needs several failures in a row (a bot offline for a week does not disable feeds at once)', () => {
    expect(
      shouldDisable({ now, lastSuccessAt: now - 3 * week, firstFailureAt: null, consecutiveFailures: MIN_FAILURES_TO_DISABLE - 1, disableAfterMs: week }),
    ).toBe(false);
    expect(shouldDisable({ now, lastSuccessAt: now - 3 * week, firstFailureAt: null, consecutiveFailures: 0, disableAfterMs: week })).toBe(false);
  });
});
