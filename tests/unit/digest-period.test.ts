import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { latestDailyPeriod } from '../../src/digest/schedule.js';

/**
 * The periods a daily digest posts, walked in small steps across the days clocks change. A digest is
 * claimed by its period's end, so every period must end once and only once per local day, and the
 * periods must follow each other with no hour left out and none counted twice.
 */
const STEP_MS = 20 * 60_000;

function periodsSeen(zone: string, hour: number, from: string, to: string) {
  const ends = new Map<number, number>();
  for (let t = Date.parse(from); t < Date.parse(to); t += STEP_MS) {
    const p = latestDailyPeriod(new Date(t), hour, zone);
    expect(p.end.getTime()).toBeLessThanOrEqual(t);
    const start = ends.get(p.end.getTime());
    if (start !== undefined) expect(p.start.getTime()).toBe(start);
    ends.set(p.end.getTime(), p.start.getTime());
  }
  return [...ends.entries()].sort((a, b) => a[0] - b[0]).map(([end, start]) => ({ start, end }));
}

// Spring and autumn changes in Europe (29 Mar, 25 Oct 2026) and North America (8 Mar, 1 Nov 2026),
// and Chile's, whose clocks jump at midnight (5 Apr, 6 Sep 2026).
const windows: [string, string, string][] = [
  ['Europe/Berlin', '2026-03-26T00:00:00Z', '2026-04-02T00:00:00Z'],
  ['Europe/Berlin', '2026-10-22T00:00:00Z', '2026-10-29T00:00:00Z'],
  ['America/New_York', '2026-03-05T00:00:00Z', '2026-03-12T00:00:00Z'],
  ['America/New_York', '2026-10-29T00:00:00Z', '2026-11-05T00:00:00Z'],
  ['America/Santiago', '2026-04-02T00:00:00Z', '2026-04-09T00:00:00Z'],
  ['America/Santiago', '2026-09-03T00:00:00Z', '2026-09-10T00:00:00Z'],
];

describe('daily digest periods across clock changes', () => {
  for (const [zone, from, to] of windows) {
    it(`${zone} ${from.slice(0, 10)}: one period per local day, each starting where the last ended`, () => {
      for (const hour of [0, 1, 2, 3, 7, 23]) {
        const periods = periodsSeen(zone, hour, from, to);
        for (let k = 1; k < periods.length; k++) expect({ hour, start: periods[k]!.start }).toEqual({ hour, start: periods[k - 1]!.end });
        const days = periods.map((p) => DateTime.fromMillis(p.end, { zone }).toISODate());
        expect({ hour, days: new Set(days).size }).toEqual({ hour, days: periods.length });
      }
    });
  }

  it('ends at the local hour on an ordinary day, and at the first instant after a skipped hour', () => {
    expect(latestDailyPeriod(new Date('2026-06-10T09:00:00Z'), 7, 'Europe/Berlin').end.toISOString()).toBe('2026-06-10T05:00:00.000Z');
    // 02:00 does not exist in Berlin on 29 March 2026: the clocks go from 02:00 to 03:00 (01:00 UTC).
    const skipped = latestDailyPeriod(new Date('2026-03-29T06:00:00Z'), 2, 'Europe/Berlin');
    expect(skipped.end.toISOString()).toBe('2026-03-29T01:00:00.000Z');
    expect(skipped.start.toISOString()).toBe('2026-03-28T01:00:00.000Z');
  });
});
