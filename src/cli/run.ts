import cron from 'node-cron';
import type { App } from '../app.js';
import { loadEnv } from '../config/env.js';
import { configuredFeeds } from '../feeds/source.js';
import { startHttpServer } from '../http/server.js';
import { createLogger } from '../logger.js';
import { metrics } from '../metrics.js';
import type { FeedPollReport } from '../pipeline/poller.js';
import { plural } from '../plural.js';
import { runOncePerCluster } from '../store/coordination.js';
import { listFeedStates } from '../store/feeds.js';
import { databaseFault } from '../store/health.js';
import { pruneOlderThan, retentionCutoff } from '../store/retention.js';
import { type CommonOptions, setup } from './common.js';
import { clockTime, cycleSummary, relativeTime } from './text.js';

/** "now", or "in 4 min (10:55 UTC)". */
function when(at: Date, now: Date): string {
  return at.getTime() <= now.getTime() ? 'now' : `${relativeTime(at, now)} (${clockTime(at, now)})`;
}

const DISPATCH_EVERY_MS = 2_000;
/** Retention runs once a day across the cluster (a little less, so the hourly check does not drift). */
const RETENTION_PERIOD_MS = 23.5 * 3_600_000;
/** After SIGTERM, work in hand gets this long to finish before it is abandoned (it is redone after restart). */
const STOP_GRACE_MS = 4_000;

/** A first cycle longer than this shows its progress on a terminal. */
const PROGRESS_AFTER_MS = 2_000;

/** When the next feed is due: now when one was never polled, else the earliest next poll of the enabled ones. */
async function nextPollAt(app: App): Promise<Date> {
  const now = app.pipeline.clock.now();
  const states = new Map((await listFeedStates(app.database.db)).map((s) => [s.feed_id, s]));
  const configured = configuredFeeds(app.loaded);
  if (configured.some((f) => !states.has(f.id))) return now;
  const times = [...states.values()].filter((s) => !s.disabled_at && s.next_poll_at).map((s) => Date.parse(s.next_poll_at!));
  return new Date(Math.max(now.getTime(), times.length ? Math.min(...times) : now.getTime()));
}

/**
 * The progress of the first cycle on a terminal ("polling feeds: 12/40"), once it has taken a
 * while; later cycles are short and only get their summary line.
 */
export function firstCycleProgress(out: Pick<NodeJS.WriteStream, 'isTTY' | 'write'>, clock: { now(): Date }) {
  let started: number | null = null;
  let first = true;
  let shown = false;
  return {
    feedPolled(done: number, total: number) {
      started ??= clock.now().getTime();
      if (!first || !out.isTTY || clock.now().getTime() - started < PROGRESS_AFTER_MS) return;
      shown = true;
      out.write(`\rpolling feeds: ${done}/${total}\x1b[K`);
    },
    cycleDone() {
      if (shown) out.write('\r\x1b[K');
      first = false;
      shown = false;
    },
  };
}

/**
 * The first SIGINT or SIGTERM; a second one ends the process at once, with the exit code of its
 * signal (the lock file is removed on exit; work in hand is redone after restart).
 */
function stopSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const first = (signal: NodeJS.Signals) => {
      process.off('SIGINT', first);
      process.off('SIGTERM', first);
      process.once('SIGINT', () => process.exit(130));
      process.once('SIGTERM', () => process.exit(143));
      resolve(signal);
    };
    process.on('SIGINT', first);
    process.on('SIGTERM', first);
  });
}

/** The long-running bot: polls on schedule, delivers alerts, stops cleanly on SIGINT/SIGTERM. */
export async function runCommand(o: CommonOptions): Promise<number> {
  let app: App | null = null;
  const progress = firstCycleProgress(process.stderr, { now: () => new Date() });
  const pollObserver = {
    feedPolled: progress.feedPolled,
    cycleDone(reports: readonly FeedPollReport[]) {
      progress.cycleDone();
      if (!app) return;
      const started = app;
      void nextPollAt(started)
        .then((next) => started.log.info(`poll cycle: ${cycleSummary(reports)}; next poll ${when(next, started.pipeline.clock.now())}`))
        .catch(() => started.log.info(`poll cycle: ${cycleSummary(reports)}`));
    },
  };
  // Listened for from the first moment: a signal while the store opens (its lock being taken) would
  // otherwise end the process there and leave the lock for the restart to trip over ("in use by
  // another Sitrep process"). A stop asked for while starting is carried out once started; what
  // the start waits on Discord for is given up (a slow Discord would hold the stop for minutes).
  const starting = new AbortController();
  const stopped = stopSignal().then((signal) => {
    starting.abort();
    return signal;
  });
  try {
    app = await setup(o, 'bot', { pollObserver, signal: starting.signal });
  } catch (err) {
    if (!starting.signal.aborted) throw err;
    // Given up before the store was opened: nothing to close.
    createLogger(loadEnv().LOG_LEVEL).info({ signal: await stopped }, 'stopped');
    return 0;
  }
  const log = app.log.child({ part: 'app' });
  const feeds = app.loaded.config.feeds.length;
  log.info({ config: app.loaded.file, feeds, rules: app.loaded.config.rules.length, db: app.database.kind }, 'sitrep starting');
  if (app.discord) log.info('Discord configured: alerts go to subscribed channels; slash commands answered once the gateway is ready');
  else log.warn('Discord is not configured (no DISCORD_TOKEN): alerts go to the console');

  let http: Awaited<ReturnType<typeof startHttpServer>> | null = null;
  if (app.httpListen) {
    metrics.collectProcessMetrics();
    try {
      http = await startHttpServer({ ...app.httpListen, metrics, readiness: app.readiness, log: app.log.child({ part: 'http' }) });
    } catch (err) {
      await app.close();
      throw err;
    }
    log.info({ url: http.url }, 'health and metrics: GET /healthz, /readyz, /metrics');
  }

  // Store faults are logged once per episode by the store's health; anything else deserves a line.
  const quietly = (what: string) => (err: unknown) => {
    if (!databaseFault(err)) log.error({ err }, `${what} failed`);
  };

  // Retries and alerts left over from an earlier run go out even when no feed has news. The
  // dispatcher is single-flight: this timer and the poller never drain at the same time.
  let outputFailure: unknown = null;
  const dispatchTimer = setInterval(() => {
    if (app.database.available()) app.dispatcher.drain().catch(quietly('dispatch'));
    const failure = app.dispatcher.sinkFailure;
    if (failure && failure !== outputFailure && !failure.quiet) log.error({ err: failure.message }, 'alerts can no longer be written there; they stay queued');
    outputFailure = failure;
  }, DISPATCH_EVERY_MS);
  const next = await nextPollAt(app).catch(() => app!.pipeline.clock.now());
  log.info(
    `ready: ${plural(app.loaded.config.feeds.length, 'feed')} and ${plural(app.loaded.config.rules.length, 'rule')}, alerts to ${app.discord ? 'Discord' : 'the console'}; next poll ${when(next, app.pipeline.clock.now())}`,
  );
  app.poller.start();
  app.digests.start();

  const prune = async () => {
    if (!app.database.available()) return;
    // Of processes sharing the database, the first to ask in a day prunes.
    if (!(await runOncePerCluster(app.database.db, 'retention', RETENTION_PERIOD_MS, app.instance, app.pipeline.clock.now()))) return;
    const cutoff = retentionCutoff(app.pipeline.clock.now(), app.loaded.config.retention.maxAge);
    const counts = await pruneOlderThan(app.database.db, cutoff);
    log.info({ cutoff: cutoff.toISOString(), ...counts }, 'retention: pruned old records');
  };
  // Asked hourly and once at start (a long-stopped bot catches up); runs once a day.
  const pruneTask = cron.schedule('17 * * * *', () => void prune().catch(quietly('pruning')));
  void prune().catch(quietly('pruning'));

  const signal = await stopped;
  log.info({ signal }, 'stopping: finishing work in progress');
  clearInterval(dispatchTimer);
  await pruneTask.stop();
  const within = <T>(work: Promise<T>, ms: number) =>
    Promise.race([work.then(() => true), new Promise<false>((resolve) => setTimeout(() => resolve(false), ms).unref())]);
  // Polls stop between two items, deliveries after the message in hand; then Discord and the store close.
  const closing = (async () => {
    await http?.close();
    await app.close();
  })();
  if (!(await within(closing, STOP_GRACE_MS))) {
    log.warn({ afterMs: STOP_GRACE_MS }, 'work in hand abandoned to stop in time; it is redone after restart');
    await within(app.database.close(), 500);
    log.info('stopped');
    process.exit(0);
  }
  log.info('stopped');
  return 0;
}
