import { describe, expect, it } from 'vitest';
import { MAX_BACKOFF_MS, MAX_HONOURED_DELAY_MS, MIN_FAILURES_TO_DISABLE, nextPollAfter, shouldDisable } from '../../src/feeds/backoff.js';

const now = new Date(Date.UTC(2026, 10, 25, 12));
const at = (ms: number) => new Date(now.getTime() + ms);
const interval = 5 * 60_000;

describe('nextPollAfter', () => {
  it('polls again after the interval on success', () => {
    expect(nextPollAfter({ now, intervalMs: interval, consecutiveFailures: 0, random: () => 0.99 })).toEqual(at(interval));
  });
  it('backs off exponentially with full jitter on failures, never sooner than the interval', () => {
    expect(nextPollAfter({ now, intervalMs: interval, consecutiveFailures: 3, random: () => 0.999999 })).toEqual(at(Math.floor(0.999999 * interval * 8)));
    expect(nextPollAfter({ now, intervalMs: interval, consecutiveFailures: 3, random: () => 0 })).toEqual(at(interval));
    expect(nextPollAfter({ now, intervalMs: interval, consecutiveFailures: 3, random: () => 0.5 })).toEqual(at(interval * 4));
  });
  it('spreads failing feeds out when left to Math.random', () => {
    const times = new Set(Array.from({ length: 20 }, () => nextPollAfter({ now, intervalMs: interval, consecutiveFailures: 6 }).getTime()));
    expect(times.size).toBeGreaterThan(1);
    for (const t of times) {
      expect(t).toBeGreaterThanOrEqual(now.getTime() + interval);
      expect(t).toBeLessThanOrEqual(now.getTime() + interval * 64);
    }
  });
  it('caps the backoff at 6 h, also after very many failures', () => {
    expect(nextPollAfter({ now, intervalMs: interval, consecutiveFailures: 10_000, random: () => 0.999999 })).toEqual(at(Math.floor(0.999999 * MAX_BACKOFF_MS)));
  });
  it('keeps an interval longer than the cap', () => {
    const day = 86_400_000;
    expect(nextPollAfter({ now, intervalMs: day, consecutiveFailures: 4, random: () => 0.9 })).toEqual(at(day));
  });
  it('honours the server lower bound, capped at 24 h', () => {
    expect(nextPollAfter({ now, intervalMs: interval, consecutiveFailures: 0, minNextPollMs: 3_600_000 })).toEqual(at(3_600_000));
    expect(nextPollAfter({ now, intervalMs: interval, consecutiveFailures: 0, minNextPollMs: 365 * 86_400_000 })).toEqual(at(MAX_HONOURED_DELAY_MS));
    expect(nextPollAfter({ now, intervalMs: interval, consecutiveFailures: 0, minNextPollMs: 1000 })).toEqual(at(interval));
    expect(nextPollAfter({ now, intervalMs: interval, consecutiveFailures: 2, minNextPollMs: 7_200_000, random: () => 0 })).toEqual(at(7_200_000));
  });
});

describe('shouldDisable', () => {
  const week = 7 * 86_400_000;
  it('disables after failing for the whole period since the feed last worked', () => {
    expect(shouldDisable({ now, failingSince: at(-week), consecutiveFailures: 50, disableAfterMs: week })).toBe(true);
    expect(shouldDisable({ now, failingSince: at(-week + 1), consecutiveFailures: 50, disableAfterMs: week })).toBe(false);
  });
  it('needs several failures in a row (a bot offline for a week does not disable feeds at once)', () => {
    expect(shouldDisable({ now, failingSince: at(-3 * week), consecutiveFailures: MIN_FAILURES_TO_DISABLE - 1, disableAfterMs: week })).toBe(false);
    expect(shouldDisable({ now, failingSince: at(-3 * week), consecutiveFailures: MIN_FAILURES_TO_DISABLE, disableAfterMs: week })).toBe(true);
  });
});
