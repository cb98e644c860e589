/**
 * Regressions of the CLI's silent failures and stack traces: a locked store ("exits 0 with no
 * `feed X:` line, status says last poll: never"), `poll --once --json | head -1` (EPIPE), output
 * to a full device (ENOSPC), a read-only filesystem ("unable to open database file" without the
 * path), a data folder deleted under `sitrep run` (written to silently, everything re-alerted).
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { openDatabase } from '../../src/store/database.js';
import { type FeedServer, startFeedServer } from '../fakes/feed-server.js';
import { attackEntries, rssOf } from '../fixtures/attack-feed.js';
import { alertKey, alertLines, figures } from '../helpers/accounting.js';
import { runCli, startCli, startCliProcess, stopCliProcesses } from '../helpers/cli.js';
import { canMountInNamespace, runScript } from '../helpers/namespaces.js';
import { until } from '../helpers/until.js';

const CLI = join(PACKAGE_ROOT, 'dist', 'cli.js');
/** A stack trace line, or Node's own report of an unhandled error. */
const STACK = /^\s+at .+:\d+:\d+\)?$|Unhandled|node:internal/m;

function outboxCount(db: string, status?: string): number {
  const reader = new SQLite(db, { readonly: true });
  try {
    const q = status ? reader.prepare('select count(*) as n from outbox where status = ?').bind(status) : reader.prepare('select count(*) as n from outbox');
    return (q.get() as { n: number }).n;
  } finally {
    reader.close();
  }
}

describe('CLI faults', () => {
  let feeds: FeedServer;
  let dir: string;
  let config: string;

  beforeAll(async () => {
    feeds = await startFeedServer();
    feeds.route('/feed.xml', { contentType: 'application/rss+xml', body: rssOf(attackEntries(30)) });
    dir = mkdtempSync(join(tmpdir(), 'sitrep-cli-faults-'));
    config = join(dir, 'sitrep.yaml');
    writeFileSync(config, `feeds:\n  - id: wire\n    url: ${feeds.url('/feed.xml')}\n    interval: 1s\nrules:\n  - id: all\n    match: {}\n`);
  });
  afterAll(async () => {
    await feeds.close();
  });

  it('a locked store: the feed says so on stderr, exit 1, status shows it, and the next run does the work once', async () => {
    const db = join(dir, 'locked.db');
    await (await openDatabase(db)).close(); // creates the store
    const locker = new SQLite(db);
    locker.exec('BEGIN IMMEDIATE');
    const child = startCli(['poll', '--once', '--json', '--config', config], { SITREP_DB: db, LOG_LEVEL: 'error' });
    let stderr = '';
    let stdout = '';
    child.stdout!.on('data', (d) => (stdout += d));
    // Released once the failure is reported: the store then takes the record of it for `status`.
    child.stderr!.on('data', (d) => {
      stderr += d;
      if (/feed wire: store error/.test(stderr) && locker.inTransaction) locker.exec('ROLLBACK');
    });
    const code = await new Promise((resolve) => child.on('close', resolve));
    locker.close();
    expect(code).toBe(1);
    expect(stderr).toMatch(new RegExp(`^feed wire: store error: the database is locked by another process \\(${db}\\)`, 'm'));
    expect(stderr).not.toMatch(STACK);
    expect(stdout).toBe('');
    const status = await runCli(['status', '--json', '--config', config], { env: { SITREP_DB: db } });
    const feed = JSON.parse(status.stdout).feeds.find((f: { id: string }) => f.id === 'wire');
    expect(feed.lastPoll).not.toBeNull();
    expect(feed.lastError).toMatch(/^store error: the database is locked/);

    const again = await runCli(['poll', '--once', '--json', '--config', config], { env: { SITREP_DB: db } });
    expect(again.code).toBe(0);
    const result = figures(outboxCount(db), alertLines(again.stdout).map(alertKey));
    console.info(`locked store (poll --once): ${JSON.stringify(result)}`);
    expect(result).toMatchObject({ duplicated: 0, lost: 0 });
  });

  it('`poll --once --json | head -1` exits quietly; the alerts not taken go out next time, none twice', async () => {
    const db = join(dir, 'pipe.db');
    const cut = await runScript(`node ${CLI} poll --once --json --config ${config} | head -1; echo "== \${PIPESTATUS[0]}"`, { env: { SITREP_DB: db } });
    expect(cut.stdout).toMatch(/== 0\n$/);
    expect(alertLines(cut.stdout)).toHaveLength(1);
    expect(cut.stderr).not.toMatch(/EPIPE/);
    expect(cut.stderr).not.toMatch(STACK);
    const rest = await runCli(['poll', '--once', '--json', '--config', config], { env: { SITREP_DB: db } });
    expect(rest.code).toBe(0);
    // Lines the reader took into the pipe before it left count as delivered: `head` dropped them, not Sitrep.
    const keys = [...alertLines(cut.stdout), ...alertLines(rest.stdout)].map(alertKey);
    const result = figures(outboxCount(db), keys);
    console.info(`EPIPE (| head -1): ${JSON.stringify(result)}; ${alertLines(rest.stdout).length} printed by the next run`);
    expect(result.duplicated).toBe(0);
    expect(outboxCount(db, 'pending')).toBe(0);
  });

  it('output to a full device: one line naming it, exit 1; the alerts stay queued and go out next time', async () => {
    const db = join(dir, 'full-output.db');
    const full = await runScript(`node ${CLI} poll --once --json --config ${config} > /dev/full`, { env: { SITREP_DB: db } });
    expect(full.code).toBe(1);
    expect(full.stderr.trim().split('\n')).toEqual([
      'sitrep: cannot write to /dev/full: no space left on the device; the alerts not written stay queued for the next run',
    ]);
    const next = await runCli(['poll', '--once', '--json', '--config', config], { env: { SITREP_DB: db } });
    const result = figures(outboxCount(db), alertLines(next.stdout).map(alertKey));
    console.info(`ENOSPC on stdout: ${JSON.stringify(result)}`);
    expect(result).toMatchObject({ duplicated: 0, lost: 0 });
    expect(result.expected).toBeGreaterThan(0);
  });

  it('a data folder deleted under `sitrep run` is reported and not written to; a restart says it starts a new store', async () => {
    const data = join(dir, 'data');
    mkdirSync(data);
    const db = join(data, 'sitrep.db');
    const bot = startCliProcess(['run', '--json', '--config', config], { SITREP_DB: db });
    await until('the first alerts', () => alertLines(bot.stdout).length === 30, { processes: [bot] });
    rmSync(data, { recursive: true, force: true });
    await until('the loss to be reported', () => /was deleted while Sitrep was running/.test(bot.stderr), { processes: [bot] });
    expect(bot.stderr).toMatch(new RegExp(`the database file ${db} was deleted while Sitrep was running \\(its folder ${data} is gone\\)`));
    // New items are not taken into a store that no longer exists.
    feeds.route('/feed.xml', { contentType: 'application/rss+xml', body: rssOf(attackEntries(35)) });
    await new Promise((r) => setTimeout(r, 4000));
    expect(alertLines(bot.stdout)).toHaveLength(30);
    expect(existsSync(data)).toBe(false);
    expect(bot.stderr.match(/database lost/g)).toHaveLength(1);
    expect(await stopCliProcesses([bot])).toEqual([0]);
    feeds.route('/feed.xml', { contentType: 'application/rss+xml', body: rssOf(attackEntries(30)) });

    const restarted = await runCli(['poll', '--once', '--config', config], { env: { SITREP_DB: db, LOG_LEVEL: 'warn' } });
    expect(restarted.stderr).toMatch(/created the data folder: this is a new, empty store/);
  });
});

describe.runIf(canMountInNamespace())('a read-only filesystem', () => {
  it('says which path and what to do, for a new store and an existing one; no stack trace', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-ro-'));
    const config = join(dir, 'sitrep.yaml');
    writeFileSync(config, 'feeds: []\nrules: []\n');
    const mnt = join(dir, 'ro');
    const cli = `${process.execPath} ${CLI}`;
    const script = [
      `mkdir -p ${mnt} && mount -t tmpfs -o size=4m tmpfs ${mnt} && mkdir ${mnt}/data`,
      `SITREP_DB=${mnt}/data/existing.db ${cli} poll --once --config ${config} > /dev/null`,
      `mount -o remount,ro ${mnt}`,
      `echo "== new" >&2; SITREP_DB=${mnt}/data/new.db ${cli} poll --once --config ${config}; echo "== new $?"`,
      `echo "== folder" >&2; SITREP_DB=${mnt}/data/sub/new.db ${cli} poll --once --config ${config}; echo "== folder $?"`,
      `echo "== existing" >&2; SITREP_DB=${mnt}/data/existing.db ${cli} poll --once --config ${config}; echo "== existing $?"`,
    ].join('\n');
    const { stdout, stderr } = await runScript(script, { namespace: true });
    expect(stdout).toMatch(/== new 1\n== folder 1\n== existing 1/);
    const [, fresh, folder, existing] = stderr.split(/^== \w+$/m).map((s) => s.trim());
    expect(fresh).toBe(
      `sitrep: cannot open the database ${mnt}/data/new.db: ${mnt}/data is on a read-only filesystem; set SITREP_DB to a file on a writable volume`,
    );
    expect(folder).toBe(
      `sitrep: cannot open the database ${mnt}/data/sub/new.db: ${mnt}/data is on a read-only filesystem; set SITREP_DB to a file on a writable volume`,
    );
    expect(existing).toBe(
      `sitrep: cannot open the database ${mnt}/data/existing.db: ${mnt}/data is on a read-only filesystem; set SITREP_DB to a file on a writable volume`,
    );
  }, 300_000); // four CLI runs in a mount namespace: slow on a loaded machine
});
