/**
 * `sitrep run` with SITREP_HTTP_PORT, end to end: the real CLI as a child process, feeds from a
 * local server, Discord from the fake (REST and gateway). What an operator's probes and Prometheus
 * would see: liveness, readiness naming each check, and metrics that move with the work done.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerText, type InteractionTarget, runCommand } from '../fakes/discord/interactions.js';
import { FakeDiscord, MANAGER_PERMISSIONS, snowflake } from '../fakes/discord/server.js';
import { type FeedServer, startFeedServer } from '../fakes/feed-server.js';
import { rssOf } from '../fixtures/attack-feed.js';
import { type CliProcess, startCliProcess, waitForOutput } from '../helpers/cli.js';
import { writeConfig } from '../helpers/config-file.js';
import { family, histogramCount, scrape, value } from '../helpers/prometheus.js';
import { until } from '../helpers/until.js';

const [seedTitle, ...seedBody] = readFileSync(new URL('../fixtures/seed-article.txt', import.meta.url), 'utf8').split('\n');
const seedEntry = () => ({ guid: 'seed', title: seedTitle!, body: seedBody.join('\n'), published: new Date() });

const anyAttack = { id: 'any-attack', match: {} };

const readyz = async (url: string) => {
  const res = await fetch(`${url}/readyz`);
  return { status: res.status, body: (await res.json()) as { status: string; failed: string[]; checks: Record<string, { ok: boolean; detail: string }> } };
};

/** Starts `sitrep run` listening on a free port; resolves with the process and the listener's URL from its log. */
async function startBot(env: Record<string, string>, config: string): Promise<CliProcess & { url: string }> {
  const bot = startCliProcess(['run', '--config', config], { SITREP_HTTP_PORT: '0', ...env });
  const line = await waitForOutput(bot.child, /"url":"http:\/\/127\.0\.0\.1:\d+".*health and metrics/);
  return Object.assign(bot, { url: /"url":"(http:\/\/127\.0\.0\.1:\d+)"/.exec(line)![1]! });
}

describe('sitrep run with the health and metrics listener', () => {
  let feeds: FeedServer;
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-health-'));

  beforeAll(async () => {
    feeds = await startFeedServer();
  });
  afterAll(async () => {
    await feeds.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('without Discord: live, ready after the first poll cycle, and counting polls, items, alerts and deliveries', async () => {
    feeds.route('/seed.xml', { contentType: 'application/rss+xml', etag: '"v1"', body: rssOf([seedEntry()]) });
    const config = writeConfig(join(dir, 'console.yaml'), {
      feeds: [
        { id: 'wire', url: feeds.url('/seed.xml'), interval: '1s' },
        { id: 'unreachable', url: 'http://127.0.0.1:9/feed.xml', interval: '1s' },
      ],
      rules: [anyAttack],
    });
    const bot = await startBot({ SITREP_DB: join(dir, 'console.db') }, config);
    try {
      const health = await fetch(`${bot.url}/healthz`);
      expect([health.status, await health.json()]).toEqual([200, { status: 'ok' }]);

      const ready = await until('ready', async () => {
        const r = await readyz(bot.url);
        return r.status === 200 && r;
      });
      // No Discord configured: no gateway check.
      expect(Object.keys(ready.body.checks)).toEqual(['database', 'poll', 'feeds', 'leases']);
      expect(ready.body.checks.leases?.detail).toMatch(/^instance \S+ holds \d+ feed leases?; last polled a feed: \d{4}-/);
      expect(ready.body).toMatchObject({ status: 'ready', failed: [], checks: { database: { ok: true }, poll: { ok: true } } });

      await until('the alert on the console', () => /^\[(LOW|MEDIUM|HIGH|CRITICAL)\] /m.test(bot.stdout));
      // Polled again (answered 304) and the dead feed tried at least once more.
      const families = await until('a 304 and two failures counted', async () => {
        const f = await scrape(bot.url);
        return value(f, 'sitrep_feed_polls_total', { outcome: 'not_modified' }) >= 1 && value(f, 'sitrep_feed_polls_total', { outcome: 'failed' }) >= 2 && f;
      });
      expect(value(families, 'sitrep_feed_polls_total', { outcome: 'ok' })).toBe(1);
      expect(value(families, 'sitrep_feed_items_new_total')).toBe(1);
      expect(histogramCount(families, 'sitrep_feed_fetch_duration_seconds', { outcome: 'ok' })).toBe(1);
      expect(histogramCount(families, 'sitrep_analysis_duration_seconds')).toBe(1);
      expect(histogramCount(families, 'sitrep_grouping_duration_seconds')).toBe(1);
      const alerts = family(families, 'sitrep_alerts_total', 'COUNTER').metrics;
      expect(alerts).toHaveLength(1);
      expect(alerts[0]!.labels).toMatchObject({ rule: 'any-attack', severity: expect.stringMatching(/^(low|medium|high|critical)$/) });
      expect(Number(alerts[0]!.value)).toBe(1);
      expect(value(families, 'sitrep_deliveries_total', { sink: 'console', outcome: 'sent' })).toBe(1);
      expect(histogramCount(families, 'sitrep_delivery_latency_seconds', { sink: 'console' })).toBe(1);
      expect(value(families, 'sitrep_outbox_pending')).toBe(0);
      expect(value(families, 'sitrep_outbox_oldest_pending_age_seconds')).toBe(0);
      expect(value(families, 'sitrep_poll_cycles_total')).toBeGreaterThanOrEqual(2);
      expect(value(families, 'sitrep_discord_rate_limited_total')).toBe(0);
      // Process metrics.
      expect(value(families, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
      expect(value(families, 'process_resident_memory_bytes')).toBeGreaterThan(0);
      family(families, 'nodejs_eventloop_lag_seconds', 'GAUGE');

      bot.child.kill('SIGTERM');
      expect(await bot.exit).toBe(0);
      await expect(fetch(`${bot.url}/healthz`)).rejects.toThrow();
    } finally {
      bot.child.kill('SIGKILL');
    }
  });

  it('not ready while every feed fails (naming them), ready again once one answers', async () => {
    feeds.route('/gone.xml', { status: 404, body: 'not here' });
    feeds.route('/garbled.xml', { contentType: 'application/rss+xml', body: '<rss><channel><item><title>cut' });
    const config = writeConfig(join(dir, 'all-failing.yaml'), {
      feeds: [
        { id: 'gone', url: feeds.url('/gone.xml'), interval: '1s' },
        { id: 'garbled', url: feeds.url('/garbled.xml'), interval: '1s' },
      ],
      rules: [anyAttack],
    });
    const bot = await startBot({ SITREP_DB: join(dir, 'all-failing.db') }, config);
    try {
      const down = await until('not ready once both feeds failed', async () => {
        const r = await readyz(bot.url);
        return r.status === 503 && r.body.failed.includes('feeds') && r;
      });
      // The poller itself is fine: it is the feeds that fail.
      expect(down.body.failed).toEqual(['feeds']);
      expect(down.body.checks.feeds!.detail).toMatch(/^every feed failed its last poll \(2 of 2\): gone: HTTP 404.*; garbled: /);

      // One feed answering is enough to be ready; the other is named as failing.
      feeds.route('/gone.xml', { contentType: 'application/rss+xml', body: rssOf([]) });
      const up = await until(
        'ready once one feed answers',
        async () => {
          const r = await readyz(bot.url);
          return r.status === 200 && r;
        },
        { timeoutMs: 60_000 },
      );
      expect(up.body.checks.feeds).toEqual({ ok: true, detail: expect.stringMatching(/^1 of 2 feeds failed their last poll: garbled: /) });
      bot.child.kill('SIGTERM');
      expect(await bot.exit).toBe(0);
    } finally {
      bot.child.kill('SIGKILL');
    }
  }, 120_000);

  it('with Discord: not ready while the gateway is down, ready again once it reconnects; 429s and errors counted', async () => {
    const fake = await new FakeDiscord().start();
    const guildId = fake.addGuild('Ops');
    const channelId = fake.addChannel(guildId, 'alerts');
    const admin: InteractionTarget = { guildId, channelId, member: { id: snowflake(), name: 'admin', permissions: MANAGER_PERMISSIONS } };
    feeds.route('/discord.xml', { contentType: 'application/rss+xml', body: rssOf([]) });
    const config = writeConfig(join(dir, 'discord.yaml'), {
      feeds: [{ id: 'wire', url: feeds.url('/discord.xml'), interval: '1s' }],
      rules: [{ id: 'iraq-syria-bases', match: { attackTypes: ['drone', 'rocket', 'ied'], countries: ['IQ', 'SY'] } }],
    });
    const bot = await startBot(
      {
        SITREP_DB: join(dir, 'discord.db'),
        DISCORD_TOKEN: fake.token,
        DISCORD_APPLICATION_ID: fake.applicationId,
        DISCORD_GUILD_ID: guildId,
        DISCORD_REST_URL: fake.restUrl,
      },
      config,
    );
    try {
      const ready = await until('ready with the gateway connected', async () => {
        const r = await readyz(bot.url);
        return r.status === 200 && r;
      });
      expect(ready.body.checks.discord).toEqual({ ok: true, detail: 'gateway connected' });

      // A gateway outage: not ready, and the check says why.
      fake.acceptGateway = false;
      fake.dropGateway();
      const down = await until('not ready', async () => {
        const r = await readyz(bot.url);
        return r.status === 503 && r;
      });
      expect(down.body.failed).toEqual(['discord']);
      expect(down.body.checks.discord!.detail).toMatch(/^gateway not connected \(/);
      fake.acceptGateway = true;
      await until('ready again', async () => (await readyz(bot.url)).status === 200);

      // Deliveries through a rate limit and two server errors: all counted, the alert still arrives once.
      const sub = await runCommand(fake, admin, 'subscribe', { options: { rule: 'iraq-syria-bases' } }, 15_000);
      expect(answerText(sub)).toMatch(/iraq-syria-bases/);
      let faults = 0;
      fake.faultFor = (method, path) => {
        if (method !== 'POST' || !path.endsWith(`/channels/${channelId}/messages`)) return null;
        faults++;
        if (faults === 1) return { status: 429, retryAfterMs: 200 };
        if (faults <= 3) return { status: 503 };
        return null;
      };
      feeds.route('/discord.xml', { contentType: 'application/rss+xml', body: rssOf([seedEntry()]) });
      await until('the alert in the channel', () => fake.messagesIn(channelId).length === 1, { timeoutMs: 90_000 });
      const families = await scrape(bot.url);
      expect(value(families, 'sitrep_discord_rate_limited_total')).toBeGreaterThanOrEqual(1);
      expect(value(families, 'sitrep_discord_errors_total', { kind: 'server' })).toBeGreaterThanOrEqual(1);
      expect(value(families, 'sitrep_deliveries_total', { sink: 'discord', outcome: 'retry' })).toBeGreaterThanOrEqual(1);
      expect(value(families, 'sitrep_deliveries_total', { sink: 'discord', outcome: 'sent' })).toBe(1);
      expect(histogramCount(families, 'sitrep_delivery_latency_seconds', { sink: 'discord' })).toBe(1);
      expect(family(families, 'sitrep_alerts_total', 'COUNTER').metrics.map((m) => [m.labels?.rule, m.value])).toEqual([['iraq-syria-bases', '1']]);
      expect(fake.messagesIn(channelId)).toHaveLength(1);

      bot.child.kill('SIGTERM');
      expect(await bot.exit).toBe(0);
    } finally {
      bot.child.kill('SIGKILL');
      await fake.stop();
    }
  }, 180_000);
});
