/**
 * Issue 12, faults of a cluster: a process SIGKILLed mid-delivery and restarted, three times (its
 * feed leases run out and are taken over, its outbox claims are released, Discord drops a resend
 * by its nonce); and PostgreSQL connections cut under three processes (a server of the test's
 * own, stopped and started; never the machine's). Every alert reaches its channel exactly once.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/database.js';
import { upsertSubscription } from '../../src/store/subscriptions.js';
import { FakeDiscord } from '../fakes/discord/server.js';
import { type FeedServer, startFeedServer } from '../fakes/feed-server.js';
import { alertKey, alertLines, figures } from '../helpers/accounting.js';
import { type CliProcess, startCliProcess, stopCliProcesses } from '../helpers/cli.js';
import { clusterCounts, serveClusterFeeds, writeClusterConfig } from '../helpers/cluster.js';
import { postgresAvailable, postgresTestDatabase, type TestDatabase } from '../helpers/databases.js';
import { startPostgresServer } from '../helpers/postgres-server.js';
import { until } from '../helpers/until.js';

const available = await postgresAvailable();
const server = await startPostgresServer();
// Whichever tests run (a filter may skip the one that uses it), the server goes.
afterAll(async () => {
  await server?.dispose();
});

describe.runIf(available)('a cluster process SIGKILLed mid-delivery', () => {
  let feeds: FeedServer;
  let fake: FakeDiscord;
  let tdb: TestDatabase;
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-cluster-kill-'));
  const config = join(dir, 'sitrep.yaml');

  beforeAll(async () => {
    feeds = await startFeedServer();
    fake = await new FakeDiscord().start();
    tdb = await postgresTestDatabase();
  });
  afterAll(async () => {
    await feeds?.close();
    await fake?.stop();
    await tdb?.dispose();
  });

  it('three times, restarted each time: every alert posted to its channel exactly once', async () => {
    const guildId = fake.addGuild('Ops');
    const channelId = fake.addChannel(guildId, 'alerts');
    const database = await openDatabase(tdb.url);
    await upsertSubscription(database.db, { guildId, channelId, ruleId: 'all', minSeverity: 'low', mentionRole: null, createdBy: null }, new Date());
    await database.close();
    // Slow sends, so that kills land while messages are going out.
    fake.latencyMs = 60;
    const served = serveClusterFeeds(feeds, 60, 3);
    writeClusterConfig(config, feeds, served.paths, { interval: '1h', lease: '5s' });
    const env = {
      SITREP_DB: tdb.url,
      LOG_LEVEL: 'warn',
      DISCORD_TOKEN: fake.token,
      DISCORD_APPLICATION_ID: fake.applicationId,
      DISCORD_GUILD_ID: guildId,
      DISCORD_REST_URL: fake.restUrl,
    };
    const start = () => startCliProcess(['run', '--config', config], env);
    const workers: CliProcess[] = [start(), start(), start()];
    const posted = () => fake.messagesIn(channelId).length;
    const kills: string[] = [];
    try {
      for (const [k, share] of [0.15, 0.4, 0.65].entries()) {
        await until(`${Math.round(share * 100)}% posted`, () => posted() >= share * served.items, { processes: workers, timeoutMs: 180_000 });
        const c = await clusterCounts(tdb.url);
        workers[k]!.child.kill('SIGKILL');
        await workers[k]!.exit;
        kills.push(`${posted()} posted, ${c?.pending} pending`);
        workers[k] = start();
      }
      await until(
        'every alert posted',
        async () => {
          const c = await clusterCounts(tdb.url);
          return c !== null && c.documents === served.items && c.pending === 0 && c.sent === c.outbox;
        },
        { processes: workers, timeoutMs: 180_000 },
      );
    } finally {
      await stopCliProcesses(workers);
    }
    const c = (await clusterCounts(tdb.url))!;
    const messages = fake.messagesIn(channelId);
    const posts = fake.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${channelId}/messages`).length;
    const result = figures(
      c.outbox,
      messages.map((m) => m.nonce ?? m.id),
    );
    console.info(
      `SIGKILL x3 in a cluster of 3: ${JSON.stringify(result)}; kills at: ${kills.join('; ')}; POSTs ${posts} for ${messages.length} messages (resends dropped by nonce: ${posts - messages.length}); incidents ${c.incidents} for ${served.items} events`,
    );
    expect(result).toMatchObject({ expected: served.items, delivered: served.items, duplicated: 0, lost: 0 });
    expect(messages.length).toBe(served.items);
    expect(c.incidents).toBe(served.items);
  }, 300_000);
});

describe.runIf(server)('PostgreSQL connections cut under a cluster', () => {
  let feeds: FeedServer;
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-cluster-cut-'));
  const config = join(dir, 'sitrep.yaml');

  beforeAll(async () => {
    feeds = await startFeedServer();
  });
  afterAll(async () => {
    await feeds?.close();
  });

  it('three processes ride out a server stop mid-work; every alert printed exactly once', async () => {
    const pgServer = server!;
    const served = serveClusterFeeds(feeds, 100, 4);
    writeClusterConfig(config, feeds, served.paths, { interval: '1h', lease: '5s' });
    // Info logs, for the "ready" line: a process still opening its database when the server stops
    // ends at once by design (a start-up fault), so the stop waits until all three have started.
    const workers: CliProcess[] = [0, 1, 2].map(() => startCliProcess(['run', '--json', '--config', config], { SITREP_DB: pgServer.url, LOG_LEVEL: 'info' }));
    const printed = () => workers.flatMap((w) => alertLines(w.stdout)).length;
    let codes: (number | null)[] = [];
    try {
      await until('all three processes ready', () => workers.every((w) => /ready: \d+ feeds/.test(w.stderr)), { processes: workers, timeoutMs: 120_000 });
      await until('a quarter of the alerts', () => printed() >= served.items / 4, { processes: workers, timeoutMs: 180_000 });
      await pgServer.stop('immediate');
      await until('the outage to be noticed', () => workers.every((w) => /database unavailable/.test(w.stderr)), { processes: workers, timeoutMs: 30_000 });
      await new Promise((r) => setTimeout(r, 1500));
      await pgServer.start();
      await until(
        'the whole batch, delivered',
        async () => {
          const c = await clusterCounts(pgServer.url);
          return c !== null && c.documents === served.items && c.pending === 0 && printed() >= c.outbox;
        },
        { processes: workers, timeoutMs: 180_000 },
      );
    } finally {
      codes = await stopCliProcesses(workers);
    }
    const c = (await clusterCounts(pgServer.url))!;
    const result = figures(c.outbox, workers.flatMap((w) => alertLines(w.stdout)).map(alertKey));
    console.info(`connections cut under a cluster of 3: ${JSON.stringify(result)}; incidents ${c.incidents} for ${served.items} events`);
    expect(codes).toEqual([0, 0, 0]);
    expect(result).toMatchObject({ expected: served.items, duplicated: 0, lost: 0 });
    for (const w of workers) expect(w.stderr).not.toMatch(/Unhandled|uncaught/i);
  }, 300_000);
});
