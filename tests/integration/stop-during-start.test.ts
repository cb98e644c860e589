/**
 * SIGTERM or SIGINT while `sitrep run` is still starting (the store being opened, its lock being
 * taken) stops it as a stop after start does: cleanly, exit 0, the SQLite lock released, so the
 * restart that follows (docker restart, systemd) is not refused as "in use by another process".
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FakeDiscord } from '../fakes/discord/server.js';
import { startCliProcess, stopCliProcesses } from '../helpers/cli.js';
import { writeConfig } from '../helpers/config-file.js';
import { until } from '../helpers/until.js';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-stop-early-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const config = writeConfig(join(dir, 'sitrep.yaml'), {
  feeds: [{ id: 'wire', url: 'http://127.0.0.1:9/feed.xml', interval: '1h' }],
  rules: [{ id: 'any-attack', match: {} }],
});

describe('a stop asked for while sitrep run starts', () => {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`${signal} as the store opens: a clean stop, the lock released, a restart at once works`, async () => {
      const db = join(dir, `${signal}.db`);
      const env = { SITREP_DB: db, LOG_LEVEL: 'info' };
      const first = startCliProcess(['run', '--config', config], env);
      // The store's first line: the database is being opened, before the lock is taken.
      await until('the store opening', () => /no database file here yet/.test(first.stderr), { processes: [first] });
      first.child.kill(signal);
      expect(await first.exit).toBe(0);
      expect(first.signal).toBeNull();
      expect(first.stderr).toMatch(/"msg":"stopped"/);
      expect(existsSync(`${db}.lock`)).toBe(false);

      const second = startCliProcess(['run', '--config', config], env);
      await until('the restart ready', () => /"msg":"ready: /.test(second.stderr), { processes: [second] });
      expect(await stopCliProcesses([second])).toEqual([0]);
    });
  }

  it('SIGTERM while Discord is slow to answer the start: stopped within the grace, not after Discord answers', async () => {
    const fake = await new FakeDiscord().start();
    // Discord answering each request after 30 s: the token check and the command registration wait on it.
    fake.latencyMs = 30_000;
    try {
      const db = join(dir, 'slow-discord.db');
      const bot = startCliProcess(['run', '--config', config], {
        SITREP_DB: db,
        DISCORD_TOKEN: fake.token,
        DISCORD_APPLICATION_ID: fake.applicationId,
        DISCORD_REST_URL: fake.restUrl,
      });
      await until('the token check sent', () => fake.requests.length > 0, { processes: [bot] });
      const asked = Date.now();
      bot.child.kill('SIGTERM');
      const code = await Promise.race([bot.exit, new Promise<'still running'>((r) => setTimeout(() => r('still running'), 10_000))]);
      if (code === 'still running') bot.child.kill('SIGKILL');
      expect(code).toBe(0);
      expect(Date.now() - asked).toBeLessThan(10_000);
      expect(bot.stderr).toMatch(/"msg":"stopped"/);
      expect(existsSync(`${db}.lock`)).toBe(false);
    } finally {
      await fake.stop();
    }
  }, 60_000);

  it('SIGTERM while the slash commands are being registered: the next start registers them', async () => {
    const fake = await new FakeDiscord().start();
    const guildId = fake.addGuild('Ops');
    const registering = (method: string, path: string) => method === 'PUT' && path.endsWith('/commands');
    fake.delayFor = (method, path) => (registering(method, path) ? 30_000 : 0);
    try {
      const env = {
        SITREP_DB: join(dir, 'slow-registration.db'),
        DISCORD_TOKEN: fake.token,
        DISCORD_APPLICATION_ID: fake.applicationId,
        DISCORD_GUILD_ID: guildId,
        DISCORD_REST_URL: fake.restUrl,
      };
      const first = startCliProcess(['run', '--config', config], env);
      await until('the registration sent', () => fake.requests.some((r) => registering(r.method, r.path)), { processes: [first] });
      first.child.kill('SIGTERM');
      expect(await first.exit).toBe(0);
      expect(fake.guildCommands.get(guildId) ?? []).toEqual([]);

      // Not registered: the restart does not take it for done today.
      fake.delayFor = () => 0;
      const second = startCliProcess(['run', '--config', config], env);
      try {
        await until('the commands registered by the restart', () => (fake.guildCommands.get(guildId)?.length ?? 0) > 0, {
          processes: [second],
          timeoutMs: 20_000,
        });
      } finally {
        expect(await stopCliProcesses([second])).toEqual([0]);
      }
    } finally {
      await fake.stop();
    }
  }, 90_000);
});
