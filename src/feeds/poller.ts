import cron, { type ScheduledTask } from 'node-cron';
import pLimit from 'p-limit';
import type { Clock } from '../clock.js';
import type { Logger } from '../logger.js';
import { processBatch, type PipelineDeps } from '../pipeline/process.js';
import {
  ensureFeedState,
  recordPollFailure,
  recordPollSuccess,
  unseenKeys,
  type FeedState,
} from '../store/feeds.js';
import { nextPollAfter, shouldDisable } from './backoff.js';
import type { FeedItem, ParsedFeed } from './item.js';

/** A feed to poll: from the config file (trusted) or added by a Discord server (untrusted). */
export interface FeedSpec {
  id: string;
  url: string;
  name: string | null;
  intervalMs: number;
  trusted: boolean;
  guildId: string | null;
}

export type FetchOutcome =
  | { notModified: true; status: number; minNextPollMs: number | null }
  | {
      notModified: false;
      status: number;
      feed: ParsedFeed;
      etag: string | null;
      lastModified: string | null;
      minNextPollMs: number | null;
    };

/** Fetches and parses one feed (HTTP edge); throws an error whose message says what went wrong. */
export interface FeedFetcher {
  fetch(feed: FeedSpec, cache: { etag: string | null; lastModified: string | null }): Promise<FetchOutcome>;
}

export interface FeedPollReport {
  feedId: string;
  ok: boolean;
  status: number | null;
  newItems: number;
  alerts: number;
  error: string | null;
  skipped?: 'disabled' | 'in-flight';
}

export interface PollerOptions {
  concurrency: number;
  firstRunWindowMs: number;
  disableAfterMs: number;
}

export interface PollerDeps {
  pipeline: PipelineDeps;
  fetcher: FeedFetcher;
  clock: Clock;
  log: Logger;
  options: PollerOptions;
  /** Called when a feed gets disabled after failing for too long (to tell its server). */
  onFeedDisabled?: (feed: FeedSpec, reason: string) => Promise<void>;
  /** Called after each poll cycle that stored something, e.g. to drain the outbox. */
  afterCycle?: () => Promise<void>;
}

/** Items of one poll that are new for this feed, without duplicates inside the feed itself. */
function newItemsOf(items: readonly FeedItem[], unseen: ReadonlySet<string>): FeedItem[] {
  const taken = new Set<string>();
  return items.filter((i) => unseen.has(i.key) && !taken.has(i.key) && taken.add(i.key));
}

/**
 * Polls feeds: one feed at most once at a time, a bounded number at once, each on its own
 * schedule (interval, backoff after failures, server hints), driven by a node-cron tick.
 */
export class Poller {
  private readonly inFlight = new Set<string>();
  private readonly limit: ReturnType<typeof pLimit>;
  private task: ScheduledTask | null = null;
  private cycle: Promise<unknown> = Promise.resolve();
  private stopping = false;

  constructor(
    private readonly deps: PollerDeps,
    private readonly feeds: () => Promise<FeedSpec[]>,
  ) {
    this.limit = pLimit(deps.options.concurrency);
  }

  async pollFeed(feed: FeedSpec): Promise<FeedPollReport> {
    const base = { feedId: feed.id, newItems: 0, alerts: 0 };
    if (this.inFlight.has(feed.id)) return { ...base, ok: true, status: null, error: null, skipped: 'in-flight' };
    this.inFlight.add(feed.id);
    try {
      const { db } = this.deps.pipeline;
      const state = await ensureFeedState(db, feed.id, feed.url);
      if (state.disabled_at) return { ...base, ok: false, status: null, error: state.disabled_reason, skipped: 'disabled' };
      return await this.fetchAndProcess(feed, state);
    } finally {
      this.inFlight.delete(feed.id);
    }
  }

  private async fetchAndProcess(feed: FeedSpec, state: FeedState): Promise<FeedPollReport> {
    const { db } = this.deps.pipeline;
    const log = this.deps.log.child({ feed: feed.id });
    let outcome: FetchOutcome;
    try {
      outcome = await this.deps.fetcher.fetch(feed, { etag: state.etag, lastModified: state.last_modified });
    } catch (err) {
      const now = this.deps.clock.now();
      const message = (err as Error).message;
      const status = (err as { status?: number }).status ?? null;
      const failures = state.consecutive_failures + 1;
      const lastGood = state.last_success_at ?? state.first_poll_at;
      const disable = shouldDisable({
        now,
        consecutiveFailures: failures,
        failingSince: new Date(lastGood ?? state.last_poll_at ?? now.toISOString()),
        disableAfterMs: this.deps.options.disableAfterMs,
      });
      const disabledReason = disable ? `failing since ${lastGood ?? 'its first poll'}: ${message}` : undefined;
      await recordPollFailure(db, feed.id, {
        status,
        error: message,
        now,
        nextPollAt: nextPollAfter({ now, intervalMs: feed.intervalMs, consecutiveFailures: failures }),
        disabledReason,
      });
      log.warn({ err: message, status, failures }, disable ? 'feed disabled after failing too long' : 'feed poll failed');
      if (disabledReason) await this.deps.onFeedDisabled?.(feed, disabledReason);
      return { feedId: feed.id, ok: false, status, newItems: 0, alerts: 0, error: message };
    }
    const now = this.deps.clock.now();
    const nextPollAt = nextPollAfter({ now, intervalMs: feed.intervalMs, consecutiveFailures: 0, minNextPollMs: outcome.minNextPollMs ?? undefined });
    if (outcome.notModified) {
      await recordPollSuccess(db, feed.id, { status: outcome.status, etag: state.etag, lastModified: state.last_modified, newItems: 0, nextPollAt, now });
      return { feedId: feed.id, ok: true, status: outcome.status, newItems: 0, alerts: 0, error: null };
    }
    const items = outcome.feed.items;
    const fresh = newItemsOf(items, await unseenKeys(db, feed.id, items.map((i) => i.key)));
    // A feed's first poll records its backlog silently: only recent items alert.
    const silentBefore = state.first_poll_at ? null : new Date(now.getTime() - this.deps.options.firstRunWindowMs);
    const result = await processBatch(this.deps.pipeline, { feedId: feed.id, guildId: feed.guildId, items: fresh, silentBefore });
    await recordPollSuccess(db, feed.id, {
      status: outcome.status,
      etag: outcome.etag,
      lastModified: outcome.lastModified,
      newItems: result.stored,
      nextPollAt,
      now: this.deps.clock.now(),
    });
    for (const w of outcome.feed.warnings) log.info({ warning: w }, 'feed warning');
    if (result.stored > 0) log.info({ newItems: result.stored, attacks: result.attacks, alerts: result.alerts }, 'feed polled');
    return { feedId: feed.id, ok: true, status: outcome.status, newItems: result.stored, alerts: result.alerts, error: null };
  }

  /** Polls the given feeds (all of them, or only those due), a bounded number at once. */
  async pollAll(opts: { onlyDue: boolean }): Promise<FeedPollReport[]> {
    const feeds = await this.feeds();
    const now = this.deps.clock.now().toISOString();
    const { db } = this.deps.pipeline;
    const due: FeedSpec[] = [];
    for (const f of feeds) {
      if (!opts.onlyDue) due.push(f);
      else {
        const s = await db.selectFrom('feed_state').select(['next_poll_at', 'disabled_at']).where('feed_id', '=', f.id).executeTakeFirst();
        if (!s || (!s.disabled_at && (!s.next_poll_at || s.next_poll_at <= now))) due.push(f);
      }
    }
    const reports = await Promise.all(due.map((f) => this.limit(() => (this.stopping ? null : this.pollFeed(f)))));
    const done = reports.filter((r): r is FeedPollReport => r !== null);
    if (done.some((r) => r.newItems > 0)) await this.deps.afterCycle?.();
    return done;
  }

  /** Starts the schedule: a node-cron tick polls every feed whose time has come. */
  start(tickSeconds = 10): void {
    const tick = () => {
      // Ticks never overlap; a slow cycle just delays the next one.
      this.cycle = this.cycle
        .then(() => (this.stopping ? undefined : this.pollAll({ onlyDue: true })))
        .catch((err) => this.deps.log.error({ err }, 'poll cycle failed'));
    };
    this.task = cron.schedule(`*/${tickSeconds} * * * * *`, tick, { noOverlap: true });
    tick();
  }

  /** Stops scheduling and waits for the cycle in progress; no new fetch starts. */
  async stop(): Promise<void> {
    this.stopping = true;
    await this.task?.stop();
    this.limit.clearQueue();
    await this.cycle;
  }
}
