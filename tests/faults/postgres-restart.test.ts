/**
 * Regression: stopping PostgreSQL (fast or immediate) while `sitrep run` was busy or idle ended
 * the process ("Unhandled 'error' event … terminating connection due to administrator command").
 * The test runs its own PostgreSQL server and stops and starts it; never the machine's own.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FeedServer, startFeedServer } from '../fakes/feed-server.js';
import { attackEntries, rssOf } from '../fixtures/attack-feed.js';
import { alertKey, alertLines, figures } from '../helpers/accounting.js';
import { startCliProcess, stopCliProcesses } from '../helpers/cli.js';
import { clusterCounts } from '../helpers/cluster.js';
import { type PostgresServer, startPostgresServer } from '../helpers/postgres-server.js';
import { until } from '../helpers/until.js';

const server = await startPostgresServer();

describe.runIf(server)('PostgreSQL restarts under sitrep run', () => {
  let pgServer: PostgresServer;
  let feeds: FeedServer;
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-pg-restart-'));
  const config = join(dir, 'sitrep.yaml');

  beforeAll(async () => {
    pgServer = server!;
    feeds = await startFeedServer();
    writeFileSync(
      config,
      `feeds:\n  - id: wire\n    url: ${feeds.url('/feed.xml')}\n    interval: 1s\npolling:\n  maxItemsPerPoll: 5000\nrules:\n  - id: all\n    match: {}\n`,
    );
  });
  afterAll(async () => {
    await feeds?.close();
    await pgServer?.dispose();
  });

  /** Counts in the test's database, read with a client of its own (null while the server is down). */
  const counts = () => clusterCounts(pgServer.url);

  it('survives stops mid-batch (immediate) and while idle (fast); work resumes; nothing lost or repeated', async () => {
    const first = attackEntries(300);
    feeds.route('/feed.xml', { contentType: 'application/rss+xml', body: rssOf(first) });
    const bot = startCliProcess(['run', '--json', '--config', config], { SITREP_DB: pgServer.url });
    /** Waits for a condition while the bot runs; its death ends the wait at once. */
    const whileRunning = (what: string, check: () => boolean | Promise<boolean>) => until(what, check, { processes: [bot], timeoutMs: 180_000 });

    // Mid-batch: alerts are flowing, the batch is far from done.
    await whileRunning('the first alerts', () => alertLines(bot.stdout).length >= 20);
    await pgServer.stop('immediate');
    await whileRunning('the outage to be noticed', () => /database unavailable/.test(bot.stderr));
    await new Promise((r) => setTimeout(r, 2000));
    expect(bot.exited).toBe(false);
    await pgServer.start();
    await whileRunning('the whole batch, delivered', async () => {
      const c = await counts();
      return c !== null && c.documents === 300 && c.pending === 0 && alertLines(bot.stdout).length >= c.outbox;
    });

    // The recovery is confirmed by writes 10 s apart (polls record their feed's state): with the
    // backlog written in transactions of 50 items, the batch can be done before that.
    await whileRunning('the recovery to be confirmed', () => /database is back/.test(bot.stderr));

    // Idle: nothing to do when the server goes away; new items after it is back are alerted.
    await pgServer.stop('fast');
    await new Promise((r) => setTimeout(r, 3000));
    expect(bot.exited).toBe(false);
    await pgServer.start();
    feeds.route('/feed.xml', { contentType: 'application/rss+xml', body: rssOf([...first, ...attackEntries(40, 300)]) });
    await whileRunning('the new items, delivered', async () => {
      const c = await counts();
      return c !== null && c.documents === 340 && c.pending === 0 && alertLines(bot.stdout).length >= c.outbox;
    });

    // The episode ends after ten quiet seconds back up, even with no work left to write.
    await whileRunning('the recovery to be logged', () => /database is back/.test(bot.stderr));
    expect(await stopCliProcesses([bot])).toEqual([0]);
    const result = figures((await counts())!.outbox, alertLines(bot.stdout).map(alertKey));
    console.info(`PostgreSQL restarts (immediate mid-batch, fast idle): ${JSON.stringify(result)}`);
    expect(result).toMatchObject({ duplicated: 0, lost: 0 });
    expect(result.expected).toBeGreaterThan(100);
    expect(bot.stderr).not.toMatch(/Unhandled|uncaught/i);
    // Each outage is logged once when it starts and once when it ends.
    expect(bot.stderr.match(/database unavailable/g)?.length).toBeLessThanOrEqual(2);
    expect(bot.stderr.match(/database is back/g)?.length).toBeGreaterThanOrEqual(1);
  }, 400_000);
});
