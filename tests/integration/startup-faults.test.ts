import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeDiscord } from '../fakes/discord/server.js';
import { runCli } from '../helpers/cli.js';

/** Faults of the surroundings at start: one clear line on stderr, exit 1, no stack trace, no retry loop. */
describe('start-up faults', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-start-'));
  const config = join(dir, 'sitrep.yaml');
  let fake: FakeDiscord;

  beforeAll(async () => {
    writeFileSync(config, 'feeds: []\nrules:\n  - {id: r, match: {countries: [IQ]}}\n');
    fake = await new FakeDiscord().start();
  });
  afterAll(async () => {
    await fake.stop();
  });

  function expectOneLine(stderr: string, pattern: RegExp) {
    const lines = stderr.trimEnd().split('\n');
    expect(lines, stderr).toHaveLength(1);
    expect(lines[0]).toMatch(pattern);
    expect(stderr).not.toMatch(/\n\s+at /);
  }

  it('a PostgreSQL database that does not exist', async () => {
    const r = await runCli(['poll', '--once', '--config', config], { env: { SITREP_DB: 'postgres://postgres@127.0.0.1:5432/sitrep_no_such_database' } });
    expect(r.code).toBe(1);
    expectOneLine(
      r.stderr,
      /^sitrep: cannot open the database \(postgres:\/\/postgres@127\.0\.0\.1:5432\/sitrep_no_such_database\): the database does not exist/,
    );
  });

  it('a database folder that can never be created (under /proc): refused, not retried forever', async () => {
    // Node's recursive mkdir loops without end when a folder's parent exists but refuses children.
    const r = await runCli(['poll', '--once', '--config', config], { env: { SITREP_DB: '/proc/sitrep-no-such-folder/sitrep.db' }, timeoutMs: 30_000 });
    expect(r.code).toBe(1);
    expectOneLine(
      r.stderr,
      /^sitrep: cannot open the database \/proc\/sitrep-no-such-folder\/sitrep\.db: cannot create the folder \/proc\/sitrep-no-such-folder/,
    );
  });

  it('a SQLite path through a file (SITREP_DB under the config file): which path is no folder, and no "starting a new store" line first', async () => {
    for (const location of [join(config, 'sitrep.db'), join(config, 'data', 'sitrep.db')]) {
      const r = await runCli(['poll', '--once', '--config', config], { env: { SITREP_DB: location }, timeoutMs: 30_000 });
      expect(r.code).toBe(1);
      expectOneLine(
        r.stderr,
        new RegExp(`^sitrep: cannot open the database ${location}: ${config} is a file, not a folder; set SITREP_DB to a file in a folder$`),
      );
    }
  });

  it('status on a SQLite store that does not exist (a mistyped SITREP_DB, another folder): says where it looked, creates nothing', async () => {
    const location = join(dir, 'elsewhere', 'sitrep.db');
    const r = await runCli(['status', '--config', config], { env: { SITREP_DB: location } });
    expect(r.code).toBe(1);
    expectOneLine(
      r.stderr,
      new RegExp(
        `^sitrep: no database at ${location}: nothing has run with this store yet; set SITREP_DB to the store the bot uses \\(sitrep run and poll --once create it\\)$`,
      ),
    );
    expect(r.stdout).toBe('');
    expect(existsSync(join(dir, 'elsewhere'))).toBe(false);
  });

  it('a PostgreSQL URL naming no user, or a user the server does not know: which one, and where to write it', async () => {
    const none = await runCli(['status', '--config', config], { env: { SITREP_DB: 'postgres://127.0.0.1:5432/test' } });
    expect(none.code).toBe(1);
    expectOneLine(
      none.stderr,
      /^sitrep: cannot open the database \(postgres:\/\/127\.0\.0\.1:5432\/test\): SITREP_DB names no user \(and \$USER is not set\): write one in it, postgres:\/\/USER@HOST\/DATABASE$/,
    );
    const unknown = await runCli(['status', '--config', config], { env: { SITREP_DB: 'postgres://sitrep_no_such_role@127.0.0.1:5432/test' } });
    expect(unknown.code).toBe(1);
    expectOneLine(unknown.stderr, /: the server refused the user "sitrep_no_such_role"; fix the user in SITREP_DB or the server's pg_hba\.conf$/);
  });

  it('a health and metrics listener that cannot listen: the port in use, an address not of this machine', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as AddressInfo;
    try {
      const db = join(dir, 'listen.db');
      const inUse = await runCli(['run', '--config', config], { env: { SITREP_DB: db, SITREP_HTTP_PORT: String(port) } });
      expect(inUse.code).toBe(1);
      expectOneLine(
        inUse.stderr.replace(/^\{.*\n/gm, ''),
        new RegExp(
          `^sitrep: cannot listen on 127\\.0\\.0\\.1:${port} for health and metrics: another program listens there; set SITREP_HTTP_PORT \\(or http\\.port\\) to another port, or 0 for any free one$`,
        ),
      );
      const foreign = await runCli(['run', '--config', config], { env: { SITREP_DB: db, SITREP_HTTP_PORT: '0', SITREP_HTTP_HOST: '192.0.2.1' } });
      expect(foreign.code).toBe(1);
      expectOneLine(
        foreign.stderr.replace(/^\{.*\n/gm, ''),
        /^sitrep: cannot listen on 192\.0\.2\.1:0 for health and metrics: this machine has no such address; set SITREP_HTTP_HOST \(or http\.host\) to one of its addresses, 127\.0\.0\.1, or 0\.0\.0\.0 for every interface$/,
      );
    } finally {
      blocker.close();
    }
  });

  it('a PostgreSQL server that does not answer (JSON logs too: the line is for people)', async () => {
    const r = await runCli(['run', '--json', '--config', config], { env: { SITREP_DB: 'postgres://postgres@127.0.0.1:9/sitrep' } });
    expect(r.code).toBe(1);
    expectOneLine(
      r.stderr,
      /^sitrep: cannot open the database: the database server is unavailable \(postgres:\/\/postgres@127\.0\.0\.1:9\/sitrep\): connect ECONNREFUSED/,
    );
  });

  it('a Discord token that Discord rejects, for the bot, poll --once and deploy-commands', async () => {
    const env = {
      SITREP_DB: join(dir, 'sitrep.db'),
      DISCORD_TOKEN: 'not-the-token',
      DISCORD_APPLICATION_ID: fake.applicationId,
      DISCORD_REST_URL: fake.restUrl,
    };
    for (const args of [['run', '--config', config], ['poll', '--once', '--config', config], ['deploy-commands']]) {
      const r = await runCli(args, { env, timeoutMs: 90_000 });
      expect(r.code, args.join(' ')).toBe(1);
      expectOneLine(r.stderr, /^sitrep: Discord rejected the bot token \(401 Unauthorized\): set DISCORD_TOKEN/);
    }
    // Nothing was registered or sent with it.
    expect(fake.identifies).toHaveLength(0);
    expect(fake.guildCommands.size + fake.globalCommands.length).toBe(0);
  });
});
