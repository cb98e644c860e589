import cron from 'node-cron';
import { startHttpServer } from '../http/server.js';
import { metrics } from '../metrics.js';
import { runOncePerCluster } from '../store/coordination.js';
import { databaseFault } from '../store/health.js';
import { pruneOlderThan, retentionCutoff } from '../store/retention.js';
import { type CommonOptions, setup } from './common.js';

const DISPATCH_EVERY_MS = 2_000;
/** Retention runs once a day across the cluster (a little less, so the hourly check does not drift). */
const RETENTION_PERIOD_MS = 23.5 * 3_600_000;
/** After SIGTERM, work in hand gets this long to finish before it is abandoned (it is redone after restart). */
const STOP_GRACE_MS = 4_000;

/** The long-running bot: polls on schedule, delivers alerts, stops cleanly on SIGINT/SIGTERM. */
export async function runCommand(o: CommonOptions): Promise<number> {
  const app = await setup(o, 'bot');
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

  const stopped = new Promise<string>((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
  });
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
  process.once('SIGINT', () => process.exit(130));
  process.once('SIGTERM', () => process.exit(143));
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
