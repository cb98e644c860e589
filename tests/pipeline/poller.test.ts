import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConsoleSink } from '../../src/alerts/console-sink.js';
import { ExtractionEngine } from '../../src/extract/index.js';
import type { FeedSource, FeedSpec, FetchOutcome } from '../../src/feeds/source.js';
import { silentLogger } from '../../src/logger.js';
import { Dispatcher } from '../../src/pipeline/dispatcher.js';
import { Poller } from '../../src/pipeline/poller.js';
import type { PipelineDeps } from '../../src/pipeline/process.js';
import type { OpenedDatabase } from '../../src/store/database.js';
import { getFeedState } from '../../src/store/feeds.js';
import { sqliteTestDatabase, type TestDatabase } from '../helpers/databases.js';
import { consolePipeline } from '../helpers/pipeline.js';
import { fetched, feedItem as item, ScriptedSource } from '../helpers/scripted-source.js';

const engine = ExtractionEngine.load();
const HOUR = 3_600_000;

describe('poller', () => {
  let tdb: TestDatabase;
  let database: OpenedDatabase;
  let now = new Date('2026-11-20T12:00:00Z');
  const clock = { now: () => now };
  const printed: string[] = [];
  const out = new Writable({
    write: (chunk, _enc, cb) => {
      printed.push(String(chunk));
      cb();
    },
  });
  const feed: FeedSpec = { id: 'wire', url: 'http://wire.test/rss', name: null, intervalMs: 5 * 60_000, trusted: true, guildId: null };

  let deps: PipelineDeps;
  const makePoller = (source: FeedSource, disableAfterMs = 7 * 24 * HOUR) =>
    new Poller(
      {
        pipeline: deps,
        source,
        clock,
        log: silentLogger,
        random: () => 0.5,
        options: { concurrency: 4, firstRunWindowMs: 24 * HOUR, disableAfterMs, maxItemAgeMs: 90 * 24 * HOUR },
        afterCycle: async () => {
          await new Dispatcher(database.db, { console: new ConsoleSink(out, true) }, clock, silentLogger).drain();
        },
      },
      async () => [feed],
    );

  beforeAll(async () => {
    tdb = sqliteTestDatabase();
    database = await tdb.open();
    deps = consolePipeline(database.db, engine, clock);
  });
  afterAll(async () => {
    await database.close();
    await tdb.dispose();
  });

  it('records the backlog of a new feed silently and alerts only recent items, once', async () => {
    const items = [
      item('old', 'Suicide bomber kills 12 at a market in Mogadishu', new Date(now.getTime() - 48 * HOUR)),
      item('ancient', 'Car bomb kills 30 in Kabul', new Date(now.getTime() - 200 * 24 * HOUR)),
      item('recent', 'Drone attack on Ain al-Asad air base in Iraq, no casualties', new Date(now.getTime() - 2 * HOUR)),
    ];
    const source = new ScriptedSource(() => fetched(items));
    const poller = makePoller(source);
    const [report] = await poller.pollAll({ onlyDue: false });
    expect(report).toMatchObject({ ok: true, newItems: 2, alerts: 1 });
    expect(printed.map((l) => JSON.parse(l).title)).toEqual(['Drone attack on Ain al-Asad air base in Iraq, no casualties']);
    // The older-than-retention item is not even stored: it could otherwise come back as new after pruning.
    const keys = (await database.db.selectFrom('seen_items').select('item_key').execute()).map((r) => r.item_key).sort();
    expect(keys).toEqual(['old', 'recent']);
    // Nothing new the second time.
    now = new Date(now.getTime() + 10 * 60_000);
    expect(await poller.pollAll({ onlyDue: false })).toMatchObject([{ ok: true, newItems: 0, alerts: 0 }]);
    // After the first poll every new item alerts, whatever its date.
    source.script = () => fetched([...items, item('late', 'Gunmen kidnap 20 students in Kaduna, Nigeria', new Date(now.getTime() - 30 * HOUR))]);
    expect(await poller.pollAll({ onlyDue: false })).toMatchObject([{ ok: true, newItems: 1, alerts: 1 }]);
    expect(printed).toHaveLength(2);
  });

  it('only polls feeds that are due, honouring the server’s lower bound', async () => {
    const source = new ScriptedSource(() => fetched([], { minNextPollMs: 2 * HOUR }));
    const poller = makePoller(source);
    await poller.pollAll({ onlyDue: false });
    const state = await getFeedState(database.db, 'wire');
    expect(state!.next_poll_at).toBe(new Date(now.getTime() + 2 * HOUR).toISOString());
    now = new Date(now.getTime() + HOUR);
    expect(await poller.pollAll({ onlyDue: true })).toEqual([]);
    now = new Date(now.getTime() + HOUR);
    expect(await poller.pollAll({ onlyDue: true })).toHaveLength(1);
  });

  it('backs off a failing feed, disables it after failing too long, and says so', async () => {
    const disabled: string[] = [];
    const source = new ScriptedSource(() => Object.assign(new Error('HTTP 503 Service Unavailable'), { status: 503 }));
    const poller = new Poller(
      {
        pipeline: deps,
        source,
        clock,
        log: silentLogger,
        random: () => 0.99,
        options: { concurrency: 1, firstRunWindowMs: HOUR, disableAfterMs: 24 * HOUR, maxItemAgeMs: 90 * 24 * HOUR },
        onFeedDisabled: async (f, reason) => void disabled.push(`${f.id}: ${reason}`),
      },
      async () => [feed],
    );
    const gaps: number[] = [];
    for (let i = 0; i < 12 && disabled.length === 0; i++) {
      const [r] = await poller.pollAll({ onlyDue: false });
      expect(r).toMatchObject({ ok: false, status: 503, error: 'HTTP 503 Service Unavailable' });
      const s = (await getFeedState(database.db, 'wire'))!;
      gaps.push(Date.parse(s.next_poll_at!) - now.getTime());
      now = new Date(Date.parse(s.next_poll_at!));
    }
    // Waits grow (exponential backoff), and the feed is switched off once it has failed for a day.
    expect(gaps[1]!).toBeGreaterThan(gaps[0]!);
    expect(gaps[3]!).toBeGreaterThan(gaps[1]!);
    expect(disabled).toEqual([expect.stringMatching(/^wire: failing since .*: HTTP 503 Service Unavailable$/)]);
    const calls = source.calls;
    expect(await poller.pollAll({ onlyDue: false })).toMatchObject([{ ok: false, skipped: 'disabled' }]);
    expect(source.calls).toBe(calls);
  });

  it('says when a failing feed is back, once, with its last success and last error', async () => {
    const lines: { msg: string; feed?: string; failures?: number; lastSuccessAt?: string | null; lastError?: string }[] = [];
    const log = pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line)) });
    const back = { ...feed, id: 'comes-back' };
    let answer: 'ok' | 'gone' = 'ok';
    const source = new ScriptedSource(() => (answer === 'gone' ? Object.assign(new Error('HTTP 404 Not Found'), { status: 404 }) : fetched([])));
    const poller = new Poller(
      {
        pipeline: deps,
        source,
        clock,
        log,
        random: () => 0.5,
        options: { concurrency: 1, firstRunWindowMs: HOUR, disableAfterMs: 7 * 24 * HOUR, maxItemAgeMs: 90 * 24 * HOUR },
      },
      async () => [back],
    );
    await poller.pollAll({ onlyDue: false });
    answer = 'gone';
    const lastSuccess = now.toISOString();
    for (let i = 0; i < 3; i++) {
      now = new Date(now.getTime() + HOUR);
      await poller.pollAll({ onlyDue: false });
    }
    answer = 'ok';
    for (let i = 0; i < 2; i++) {
      now = new Date(now.getTime() + HOUR);
      await poller.pollAll({ onlyDue: false });
    }
    const told = lines.filter((l) => l.msg.startsWith('feed is back'));
    expect(told).toEqual([
      expect.objectContaining({
        msg: 'feed is back after 3 failed polls',
        feed: 'comes-back',
        failures: 3,
        lastSuccessAt: lastSuccess,
        lastError: 'HTTP 404 Not Found',
      }),
    ]);
  });

  it('stops promptly with feeds still queued, abandoning fetches in flight', async () => {
    const started: string[] = [];
    const slow: FeedSource = {
      fetch: (f, _cache, signal) =>
        new Promise<FetchOutcome>((_resolve, reject) => {
          started.push(f.id);
          signal?.addEventListener('abort', () => reject(new Error('cancelled')));
        }),
      close: async () => {},
    };
    const many = Array.from({ length: 5 }, (_, i) => ({ ...feed, id: `queued-${i}` }));
    const poller = new Poller(
      { pipeline: deps, source: slow, clock, log: silentLogger, options: { concurrency: 1, firstRunWindowMs: HOUR, disableAfterMs: HOUR, maxItemAgeMs: HOUR } },
      async () => many,
    );
    const cycle = poller.pollAll({ onlyDue: false });
    while (started.length === 0) await new Promise((r) => setTimeout(r, 5));
    await poller.stop();
    expect(await cycle).toEqual([]);
    expect(started).toEqual(['queued-0']);
    // The abandoned fetch is not a failure of the feed.
    expect((await getFeedState(database.db, 'queued-0'))!.consecutive_failures).toBe(0);
  });
});
