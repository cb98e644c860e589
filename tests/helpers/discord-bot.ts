import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { InteractionTarget } from '../fakes/discord/interactions.js';
import { FakeDiscord, MANAGER_PERMISSIONS, snowflake } from '../fakes/discord/server.js';
import { type FeedServer, startFeedServer } from '../fakes/feed-server.js';
import { rssOf } from '../fixtures/attack-feed.js';
import { startCliProcess } from './cli.js';
import { until } from './until.js';

/** A fake Discord server with one guild, channel and admin, and two empty feeds (`/a.xml` as wire-a, `/b.xml` as wire-b) polled every second. */
export interface BotWorld {
  fake: FakeDiscord;
  feeds: FeedServer;
  guildId: string;
  channelId: string;
  admin: InteractionTarget;
  close(): Promise<void>;
  /** Starts `sitrep run` against it and waits until its commands are registered and the gateway is ready. */
  startBot(): Promise<{ bot: ChildProcess; exited: Promise<number | null> }>;
}

/** The world for end-to-end tests of the bot; `rules` is the config's `rules:` list, as YAML. */
export async function botWorld(rules: string): Promise<BotWorld> {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-e2e-'));
  const fake = await new FakeDiscord().start();
  const guildId = fake.addGuild('Ops');
  const channelId = fake.addChannel(guildId, 'alerts');
  const admin = { guildId, channelId, member: { id: snowflake(), name: 'admin', permissions: MANAGER_PERMISSIONS } };
  const feeds = await startFeedServer();
  feeds.route('/a.xml', { contentType: 'application/rss+xml', body: rssOf([]) });
  feeds.route('/b.xml', { contentType: 'application/rss+xml', body: rssOf([]) });
  const config = join(dir, 'sitrep.yaml');
  writeFileSync(
    config,
    `feeds:
  - {id: wire-a, url: "${feeds.url('/a.xml')}", interval: 1s}
  - {id: wire-b, url: "${feeds.url('/b.xml')}", interval: 1s}
rules:
${rules}`,
  );
  return {
    fake,
    feeds,
    guildId,
    channelId,
    admin,
    async close() {
      await feeds.close();
      await fake.stop();
    },
    async startBot() {
      const bot = startCliProcess(['run', '--config', config], {
        SITREP_DB: join(dir, 'sitrep.db'),
        DISCORD_TOKEN: fake.token,
        DISCORD_APPLICATION_ID: fake.applicationId,
        DISCORD_GUILD_ID: guildId,
        DISCORD_REST_URL: fake.restUrl,
      });
      try {
        await until(
          'commands registered and the gateway ready',
          () => (fake.guildCommands.get(guildId)?.length ?? 0) > 0 && /gateway|ready/i.test(bot.stderr) && fake.identifies.length > 0,
          { processes: [bot] },
        );
      } catch (err) {
        bot.child.kill('SIGTERM');
        throw err;
      }
      await new Promise((r) => setTimeout(r, 500));
      return { bot: bot.child, exited: bot.exit };
    },
  };
}
