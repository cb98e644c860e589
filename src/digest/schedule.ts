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

/** The 24 hours a daily digest at `hour` (local time in `timeZone`) covers: the latest ending at or before `now`. */
export function latestDailyPeriod(now: Date, hour: number, timeZone: string): DigestPeriod {
  const local = DateTime.fromJSDate(now, { zone: timeZone });
  let end = local.set({ hour, minute: 0, second: 0, millisecond: 0 });
  if (end > local) end = end.minus({ days: 1 });
  return { start: end.minus({ days: 1 }).toJSDate(), end: end.toJSDate(), timeZone };
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
