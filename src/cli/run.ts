import cron from 'node-cron';
import { startHttpServer } from '../http/server.js';
import { metrics } from '../metrics.js';
import { pruneOlderThan, retentionCutoff } from '../store/retention.js';
import { type CommonOptions, setup } from './common.js';

const DISPATCH_EVERY_MS = 2_000;

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

  // Retries and alerts left over from an earlier run go out even when no feed has news.
  let draining = Promise.resolve();
  const dispatchTimer = setInterval(() => {
    draining = draining.then(() => app.dispatcher.drain().then(() => undefined)).catch((err) => log.error({ err }, 'dispatch failed'));
  }, DISPATCH_EVERY_MS);
  app.poller.start();
  app.digests.start();

  const prune = async () => {
    const cutoff = retentionCutoff(app.pipeline.clock.now(), app.loaded.config.retention.maxAge);
    const counts = await pruneOlderThan(app.database.db, cutoff);
    log.info({ cutoff: cutoff.toISOString(), ...counts }, 'retention: pruned old records');
  };
  // Daily, at a quiet minute; and once at start so a long-stopped bot catches up.
  const pruneTask = cron.schedule('17 3 * * *', () => void prune().catch((err) => log.error({ err }, 'pruning failed')));
  await prune();

  await new Promise<void>((resolve) => {
    const stop = (signal: string) => {
      log.info({ signal }, 'stopping: finishing work in progress');
      resolve();
    };
    process.once('SIGINT', () => stop('SIGINT'));
    process.once('SIGTERM', () => stop('SIGTERM'));
  });
  clearInterval(dispatchTimer);
  await pruneTask.stop();
  await app.poller.stop();
  await draining;
  await http?.close();
  await app.close();
  log.info('stopped');
  return 0;
}
