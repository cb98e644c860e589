/**
 * Regressions of the poller's silent failures: items dated 1970 dropped without a word, undated
 * items alerting again once retention pruned them, a locked store reported nowhere, and one feed
 * taking a whole cycle.
 */
import { Writable } from 'node:stream';
import SQLite from 'better-sqlite3';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConsoleSink } from '../../src/alerts/console-sink.js';
import { ExtractionEngine } from '../../src/extract/index.js';
import type { FeedSpec } from '../../src/feeds/source.js';
import { silentLogger } from '../../src/logger.js';
import { Dispatcher } from '../../src/pipeline/dispatcher.js';
import { datedItems } from '../../src/pipeline/item-dates.js';
import { Poller, type PollerOptions } from '../../src/pipeline/poller.js';
import type { OpenedDatabase } from '../../src/store/database.js';
import { getFeedState } from '../../src/store/feeds.js';
import { pruneOlderThan, retentionCutoff } from '../../src/store/retention.js';
import { sqliteTestDatabase, type TestDatabase } from '../helpers/databases.js';
import { consolePipeline } from '../helpers/pipeline.js';
import { fetched, feedItem as item, ScriptedSource } from '../helpers/scripted-source.js';
import { until } from '../helpers/until.js';

const engine = ExtractionEngine.load();
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const feed: FeedSpec = { id: 'wire', url: 'http://wire.test/rss', name: null, intervalMs: 5 * 60_000, trusted: true, guildId: null };
/** Distinct attack reports (different places and kinds), so that each is its own incident. */
const ATTACKS = [
  ['Drone strike hits checkpoint in Kandahar', 'A drone struck a police checkpoint in Kandahar, killing 3 officers.'],
  ['Rocket attack on market in Mogadishu', 'Two rockets hit a market in Mogadishu, injuring 5 people.'],
  ['Gunmen attack village near Maiduguri', 'Gunmen attacked a village near Maiduguri, killing 4 people.'],
  ['Car bomb explodes in Kirkuk', 'A car bomb exploded near a checkpoint in Kirkuk, killing 2 soldiers.'],
  ['Mortar shells hit Aleppo suburb', 'Mortar shells hit a suburb of Aleppo, injuring 6 civilians.'],
  ['Airstrike on Sanaa warehouse', 'An airstrike hit a warehouse in Sanaa, killing 7 people.'],
  ['Gunmen kidnap traders near Gao', 'Gunmen kidnapped 9 traders on the road near Gao.'],
  ['Suicide bomber strikes Peshawar mosque', 'A suicide bomber attacked a mosque in Peshawar, killing 12.'],
  ['Drone attack on Odesa port', 'Drones attacked the port of Odesa overnight, injuring 3 workers.'],
  ['Missile strike on Kharkiv factory', 'A missile struck a factory in Kharkiv, killing 4 workers.'],
  ['Rebels attack army post near Goma', 'Rebels attacked an army post near Goma, killing 5 soldiers.'],
  ['Bomb blast at Quetta bus station', 'A bomb exploded at a bus station in Quetta, killing 6 people.'],
] as const;

describe('poller faults', () => {
  let tdb: TestDatabase;
  let database: OpenedDatabase;
  let now: Date;
  const clock = { now: () => now };
  let printed: string[];
  let logs: { msg: string; [k: string]: unknown }[];

  const makePoller = (source: ScriptedSource, options: Partial<PollerOptions> = {}) => {
    const out = new Writable({
      write: (chunk, _enc, cb) => {
        printed.push(String(chunk));
        cb();
      },
    });
    const log = pino({ level: 'info' }, { write: (line: string) => void logs.push(JSON.parse(line)) });
    return new Poller(
      {
        pipeline: consolePipeline(database.db, engine, clock),
        source,
        clock,
        log,
        random: () => 0.5,
        options: { concurrency: 1, firstRunWindowMs: DAY, disableAfterMs: 7 * DAY, maxItemAgeMs: 90 * DAY, ...options },
        store: database,
        afterCycle: async () => {
          await new Dispatcher(database.db, { console: new ConsoleSink(out, true) }, clock, silentLogger).drain();
        },
      },
      async () => [feed],
    );
  };
  const titles = () => printed.map((l) => JSON.parse(l).title as string);

  beforeEach(async () => {
    now = new Date('2026-11-20T12:00:00Z');
    printed = [];
    logs = [];
    tdb = sqliteTestDatabase();
    database = await tdb.open();
  });
  afterEach(async () => {
    await database.close();
    await tdb.dispose();
  });

  it('takes at most maxItemsPerPoll new items per poll, newest first; the rest come with the next polls, each alerted once', async () => {
    const recent = ATTACKS.slice(0, 10).map(([t, c], i) => item(`r${i}`, t, new Date(now.getTime() - (i + 1) * HOUR), c));
    const backlog = ATTACKS.slice(10).map(([t, c], i) => item(`old${i}`, t, new Date(now.getTime() - (3 + i) * DAY), c));
    const source = new ScriptedSource(() => fetched([...recent, ...backlog], { etag: '"v1"' }));
    const poller = makePoller(source, { maxItemsPerPoll: 4 });
    const reports = [];
    for (let i = 0; i < 3; i++) {
      const [r] = await poller.pollAll({ onlyDue: true });
      reports.push(r);
      const state = (await getFeedState(database.db, 'wire'))!;
      // Until the backlog is in, the next fetch is unconditional and due at once, and the feed is still in its first poll.
      if (r!.partial) expect(state).toMatchObject({ etag: null, first_poll_at: null, next_poll_at: now.toISOString() });
      now = new Date(now.getTime() + 1000);
    }
    expect(reports.map((r) => [r!.newItems, Boolean(r!.partial)])).toEqual([
      [4, true],
      [4, true],
      [4, false],
    ]);
    expect((await getFeedState(database.db, 'wire'))!.etag).toBe('"v1"');
    // The newest first; the backlog older than firstRunWindow stayed silent across the three polls.
    expect(titles().slice(0, 4).sort()).toEqual(
      recent
        .slice(0, 4)
        .map((i) => i.title)
        .sort(),
    );
    expect(titles().sort()).toEqual(recent.map((i) => i.title).sort());
  });

  it('reads a date before 1990 as no date and clamps one more than a day ahead to the fetch time, saying so', async () => {
    expect(datedItems([item('z', 't', new Date(0)), item('f', 't', new Date(now.getTime() + 3 * DAY)), item('ok', 't', now)], now)).toMatchObject({
      items: [
        { key: 'z', published: null },
        { key: 'f', published: now.toISOString() },
        { key: 'ok', published: now.toISOString() },
      ],
      undatedKeys: ['z', 'f'],
      mended: [
        { key: 'z', rule: 'before 1990: read as undated' },
        { key: 'f', rule: 'more than a day ahead: clamped to the fetch time' },
      ],
    });
    const source = new ScriptedSource(() => fetched([]));
    const poller = makePoller(source);
    await poller.pollAll({ onlyDue: false }); // the feed's first poll: from now on every new item alerts
    const [a, b] = ATTACKS;
    source.script = () => fetched([item('epoch', a[0], new Date(0), a[1]), item('ahead', b[0], new Date(now.getTime() + 30 * DAY), b[1])]);
    now = new Date(now.getTime() + HOUR);
    expect(await poller.pollAll({ onlyDue: false })).toMatchObject([{ ok: true, newItems: 2, alerts: 2 }]);
    expect(titles().sort()).toEqual([a[0], b[0]].sort());
    const warned = logs.filter((l) => l.msg === 'item with an implausible date');
    expect(warned.map((l) => [l.item, l.rule])).toEqual([
      ['epoch', 'before 1990: read as undated'],
      ['ahead', 'more than a day ahead: clamped to the fetch time'],
    ]);
    const stored = await database.db.selectFrom('documents').select(['item_key', 'published_at']).orderBy('item_key').execute();
    expect(stored).toEqual([
      { item_key: 'ahead', published_at: now.toISOString() },
      { item_key: 'epoch', published_at: now.toISOString() },
    ]);
    // Logged once: the next poll sees them as known.
    now = new Date(now.getTime() + HOUR);
    await poller.pollAll({ onlyDue: false });
    expect(logs.filter((l) => l.msg === 'item with an implausible date')).toHaveLength(2);
  });

  it('remembers an undated item beyond retention while the feed lists it: it alerts once, ever', async () => {
    const source = new ScriptedSource(() => fetched([]));
    const poller = makePoller(source);
    await poller.pollAll({ onlyDue: false });
    const [title, content] = ATTACKS[0];
    source.script = () => fetched([item('undated', title, null, content)]);
    for (let day = 0; day < 200; day += 10) {
      now = new Date(now.getTime() + 10 * DAY);
      await poller.pollAll({ onlyDue: false });
      await pruneOlderThan(database.db, retentionCutoff(now, 90 * DAY));
    }
    expect(titles()).toEqual([title]);
  });

  it('on a new feed, undated items are backlog: recorded silently', async () => {
    const [title, content] = ATTACKS[1];
    const poller = makePoller(new ScriptedSource(() => fetched([item('undated', title, null, content)])));
    expect(await poller.pollAll({ onlyDue: false })).toMatchObject([{ ok: true, newItems: 1, alerts: 0 }]);
    expect(printed).toEqual([]);
  });

  it('reports a store it cannot write for the feed, and records it once the store takes writes again', async () => {
    const [title, content] = ATTACKS[2];
    const poller = makePoller(new ScriptedSource(() => fetched([item('x', title, new Date(now.getTime() - HOUR), content)])));
    const locker = new SQLite(tdb.url);
    locker.exec('BEGIN IMMEDIATE');
    const [report] = await poller.pollAll({ onlyDue: false });
    expect(report).toMatchObject({
      ok: false,
      notRecorded: true,
      error: expect.stringMatching(/^store error: the database is locked by another process \(.*sitrep\.db\)/),
    });
    expect(database.health()).toMatchObject({ up: false });
    locker.exec('COMMIT');
    locker.close();
    expect(await poller.recordUnrecorded([report!])).toBe(true);
    expect((await getFeedState(database.db, 'wire'))!.last_error).toBe(report!.error);
    // The backoff passes; the work is done, once.
    now = new Date(now.getTime() + 2 * 60_000);
    expect(await poller.pollAll({ onlyDue: false })).toMatchObject([{ ok: true, newItems: 1, alerts: 1 }]);
    expect(titles()).toEqual([title]);
  });

  it('a poll cut by the store, whose failure could not be recorded either, leaves no lease behind: the next cycle polls the feed', async () => {
    const [title, content] = ATTACKS[3];
    const locker = new SQLite(tdb.url);
    // The store stops taking writes after the feed was leased, while its items are fetched.
    const poller = makePoller(
      new ScriptedSource((_, call) => {
        if (call === 0) locker.exec('BEGIN IMMEDIATE');
        return fetched([item('y', title, new Date(now.getTime() - HOUR), content)]);
      }),
    );
    expect(await poller.pollAll({ onlyDue: true })).toMatchObject([{ ok: false, notRecorded: true }]);
    locker.exec('COMMIT');
    locker.close();
    // The store's backoff (a second, on the system clock) passes; the feed's clock moves well
    // within the two-minute lease the cut poll took.
    await until('the store to take attempts again', () => database.available());
    now = new Date(now.getTime() + 30_000);
    expect(await poller.pollAll({ onlyDue: true })).toMatchObject([{ ok: true, newItems: 1, alerts: 1 }]);
    expect(titles()).toEqual([title]);
  });
});
