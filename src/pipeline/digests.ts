/**
 * The daily SITREP: which digests are due, the claim that posts each period once, and the digest
 * itself (a rule tested on the stored reports of the last two weeks, summed up). The clock is
 * injected; node-cron only wakes the scheduler every minute.
 */
import cron, { type ScheduledTask } from 'node-cron';
import type { Clock } from '../clock.js';
import type { Rule } from '../config/rule-schema.js';
import type { DigestConfig } from '../config/schema.js';
import { type Digest, type DigestPoster, type DigestSchedule, latestDailyPeriod } from '../digest/schedule.js';
import { type DigestPeriod, digestJob, summarizeDigest } from '../digest/summary.js';
import { prepareDocument } from '../extract/normalize.js';
import type { Incident } from '../incidents/incident.js';
import type { Logger } from '../logger.js';
import type { DigestJob } from '../maps/index.js';
import { RuleSet } from '../rules/compile.js';
import { matchRules } from '../rules/evaluate.js';
import type { RuleResolver } from '../rules/resolver.js';
import { instanceId, runOncePerCluster } from '../store/coordination.js';
import type { Db } from '../store/database.js';
import { attackDocumentsBetween, claimDigest, markDigestFailed, markDigestSent } from '../store/digests.js';
import { databaseFault } from '../store/health.js';
import { incidentsById } from '../store/incidents.js';
import { digestSubscriptions } from '../store/subscriptions.js';

const DAY_MS = 86_400_000;
/** The chart compares the last 7 days with the 7 before. */
const HISTORY_MS = 14 * DAY_MS;
/** After a stop, a digest is still posted this long after its hour; older ones are skipped. */
export const CATCH_UP_MS = 6 * 3_600_000;
/** A claim older than this, still unsent, is retried (its process died or posting failed). */
export const STALE_CLAIM_MS = 10 * 60_000;
/** The minute tick runs in one process of a cluster: it is claimed for a little less than a minute. */
const TICK_CLAIM_MS = 50_000;

/** Makes the digest of a rule for a period, from the store. */
export async function buildDigest(db: Db, resolver: RuleResolver, rule: Rule, guildId: string | null, period: DigestPeriod): Promise<Digest> {
  const from = new Date(period.end.getTime() - HISTORY_MS);
  const set = RuleSet.compile([{ rule, guildId }], resolver);
  const matched = new Set<string>();
  for (const doc of await attackDocumentsBetween(db, from, period.end)) {
    if (!doc.incidentId || matched.has(doc.incidentId)) continue;
    const tokens = prepareDocument({ title: doc.title, content: doc.content }).tokens;
    if (matchRules(set, { extraction: doc.extraction, tokens }, resolver).length > 0) matched.add(doc.incidentId);
  }
  const incidents: Incident[] = [...(await incidentsById(db, [...matched])).values()].filter((i) => {
    const t = Date.parse(i.firstPublished);
    return t >= from.getTime() && t < period.end.getTime();
  });
  const summary = summarizeDigest(rule, period, incidents);
  return { summary, job: digestJob(summary, incidents) };
}

export interface DigestSchedulerDeps {
  db: Db;
  clock: Clock;
  log: Logger;
  /** Every digest schedule now (subscriptions change while the bot runs). */
  schedules(): Promise<DigestSchedule[]>;
  /** The rule of a schedule; null when it no longer exists. */
  rule(schedule: DigestSchedule): Promise<Rule | null>;
  resolver: RuleResolver;
  /** Draws the picture; null when maps are off or drawing failed. */
  render(job: DigestJob): Promise<Uint8Array | null>;
  poster(schedule: DigestSchedule): DigestPoster | null;
  /** Names this process in claims (several may share a PostgreSQL database). */
  owner?: string;
}

/**
 * Posts each schedule's digest once per period: a node-cron tick every minute checks which periods
 * have ended, claims each in the store (a unique key, so a restart or a second process cannot post
 * it again) and posts it. A failed post keeps its claim and is retried when the claim is stale.
 */
export class DigestScheduler {
  private task: ScheduledTask | null = null;
  private running: Promise<number> | null = null;
  private readonly owner: string;

  constructor(private readonly deps: DigestSchedulerDeps) {
    this.owner = deps.owner ?? instanceId();
  }

  start(): void {
    // A store that fails (a database restart) fails the tick, logged once by the store's health;
    // the next minute tries again. Unhandled, the rejection would end the process. Of processes
    // sharing a database, one ticks each minute (the claims per period would keep the others from
    // posting twice anyway; this spares them the reads).
    this.task ??= cron.schedule('* * * * *', () =>
      runOncePerCluster(this.deps.db, 'digest-tick', TICK_CLAIM_MS, this.owner, this.deps.clock.now())
        .then((mine) => (mine ? this.tick() : 0))
        .catch((err: unknown) => {
          if (!databaseFault(err)) this.deps.log.error({ err }, 'digest tick failed');
        }),
    );
  }

  async stop(): Promise<void> {
    await this.task?.stop();
    this.task = null;
    await this.running?.catch(() => {});
  }

  /** Posts every digest due now; returns how many were posted. One tick at a time. */
  tick(): Promise<number> {
    this.running ??= this.postDue().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async postDue(): Promise<number> {
    const { db, clock, log } = this.deps;
    let posted = 0;
    let schedules: DigestSchedule[];
    try {
      schedules = await this.deps.schedules();
    } catch (err) {
      log.error({ err }, 'could not read digest schedules');
      return 0;
    }
    for (const s of schedules) {
      const now = clock.now();
      const period = latestDailyPeriod(now, s.hour, s.timeZone);
      if (period.end < s.since || now.getTime() - period.end.getTime() > CATCH_UP_MS) continue;
      const poster = this.deps.poster(s);
      if (!poster) continue;
      const claim = await claimDigest(db, { scheduleKey: s.key, start: period.start, end: period.end, owner: this.owner, now, staleMs: STALE_CLAIM_MS });
      if (!claim) continue;
      try {
        const rule = await this.deps.rule(s);
        if (!rule) throw new Error(`rule ${s.ruleId} no longer exists`);
        const digest = await buildDigest(db, this.deps.resolver, rule, s.guildId, period);
        const picture = await this.deps.render(digest.job);
        // Discord accepts nonces of at most 25 characters; a retry after a crash reuses it.
        const messageId = await poster.post(s, digest, picture, claim.id.slice(-25));
        await markDigestSent(db, claim.id, messageId, clock.now());
        log.info({ schedule: s.key, rule: s.ruleId, incidents: digest.summary.total, end: period.end.toISOString() }, 'digest posted');
        posted++;
      } catch (err) {
        await markDigestFailed(db, claim.id, (err as Error)?.message ?? String(err));
        log.warn({ err, schedule: s.key }, 'digest not posted; retried later');
      }
    }
    return posted;
  }
}

/** The schedules of the config file's `digests`, and of the subscriptions that asked for a digest. */
export async function digestSchedules(db: Db, configured: readonly DigestConfig[]): Promise<DigestSchedule[]> {
  const fromConfig = configured.map((d) => ({
    key: `config:${d.rule}:${d.channel ?? 'console'}`,
    ruleId: d.rule,
    guildId: null,
    channel: d.channel ?? null,
    subscriptionId: null,
    hour: d.hour,
    timeZone: d.timeZone,
    since: new Date(0),
  }));
  const fromSubscriptions = (await digestSubscriptions(db)).flatMap((s) =>
    s.digest
      ? [
          {
            key: s.id,
            ruleId: s.ruleId,
            guildId: s.guildId,
            channel: s.channelId,
            subscriptionId: s.id,
            hour: s.digest.hour,
            timeZone: s.digest.timeZone,
            since: new Date(s.createdAt),
          },
        ]
      : [],
  );
  return [...fromConfig, ...fromSubscriptions];
}
