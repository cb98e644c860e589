import cron, { type ScheduledTask } from 'node-cron';
import pLimit from 'p-limit';
import type { Clock } from '../clock.js';
import { nextPollAfter, shouldDisable } from '../feeds/backoff.js';
import type { FeedItem } from '../feeds/item.js';
import type { FeedSource, FeedSpec, FetchOutcome } from '../feeds/source.js';
import type { Logger } from '../logger.js';
import { metrics, secondsSince } from '../metrics.js';
import { plural } from '../plural.js';
import { claimFeeds, ensureFeedStates, instanceId, releaseDeadFeedLeases, releaseFeedLeases } from '../store/coordination.js';
import { ensureFeedState, type FeedState, recordPollFailure, recordPollSuccess, recordStoreError, refreshSeen, unseenKeys } from '../store/feeds.js';
import { databaseFault } from '../store/health.js';
import { datedItems } from './item-dates.js';
import { type PipelineDeps, processBatch } from './process.js';

export interface FeedPollReport {
  feedId: string;
  ok: boolean;
  status: number | null;
  newItems: number;
  alerts: number;
  error: string | null;
  skipped?: 'disabled' | 'in-flight';
  /** The poll's work could not be recorded: the store failed (or Sitrep did), not the feed. */
  notRecorded?: boolean;
  /** More new items than `maxItemsPerPoll`, or a shutdown mid-batch: the rest come next poll. */
  partial?: boolean;
}

export interface PollerOptions {
  concurrency: number;
  firstRunWindowMs: number;
  disableAfterMs: number;
  /** Items published longer ago than this are ignored: their seen-records may have been pruned. */
  maxItemAgeMs: number;
  /** New items taken from one feed per poll (the newest); the rest wait for the next poll. */
  maxItemsPerPoll?: number;
  /** How long a feed's lease holds: a process that dies mid-poll leaves its feeds to others after this. */
  leaseMs?: number;
  /** This process's name in feed leases (shared with its outbox claims). */
  owner?: string;
}

const DEFAULT_LEASE_MS = 120_000;

/** What the poller needs to know of the store beyond its queries. */
export interface StoreStatus {
  /** Whether to attempt work now (false while the database is down and its backoff runs). */
  available(): boolean;
  /** A store error in one line, naming the database. */
  describe(err: unknown): string;
}

export interface PollerDeps {
  pipeline: PipelineDeps;
  source: FeedSource;
  /** Dice for backoff jitter (tests pass their own). */
  random?: () => number;
  clock: Clock;
  log: Logger;
  options: PollerOptions;
  store?: StoreStatus;
  /** Called when a feed gets disabled after failing for too long (to tell its server). */
  onFeedDisabled?: (feed: FeedSpec, reason: string) => Promise<void>;
  /** Called after each poll cycle that stored something, e.g. to drain the outbox. */
  afterCycle?: () => Promise<void>;
  /** Told of each feed polled and of each cycle that polled any: the bot's progress and summary lines. */
  observer?: { feedPolled?(done: number, total: number): void; cycleDone?(reports: readonly FeedPollReport[]): void };
}

/** Items of one poll that are new for this feed, without duplicates inside the feed itself. */
function newItemsOf(items: readonly FeedItem[], unseen: ReadonlySet<string>): FeedItem[] {
  const taken = new Set<string>();
  return items.filter((i) => unseen.has(i.key) && !taken.has(i.key) && taken.add(i.key));
}

/** The newest `max` items (undated ones count as new), in the order they happened. */
function newestFirstCapped(items: readonly FeedItem[], max: number, now: string): FeedItem[] {
  const when = (i: FeedItem) => i.published ?? now;
  const chosen = items.length > max ? [...items].sort((a, b) => (when(a) < when(b) ? 1 : when(a) > when(b) ? -1 : 0)).slice(0, max) : [...items];
  return chosen.sort((a, b) => (when(a) < when(b) ? -1 : when(a) > when(b) ? 1 : 0));
}

const anyStore: StoreStatus = { available: () => true, describe: (err) => (err as Error)?.message ?? String(err) };

function countPoll(outcome: 'ok' | 'not_modified' | 'failed', fetchStart: number): void {
  metrics.feedPolls.inc({ outcome });
  metrics.feedFetchDuration.observe({ outcome }, secondsSince(fetchStart));
}

/** A feed that answers again after failed polls says so once (each failure was a warning of its own). */
function logBack(log: Logger, state: FeedState): void {
  if (state.consecutive_failures === 0) return;
  log.info(
    { failures: state.consecutive_failures, lastSuccessAt: state.last_success_at, lastError: state.last_error },
    `feed is back after ${plural(state.consecutive_failures, 'failed poll')}`,
  );
}

/**
 * Polls feeds: one feed at most once at a time, a bounded number at once, each on its own
 * schedule (interval, backoff after failures, server hints), driven by a node-cron tick.
 */
export class Poller {
  private readonly inFlight = new Set<string>();
  /** The URL of each feed polled, for recording a store error about it later. */
  private readonly urls = new Map<string, string>();
  private readonly limit: ReturnType<typeof pLimit>;
  private task: ScheduledTask | null = null;
  private cycle: Promise<unknown> = Promise.resolve();
  private stopping = false;
  private stopped: Promise<void> | undefined;
  /** Aborts fetches in flight when the poller stops. */
  private readonly shutdown = new AbortController();
  /** When the last poll cycle completed (readiness: the poller is not stuck). */
  lastCycleAt: Date | null = null;
  /** When this process last polled a feed (status: whether it does any of the cluster's work). */
  lastPollAt: Date | null = null;
  readonly owner: string;
  /** Whether the leases of dead predecessors on this host were given back (once, at the first cycle). */
  private recovered = false;
  /**
   * Whether a poll's failure could not be recorded, which also gives its feed's lease back: the
   * process then still holds that lease, and without giving it back at the next cycle, the feed
   * would go unpolled after the database is back until the lease runs out (two minutes).
   */
  private leasesLeft = false;

  constructor(
    private readonly deps: PollerDeps,
    private readonly feeds: () => Promise<FeedSpec[]>,
  ) {
    this.limit = pLimit(deps.options.concurrency);
    this.owner = deps.options.owner ?? instanceId();
  }

  /**
   * Polls one feed: fetch, store new items, record the outcome. A store failure is reported for
   * the feed (`notRecorded`), never thrown: the feed stays due and is polled again.
   */
  async pollFeed(feed: FeedSpec, leased?: FeedState): Promise<FeedPollReport> {
    const base = { feedId: feed.id, newItems: 0, alerts: 0 };
    if (this.inFlight.has(feed.id)) return { ...base, ok: true, status: null, error: null, skipped: 'in-flight' };
    this.inFlight.add(feed.id);
    this.urls.set(feed.id, feed.url);
    try {
      const { db } = this.deps.pipeline;
      const state = leased ?? (await ensureFeedState(db, feed.id, feed.url));
      this.lastPollAt = this.deps.clock.now();
      if (state.disabled_at) return { ...base, ok: false, status: null, error: state.disabled_reason, skipped: 'disabled' };
      return await this.fetchAndProcess(feed, state);
    } catch (err) {
      if (this.shutdown.signal.aborted && !databaseFault(err)) throw err;
      const store = databaseFault(err) !== null;
      // Store faults are logged once per episode by the store's health; anything else is a bug.
      if (!store) this.deps.log.error({ err, feed: feed.id }, 'feed poll crashed');
      const error = store ? `store error: ${this.store.describe(err)}` : `internal error: ${(err as Error).message}`;
      return { ...base, ok: false, status: null, error, notRecorded: true };
    } finally {
      this.inFlight.delete(feed.id);
    }
  }

  private get store(): StoreStatus {
    return this.deps.store ?? anyStore;
  }

  /**
   * Records, for `status`, why feeds' work could not be recorded (best effort: the store may still
   * be failing). Returns whether every one was recorded.
   */
  async recordUnrecorded(reports: readonly FeedPollReport[]): Promise<boolean> {
    let all = true;
    for (const r of reports) {
      if (!r.notRecorded || !r.error) continue;
      try {
        await recordStoreError(this.deps.pipeline.db, r.feedId, this.urls.get(r.feedId) ?? '', r.error, this.deps.clock.now());
      } catch {
        all = false;
        this.leasesLeft = true;
      }
    }
    return all;
  }

  private async fetchAndProcess(feed: FeedSpec, state: FeedState): Promise<FeedPollReport> {
    const { db } = this.deps.pipeline;
    const log = this.deps.log.child({ feed: feed.id });
    const random = this.deps.random ?? Math.random;
    let outcome: FetchOutcome;
    const fetchStart = performance.now();
    try {
      outcome = await this.deps.source.fetch(feed, { etag: state.etag, lastModified: state.last_modified }, this.shutdown.signal);
    } catch (err) {
      if (this.shutdown.signal.aborted) throw err;
      countPoll('failed', fetchStart);
      const now = this.deps.clock.now();
      const message = (err as Error).message;
      const status = (err as { status?: number }).status ?? null;
      const failures = state.consecutive_failures + 1;
      const epoch = (iso: string | null) => (iso ? Date.parse(iso) : null);
      const disable = shouldDisable({
        now: now.getTime(),
        lastSuccessAt: epoch(state.last_success_at),
        firstFailureAt: epoch(state.last_success_at ? null : (state.first_poll_at ?? state.last_poll_at ?? now.toISOString())),
        consecutiveFailures: failures,
        disableAfterMs: this.deps.options.disableAfterMs,
      });
      const disabledReason = disable ? `failing since ${state.last_success_at ?? 'it was added'}: ${message}` : undefined;
      const nextPollAt = nextPollAfter({
        now: now.getTime(),
        intervalMs: feed.intervalMs,
        consecutiveFailures: failures,
        minNextPollMs: (err as { minNextPollMs?: number }).minNextPollMs ?? null,
        random,
      });
      await recordPollFailure(db, feed.id, { status, error: message, now, nextPollAt: new Date(nextPollAt), disabledReason });
      log.warn({ err: message, status, failures }, disable ? 'feed disabled after failing too long' : 'feed poll failed');
      if (disabledReason) await this.deps.onFeedDisabled?.(feed, disabledReason);
      return { feedId: feed.id, ok: false, status, newItems: 0, alerts: 0, error: message };
    }
    const now = this.deps.clock.now();
    const nextPollAt = new Date(
      nextPollAfter({ now: now.getTime(), intervalMs: feed.intervalMs, consecutiveFailures: 0, minNextPollMs: outcome.minNextPollMs, random }),
    );
    countPoll(outcome.notModified ? 'not_modified' : 'ok', fetchStart);
    if (outcome.notModified) {
      await recordPollSuccess(db, feed.id, {
        status: outcome.status,
        etag: state.etag,
        lastModified: state.last_modified,
        newItems: 0,
        nextPollAt,
        now,
        complete: true,
      });
      logBack(log, state);
      return { feedId: feed.id, ok: true, status: outcome.status, newItems: 0, alerts: 0, error: null };
    }
    // Implausible dates are logged and mended (pipeline/item-dates.ts); retention prunes
    // seen-records after maxItemAge, so an item older than that must not come back as new.
    const dates = datedItems(outcome.feed.items, now);
    const oldest = now.getTime() - this.deps.options.maxItemAgeMs;
    const items = dates.items.filter((i) => i.published === null || Date.parse(i.published) >= oldest);
    const unseen = await unseenKeys(
      db,
      feed.id,
      items.map((i) => i.key),
    );
    // Items without a trustworthy date are remembered for as long as the feed lists them.
    await refreshSeen(
      db,
      feed.id,
      dates.undatedKeys.filter((k) => !unseen.has(k)),
      now,
    );
    const fresh = newItemsOf(items, unseen);
    for (const m of dates.mended) {
      if (unseen.has(m.key)) log.warn({ item: m.key, date: m.date, rule: m.rule }, 'item with an implausible date');
    }
    const cap = this.deps.options.maxItemsPerPoll ?? Number.POSITIVE_INFINITY;
    const taken = newestFirstCapped(fresh, cap, now.toISOString());
    // A feed's first poll records its backlog silently: only items known to be recent alert.
    const first = !state.first_poll_at;
    const result = await processBatch(this.deps.pipeline, {
      feedId: feed.id,
      guildId: feed.guildId,
      items: taken,
      silentBefore: first ? new Date(now.getTime() - this.deps.options.firstRunWindowMs) : null,
      silentKeys: first ? new Set(dates.undatedKeys) : new Set(),
      signal: this.shutdown.signal,
    });
    // Items left for later (over the cap, or a shutdown) must come back: the next fetch is
    // unconditional and soon, and a first poll stays a first poll until its backlog is in.
    const partial = result.abandoned || taken.length < fresh.length;
    await recordPollSuccess(db, feed.id, {
      status: outcome.status,
      etag: outcome.etag,
      lastModified: outcome.lastModified,
      newItems: result.stored,
      nextPollAt: partial ? this.deps.clock.now() : nextPollAt,
      now: this.deps.clock.now(),
      complete: !partial,
    });
    logBack(log, state);
    metrics.feedItemsNew.inc(result.stored);
    for (const w of outcome.feed.warnings) log.info({ warning: w }, 'feed warning');
    if (partial && !result.abandoned)
      log.info({ taken: taken.length, waiting: fresh.length - taken.length }, 'more new items than maxItemsPerPoll: the rest come next poll');
    if (result.stored > 0) log.info({ newItems: result.stored, attacks: result.attacks, alerts: result.alerts }, 'feed polled');
    return {
      feedId: feed.id,
      ok: true,
      status: outcome.status,
      newItems: result.stored,
      alerts: result.alerts,
      error: null,
      ...(partial ? { partial } : {}),
    };
  }

  /**
   * Polls the given feeds (all of them, or only those due), a bounded number at once. While the
   * store is down, a cycle waits for its backoff (nothing is fetched that could not be recorded).
   */
  async pollAll(opts: { onlyDue: boolean }): Promise<FeedPollReport[]> {
    if (!this.store.available()) return [];
    if (this.leasesLeft) {
      // Cycles never overlap: no poll of this process is running, so its leases are all left over.
      await releaseFeedLeases(this.deps.pipeline.db, this.owner);
      this.leasesLeft = false;
    }
    const feeds = await this.feeds();
    let polled = 0;
    const reports = opts.onlyDue
      ? await this.pollLeased(feeds)
      : await Promise.all(
          feeds.map((f) =>
            this.limit(() => (this.stopping ? null : this.pollFeed(f)))
              .then((r) => {
                this.deps.observer?.feedPolled?.(++polled, feeds.length);
                return r;
              })
              .catch((err: unknown) => {
                // Only a shutdown abandons a fetch this way; anything else is a bug worth a log line.
                if (!this.stopping) this.deps.log.error({ err, feed: f.id }, 'feed poll crashed');
                return null;
              }),
          ),
        );
    const done = reports.filter((r): r is FeedPollReport => r !== null);
    await this.recordUnrecorded(done);
    if (done.some((r) => r.newItems > 0)) {
      await this.deps.afterCycle?.().catch((err: unknown) => {
        if (!databaseFault(err)) this.deps.log.error({ err }, 'after-cycle work failed');
      });
    }
    this.lastCycleAt = this.deps.clock.now();
    if (done.length > 0) this.deps.observer?.cycleDone?.(done);
    metrics.pollCycles.inc();
    metrics.lastPollCycle.set(this.lastCycleAt.getTime() / 1000);
    return done;
  }

  /**
   * Polls the feeds due now that no other process holds: each of `concurrency` workers leases one
   * feed at a time (store/coordination.ts) until none is left, so processes sharing a database
   * split the due feeds between them as fast as each gets through its share.
   */
  private async pollLeased(feeds: readonly FeedSpec[]): Promise<(FeedPollReport | null)[]> {
    const { db } = this.deps.pipeline;
    await ensureFeedStates(db, feeds);
    if (!this.recovered) {
      const released = await releaseDeadFeedLeases(db, this.owner);
      if (released) this.deps.log.info({ feeds: released }, 'took back the feed leases of processes on this host that died');
      this.recovered = true;
    }
    const byId = new Map(feeds.map((f) => [f.id, f]));
    // A feed is polled at most once a cycle (one whose items were left for later is due again at once).
    const polled = new Set<string>();
    const reports: (FeedPollReport | null)[] = [];
    let failure: unknown = null;
    const worker = async () => {
      while (!this.stopping && failure === null && this.store.available()) {
        const [state] = await claimFeeds(
          db,
          [...byId.keys()].filter((id) => !polled.has(id)),
          {
            owner: this.owner,
            now: this.deps.clock.now(),
            leaseMs: this.deps.options.leaseMs ?? DEFAULT_LEASE_MS,
            limit: 1,
          },
        ).catch((err: unknown) => {
          failure ??= err;
          return [];
        });
        if (!state) return;
        polled.add(state.feed_id);
        reports.push(
          await this.pollFeed(byId.get(state.feed_id)!, state).catch((err: unknown) => {
            if (!this.stopping) this.deps.log.error({ err, feed: state.feed_id }, 'feed poll crashed');
            return null;
          }),
        );
      }
    };
    await Promise.all(Array.from({ length: this.deps.options.concurrency }, worker));
    if (failure !== null && reports.length === 0) throw failure;
    return reports;
  }

  /** Starts the schedule: a node-cron tick polls every feed whose time has come. */
  start(tickSeconds = 5): void {
    const tick = () => {
      // Ticks never overlap; a slow cycle just delays the next one.
      this.cycle = this.cycle
        .then(() => (this.stopping ? undefined : this.pollAll({ onlyDue: true })))
        .catch((err) => {
          // A store fault was logged by the store's health when it began; the next tick retries.
          if (!databaseFault(err)) this.deps.log.error({ err }, 'poll cycle failed');
        });
    };
    this.task = cron.schedule(`*/${tickSeconds} * * * * *`, tick, { noOverlap: true });
    tick();
  }

  /**
   * Stops scheduling, abandons fetches in flight (their feeds are simply polled again next time)
   * and batches between two items (the rest are polled again next time), and waits for the item
   * being stored, which commits or rolls back whole.
   */
  stop(): Promise<void> {
    this.stopped ??= (async () => {
      this.stopping = true;
      await this.task?.stop();
      // Queued polls see `stopping` and return at once (p-limit's clearQueue would leave their
      // promises pending forever, and the cycle with them).
      this.shutdown.abort();
      await this.cycle;
      await this.deps.source.close();
      // Feeds this process held are due again at once for the others.
      await releaseFeedLeases(this.deps.pipeline.db, this.owner).catch((err: unknown) =>
        this.deps.log.warn({ err: (err as Error).message }, 'could not release feed leases'),
      );
    })();
    return this.stopped;
  }
}
