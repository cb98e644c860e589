/**
 * Issue 12, Discord at scale: two processes each own one of the bot's two gateway shards and
 * answer the slash commands of their shard's servers; all REST sends of the cluster go through one
 * `sitrep rest-proxy`, so together they stay inside Discord's global limit (the fake Discord
 * answers 429 beyond 10 requests a second; each process alone would allow itself 50).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerText, runCommand } from '../fakes/discord/interactions.js';
import { FakeDiscord, MANAGER_PERMISSIONS, snowflake } from '../fakes/discord/server.js';
import { type FeedServer, startFeedServer } from '../fakes/feed-server.js';
import { type CliProcess, startCliProcess, stopCliProcesses } from '../helpers/cli.js';
import { clusterCounts, serveClusterFeeds, writeClusterConfig } from '../helpers/cluster.js';
import { postgresAvailable, postgresTestDatabase, type TestDatabase } from '../helpers/databases.js';
import { until } from '../helpers/until.js';

const available = await postgresAvailable();

describe.runIf(available)('a sharded cluster behind one REST proxy', () => {
  let feeds: FeedServer;
  let fake: FakeDiscord;
  let tdb: TestDatabase;
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-cluster-discord-'));
  const config = join(dir, 'sitrep.yaml');

  beforeAll(async () => {
    feeds = await startFeedServer();
    fake = await new FakeDiscord({ shards: 2, globalLimit: { requests: 10, windowMs: 1000 } }).start();
    tdb = await postgresTestDatabase();
  });
  afterAll(async () => {
    await feeds?.close();
    await fake?.stop();
    await tdb?.dispose();
  });

  it('answers commands from both shards, registers commands once, and posts every alert once inside the shared limit', async () => {
    const guilds = fake.addGuildPerShard();
    const channels = guilds.map((g) => fake.addChannel(g, 'alerts'));
    const served = serveClusterFeeds(feeds, 12, 1);
    writeClusterConfig(config, feeds, served.paths, { interval: '2s', lease: '30s' });

    const proxy = startCliProcess(['rest-proxy', '--port', '0', '--requests-per-second', '4'], { DISCORD_REST_URL: fake.restUrl });
    await until('the proxy to listen', () => /REST proxy listening/.test(proxy.stderr), { processes: [proxy], timeoutMs: 30_000 });
    const proxyUrl = /"url":"(http[^"]+)"/.exec(proxy.stderr)![1]!;
    const bot = (shard: number) =>
      startCliProcess(['run', '--config', config], {
        SITREP_DB: tdb.url,
        DISCORD_TOKEN: fake.token,
        DISCORD_APPLICATION_ID: fake.applicationId,
        DISCORD_REST_URL: proxyUrl,
        DISCORD_SHARDS: '2',
        DISCORD_SHARD_IDS: String(shard),
      });
    // The feeds are empty until both servers have subscribed.
    for (const p of served.paths) feeds.route(p, { contentType: 'application/rss+xml', body: '<rss version="2.0"><channel><title>t</title></channel></rss>' });
    const workers: CliProcess[] = [proxy, bot(0), bot(1)];
    try {
      await until('both shards identified', () => fake.identifies.length >= 2, { processes: workers, timeoutMs: 60_000 });
      expect(fake.identifies.map((i) => i.shard).sort()).toEqual([
        [0, 2],
        [1, 2],
      ]);
      for (const [i, guildId] of guilds.entries()) {
        const admin = { guildId, channelId: channels[i]!, member: { id: snowflake(), name: 'admin', permissions: MANAGER_PERMISSIONS } };
        const answer = await runCommand(fake, admin, 'subscribe', { options: { rule: 'all' } }, 15_000);
        expect(answerText(answer)).toMatch(/subscribed/i);
      }
      serveClusterFeeds(feeds, 12, 1);
      await until(
        'every alert posted in both channels',
        async () => {
          const c = await clusterCounts(tdb.url);
          return c !== null && c.outbox === 2 * served.items && c.pending === 0;
        },
        { processes: workers, timeoutMs: 120_000 },
      );
    } finally {
      await stopCliProcesses(workers);
    }
    const registrations = fake.requests.filter((r) => r.method === 'PUT' && /\/commands$/.test(r.path)).length;
    const posted = channels.map((c) => fake.messagesIn(c).length);
    const sends = fake.requests.filter((r) => !r.path.startsWith('/interactions/')).length;
    console.info(
      `sharded cluster behind one proxy: messages per channel ${posted.join('/')} for ${served.items} alerts; REST requests ${sends}; global 429s ${fake.globalLimited}; command registrations ${registrations}`,
    );
    expect(posted).toEqual([served.items, served.items]);
    expect(fake.globalLimited).toBe(0);
    expect(registrations).toBe(1);
  }, 240_000);
});
