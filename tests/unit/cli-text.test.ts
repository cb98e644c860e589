import { describe, expect, it } from 'vitest';
import { firstCycleProgress } from '../../src/cli/run.js';
import { clockTime, cycleSummary, relativeTime } from '../../src/cli/text.js';
import type { FeedPollReport } from '../../src/pipeline/poller.js';
import { plural } from '../../src/plural.js';

const now = new Date('2026-12-02T10:50:00Z');
const at = (ms: number) => new Date(now.getTime() + ms);

describe('words for people on the command line', () => {
  it('plurals: one, many, none, and irregular', () => {
    expect(plural(1, 'failure')).toBe('1 failure');
    expect(plural(2, 'failure')).toBe('2 failures');
    expect(plural(0, 'alert')).toBe('0 alerts');
    expect(plural(1, 'delivery', 'deliveries')).toBe('1 delivery');
    expect(plural(3, 'delivery', 'deliveries')).toBe('3 deliveries');
  });

  it('relative times, past and future, in minutes, hours and days', () => {
    expect(relativeTime(at(-10_000), now)).toBe('just now');
    expect(relativeTime(at(10_000), now)).toBe('in a few seconds');
    expect(relativeTime(at(-3 * 60_000), now)).toBe('3 min ago');
    expect(relativeTime(at(4 * 60_000 + 20_000), now)).toBe('in 4 min');
    expect(relativeTime(at(-5 * 3_600_000), now)).toBe('5 h ago');
    expect(relativeTime(at(-86_400_000), now)).toBe('1 day ago');
    expect(relativeTime(at(3 * 86_400_000), now)).toBe('in 3 days');
  });

  it('clock times: the hour today, the date too on another day', () => {
    expect(clockTime(at(5 * 60_000), now)).toBe('10:55 UTC');
    expect(clockTime(at(-86_400_000), now)).toBe('2026-12-01 10:50 UTC');
  });

  it('sums a poll cycle up in one line', () => {
    const report = (over: Partial<FeedPollReport>): FeedPollReport => ({ feedId: 'f', ok: true, status: 200, newItems: 0, alerts: 0, error: null, ...over });
    expect(
      cycleSummary([
        report({ newItems: 3, alerts: 1 }),
        report({ status: 304 }),
        report({ ok: false, status: 503, error: 'HTTP 503' }),
        report({ skipped: 'in-flight', status: null }),
      ]),
    ).toBe('3 feeds: 1 ok, 1 not modified, 1 failed; 3 new items; 1 alert');
    expect(cycleSummary([report({ newItems: 1 })])).toBe('1 feed: 1 ok, 0 not modified, 0 failed; 1 new item; 0 alerts');
  });
});

describe('the first cycle progress of sitrep run', () => {
  function terminal(isTTY: boolean) {
    const written: string[] = [];
    return { isTTY, written, write: (s: string) => written.push(s) > 0 };
  }

  it('shows on a terminal once the first cycle takes a while, is cleared at its end, and stays off later', () => {
    const out = terminal(true);
    let t = 0;
    const progress = firstCycleProgress(out, { now: () => new Date(t) });
    progress.feedPolled(1, 40);
    t = 1_000;
    progress.feedPolled(2, 40);
    expect(out.written).toEqual([]);
    t = 2_500;
    progress.feedPolled(3, 40);
    progress.feedPolled(4, 40);
    progress.cycleDone();
    expect(out.written).toEqual(['\rpolling feeds: 3/40\x1b[K', '\rpolling feeds: 4/40\x1b[K', '\r\x1b[K']);
    t = 60_000;
    progress.feedPolled(1, 40);
    t = 90_000;
    progress.feedPolled(2, 40);
    progress.cycleDone();
    expect(out.written).toHaveLength(3);
  });

  it('never shows when the output is not a terminal', () => {
    const out = terminal(false);
    let t = 0;
    const progress = firstCycleProgress(out, { now: () => new Date(t) });
    progress.feedPolled(1, 2);
    t = 10_000;
    progress.feedPolled(2, 2);
    progress.cycleDone();
    expect(out.written).toEqual([]);
  });
});
