/** When daily digests are due, and the shapes the scheduler, the store and the posters share. */
import { DateTime } from 'luxon';
import type { DigestJob } from '../maps/index.js';
import type { DigestPeriod, DigestSummary } from './summary.js';

/** One daily digest to post: a subscription's, or one from the config file. */
export interface DigestSchedule {
  /** Unique and stable: the claim key. */
  key: string;
  ruleId: string;
  /** The server whose rule it is; null for config rules. */
  guildId: string | null;
  /** Discord channel; null for the console. */
  channel: string | null;
  subscriptionId: string | null;
  hour: number;
  timeZone: string;
  /** Periods that ended before this are not posted (a new subscription does not get yesterday's). */
  since: Date;
}

/**
 * The local day a daily digest at `hour` stands for, as an instant: that calendar date at that hour
 * in `timeZone`. Built from the date, never by adding days to an instant, so a clock change between
 * two days moves neither end. An hour the clocks skip that day becomes the first instant after it;
 * an hour they repeat counts once (luxon takes its occurrence after the change).
 */
function dailyInstant(date: DateTime, hour: number, timeZone: string): DateTime {
  return DateTime.fromObject({ year: date.year, month: date.month, day: date.day, hour }, { zone: timeZone });
}

/**
 * The period a daily digest at `hour` (local time in `timeZone`) covers: the latest ending at or
 * before `now`, from the same hour the local day before. Usually 24 hours; 23 or 25 across a clock
 * change, so that consecutive periods follow each other exactly and each local day has one.
 */
export function latestDailyPeriod(now: Date, hour: number, timeZone: string): DigestPeriod {
  // Calendar arithmetic on the local date alone (in UTC, where every day has 24 hours).
  const local = DateTime.fromJSDate(now, { zone: timeZone });
  const today = DateTime.fromObject({ year: local.year, month: local.month, day: local.day }, { zone: 'UTC' });
  const endDay = dailyInstant(today, hour, timeZone).toMillis() > now.getTime() ? today.minus({ days: 1 }) : today;
  const end = dailyInstant(endDay, hour, timeZone);
  const start = dailyInstant(endDay.minus({ days: 1 }), hour, timeZone);
  return { start: start.toJSDate(), end: end.toJSDate(), timeZone };
}

export interface Digest {
  summary: DigestSummary;
  /** The picture: every incident of the period on a map beside the two-week chart. */
  job: DigestJob;
}

/** Where digests go: Discord or the console. Returns the message id when there is one. */
export interface DigestPoster {
  post(schedule: DigestSchedule, digest: Digest, picture: Uint8Array | null, nonce: string): Promise<string | null>;
}
