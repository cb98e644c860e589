import type { FeedPollReport } from '../pipeline/poller.js';
import { plural } from '../plural.js';

/** How far `at` is from `now`, in words: "just now", "in 4 min", "3 h ago", "2 days ago". */
export function relativeTime(at: Date, now: Date): string {
  const ms = at.getTime() - now.getTime();
  const abs = Math.abs(ms);
  if (abs < 45_000) return ms > 0 ? 'in a few seconds' : 'just now';
  const amount =
    abs < 3_600_000 ? `${Math.round(abs / 60_000)} min` : abs < 86_400_000 ? `${Math.round(abs / 3_600_000)} h` : plural(Math.round(abs / 86_400_000), 'day');
  return ms > 0 ? `in ${amount}` : `${amount} ago`;
}

// Largest first: a duration is said in the largest unit that holds it exactly.
const DURATION_UNITS: ReadonlyArray<[ms: number, say: (n: number) => string]> = [
  [86_400_000, (n) => plural(n, 'day')],
  [3_600_000, (n) => `${n} h`],
  [60_000, (n) => `${n} min`],
  [1_000, (n) => `${n} s`],
  [1, (n) => `${n} ms`],
];

/** A configured duration as written, never rounded: "90 s", "5 min", "2 h", "1 day". */
export function durationText(ms: number): string {
  const [unit, say] = DURATION_UNITS.find(([unit]) => ms % unit === 0) ?? DURATION_UNITS.at(-1)!;
  return say(Math.round(ms / unit));
}

/** A time for people: "10:55 UTC" today, else "2026-12-01 10:55 UTC". */
export function clockTime(at: Date, now: Date): string {
  const iso = at.toISOString();
  return `${iso.slice(0, 10) === now.toISOString().slice(0, 10) ? '' : `${iso.slice(0, 10)} `}${iso.slice(11, 16)} UTC`;
}

/** One line for a poll cycle: "4 feeds: 2 ok, 1 not modified, 1 failed; 7 new items; 2 alerts". */
export function cycleSummary(reports: readonly FeedPollReport[]): string {
  const polled = reports.filter((r) => r.skipped !== 'in-flight');
  const failed = polled.filter((r) => !r.ok).length;
  const notModified = polled.filter((r) => r.ok && r.status === 304).length;
  const ok = polled.length - failed - notModified;
  const newItems = polled.reduce((n, r) => n + r.newItems, 0);
  const alerts = polled.reduce((n, r) => n + r.alerts, 0);
  return `${plural(polled.length, 'feed')}: ${ok} ok, ${notModified} not modified, ${failed} failed; ${plural(newItems, 'new item')}; ${plural(alerts, 'alert')}`;
}
