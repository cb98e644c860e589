/**
 * Regression: a full disk mid-run ended in "cannot rollback - no transaction is active" (the
 * error that mattered was hidden) and 9 alerts printed twice. Now the per-item transactions roll
 * back whole, the feed's error names the database, and after space is freed every alert is
 * delivered once. A size-capped database (SQLite's max_page_count) everywhere; a real full
 * filesystem (a small tmpfs in a private mount namespace) where this machine allows one.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConsoleSink } from '../../src/alerts/console-sink.js';
import { ExtractionEngine } from '../../src/extract/index.js';
import { silentLogger } from '../../src/logger.js';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { Dispatcher } from '../../src/pipeline/dispatcher.js';
import { Poller } from '../../src/pipeline/poller.js';
import { type FeedServer, startFeedServer } from '../fakes/feed-server.js';
import { attackEntries, rssOf } from '../fixtures/attack-feed.js';
import { alertKey, alertLines, figures } from '../helpers/accounting.js';
import { sqliteTestDatabase } from '../helpers/databases.js';
import { canMountInNamespace, runScript } from '../helpers/namespaces.js';
import { consolePipeline } from '../helpers/pipeline.js';
import { feedItem, fetched, ScriptedSource } from '../helpers/scripted-source.js';

const HOUR = 3_600_000;

describe('a full disk', () => {
  it('size-capped store: the feed reports it, nothing is half-written, and after space is freed every alert comes once', async () => {
    const engine = ExtractionEngine.load();
    const tdb = sqliteTestDatabase();
    const database = await tdb.open();
    let now = new Date();
    const clock = { now: () => now };
    const printed: string[] = [];
    const out = new Writable({
      write: (chunk, _enc, cb) => {
        printed.push(...alertLines(String(chunk)));
        cb();
      },
    });
    const entries = attackEntries(300, 0, now);
    const source = new ScriptedSource(() => fetched([]));
    const poller = new Poller(
      {
        pipeline: consolePipeline(database.db, engine, clock),
        source,
        clock,
        log: silentLogger,
        options: { concurrency: 1, firstRunWindowMs: 24 * HOUR, disableAfterMs: 7 * 24 * HOUR, maxItemAgeMs: 90 * 24 * HOUR },
        store: database,
        afterCycle: async () => {
          await new Dispatcher(database.db, { console: new ConsoleSink(out, true) }, clock, silentLogger).drain();
        },
      },
      async () => [{ id: 'wire', url: 'http://wire.test/rss', name: null, intervalMs: 60_000, trusted: true, guildId: null }],
    );
    await poller.pollAll({ onlyDue: false });
    const pages = Number((await sql<{ page_count: number }>`pragma page_count`.execute(database.db)).rows[0]!.page_count);
    await sql`pragma max_page_count = ${sql.raw(String(pages + 40))}`.execute(database.db);

    source.script = () => fetched(entries.map((e) => feedItem(e.guid, e.title, e.published, e.body)));
    now = new Date(now.getTime() + 60_000);
    const [full] = await poller.pollAll({ onlyDue: false });
    expect(full).toMatchObject({
      ok: false,
      notRecorded: true,
      error: expect.stringMatching(/^store error: the disk holding the database is full \(.*sitrep\.db\): database or disk is full/),
    });
    expect(database.health()).toMatchObject({ up: false });
    const count = async (table: 'seen_items' | 'documents') =>
      Number(
        (
          await database.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const storedWhileFull = await count('documents');
    expect(storedWhileFull).toBeGreaterThan(0);
    expect(storedWhileFull).toBeLessThan(300);
    // Each item is stored whole or not at all: seen with its document, its incident and its alerts.
    expect(await count('seen_items')).toBe(storedWhileFull);
    const unfiled = await database.db.selectFrom('documents').select('id').where('is_attack', '=', 1).where('incident_id', 'is', null).execute();
    expect(unfiled).toEqual([]);

    await sql`pragma max_page_count = 1073741823`.execute(database.db);
    now = new Date(now.getTime() + 5 * 60_000);
    expect(await poller.pollAll({ onlyDue: false })).toMatchObject([{ ok: true }]);
    expect(await count('documents')).toBe(300);
    const expected = Number(
      (
        await database.db
          .selectFrom('outbox')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
    const result = figures(expected, printed.map(alertKey));
    console.info(`disk full (size-capped store): ${JSON.stringify(result)}; ${storedWhileFull} of 300 items stored before it filled`);
    expect(result).toMatchObject({ duplicated: 0, lost: 0 });
    await database.close();
    await tdb.dispose();
  }, 120_000);
});

describe.runIf(canMountInNamespace())('a full filesystem under poll --once', () => {
  let feeds: FeedServer;
  beforeAll(async () => {
    feeds = await startFeedServer();
  });
  afterAll(async () => {
    await feeds.close();
  });

  it('one line naming the database, exit 1; after space is freed, every alert is delivered once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-full-'));
    const mnt = join(dir, 'fs');
    const config = join(dir, 'sitrep.yaml');
    const entries = attackEntries(400);
    let served = 0;
    feeds.route('/feed.xml', {
      handler: (_req, res) => {
        // The first poll sees one item (and creates the store); the later ones all 400.
        res.writeHead(200, { 'content-type': 'application/rss+xml' });
        res.end(rssOf(served++ === 0 ? entries.slice(0, 1) : entries));
      },
    });
    writeFileSync(config, `feeds:\n  - id: wire\n    url: ${feeds.url('/feed.xml')}\nrules:\n  - id: all\n    match: {}\n`);
    const cli = `SITREP_DB=${mnt}/sitrep.db ${process.execPath} ${join(PACKAGE_ROOT, 'dist', 'cli.js')}`;
    const count = `${process.execPath} -e "const D=require('${join(PACKAGE_ROOT, 'node_modules', 'better-sqlite3')}');const d=new D('${mnt}/sitrep.db',{readonly:true});console.log(d.prepare('select count(*) n from outbox').get().n)"`;
    const script = [
      'set -u',
      `mkdir -p ${mnt} && mount -t tmpfs -o size=32m tmpfs ${mnt}`,
      `${cli} poll --once --json --config ${config} 2>/dev/null; echo "== first $?"`,
      // Fill the disk but for 200 KB: the store opens, and fills up while storing the 400 items.
      `dd if=/dev/zero of=${mnt}/spare bs=200k count=1 2>/dev/null; dd if=/dev/zero of=${mnt}/filler bs=4k 2>/dev/null; rm ${mnt}/spare`,
      `${cli} poll --once --json --config ${config}; echo "== full $?"`,
      `rm ${mnt}/filler`,
      `echo "== freed" >&2; ${cli} poll --once --json --config ${config}; echo "== freed $?"`,
      `echo "== outbox $(${count})"`,
    ].join('\n');
    const { stdout, stderr } = await runScript(script, { namespace: true });
    const [first, full, freed] = stdout.split(/^== .*$/m);
    expect(stdout).toMatch(/== first 0/);
    expect(stdout, stderr).toMatch(/== full 1/);
    expect(stdout).toMatch(/== freed 0/);
    const storeLines = stderr
      .split('== freed')[0]!
      .split('\n')
      .filter((l) => l.startsWith('feed wire:') || l.startsWith('delivery:') || l.startsWith('sitrep:'));
    expect(storeLines[0]).toMatch(new RegExp(`^feed wire: store error: the disk holding the database is full \\(${mnt}/sitrep\\.db\\)`));
    expect(stderr).not.toMatch(/cannot rollback|at .*\.js:\d+/);
    const expected = Number(/== outbox (\d+)/.exec(stdout)![1]);
    const result = figures(expected, [first!, full!, freed!].flatMap(alertLines).map(alertKey));
    console.info(`disk full (tmpfs, poll --once): ${JSON.stringify(result)}`);
    expect(result).toMatchObject({ duplicated: 0, lost: 0 });
    // The 400 reports are templated attacks in a few dozen cities: reports of one incident that
    // arrive in one poll fold into one message, so the outbox holds about one row per incident.
    expect(expected).toBeGreaterThan(50);
  }, 300_000);
});
