/**
 * Regression: with no claim on outbox rows, `run` drained from a timer and from the poller at
 * once (532 POSTs for 390 alerts), and two concurrent drains of 9,731 rows printed 19,462 lines.
 * Each row is now claimed, for a while, by one sender; on SQLite and PostgreSQL.
 */
import SQLite from 'better-sqlite3';
import type { CompiledQuery } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Delivery, DeliveryResult, Sink } from '../../src/alerts/sink.js';
import { silentLogger } from '../../src/logger.js';
import { Dispatcher } from '../../src/pipeline/dispatcher.js';
import { instanceId, senderIsDead } from '../../src/store/coordination.js';
import type { OpenedDatabase } from '../../src/store/database.js';
import { claimDue, pendingCount, recordOutcomes, releaseClaims } from '../../src/store/outbox.js';
import { enqueueAlert, makeAlert } from '../discord/helpers.js';
import { figures } from '../helpers/accounting.js';
import { type TestDatabase, testBackends } from '../helpers/databases.js';

const backends = await testBackends();

/** Records what it is given; optionally runs something while "sending". */
class RecordingSink implements Sink {
  readonly sent: string[] = [];
  constructor(private readonly during?: (d: Delivery) => Promise<void>) {}
  async deliver(d: Delivery): Promise<DeliveryResult> {
    await this.during?.(d);
    this.sent.push(d.outboxId);
    return { status: 'sent', messageId: null };
  }
}

const stdout = [{ sink: 'console' as const, target: 'stdout', subscriptionId: null }];

describe.each(backends)('outbox claims on $name', ({ name, make }) => {
  let tdb: TestDatabase;
  let a: OpenedDatabase;
  let b: OpenedDatabase;
  let now = new Date('2026-11-25T12:00:00Z');
  const clock = { now: () => now };

  beforeAll(async () => {
    tdb = await make();
    a = await tdb.open();
    // A second connection pool to the same database: as a second process would have.
    b = await tdb.open();
  });
  afterAll(async () => {
    await a.close();
    await b.close();
    await tdb.dispose();
  });

  async function enqueue(n: number, prefix: string): Promise<void> {
    await a.db.transaction().execute(async (tx) => {
      for (let i = 0; i < n; i++) await enqueueAlert(tx, makeAlert({ id: `${prefix}-${i}`, title: `Report ${i}` }), stdout, now);
    });
  }

  it('two senders draining at once (two connections, as two processes) send every row exactly once', async () => {
    const rows = 1500;
    await enqueue(rows, 'two');
    const one = new RecordingSink();
    const other = new RecordingSink();
    // Senders of three processes (three hosts: senders of one process id on one host would take
    // each other for an earlier life of the process and release each other's claims).
    const sender = (host: string) => ({ owner: instanceId(host) });
    await Promise.all([
      new Dispatcher(a.db, { console: one }, clock, silentLogger, sender('host-a')).drain(),
      new Dispatcher(b.db, { console: other }, clock, silentLogger, sender('host-b')).drain(),
      new Dispatcher(b.db, { console: other }, clock, silentLogger, sender('host-c')).drain(),
    ]);
    const result = figures(rows, [...one.sent, ...other.sent]);
    console.info(`two concurrent senders on ${name}: ${JSON.stringify(result)} (split ${one.sent.length}/${other.sent.length})`);
    expect(result).toEqual({ expected: rows, delivered: rows, duplicated: 0, lost: 0 });
    expect(await pendingCount(a.db)).toBe(0);
  });

  it('drains asked for by a timer and by the poller at once run one at a time', async () => {
    await enqueue(300, 'flight');
    const sink = new RecordingSink();
    const dispatcher = new Dispatcher(a.db, { console: sink }, clock, silentLogger);
    const [first, second, third] = await Promise.all([dispatcher.drain(), dispatcher.drain(), dispatcher.drain()]);
    // Callers that arrive while a drain runs join it.
    expect(second).toBe(first);
    expect(third).toBe(first);
    expect(figures(300, sink.sent)).toEqual({ expected: 300, delivered: 300, duplicated: 0, lost: 0 });
  });

  it('a claim holds until it runs out; a dead sender on this host is recognised and its claims released', async () => {
    await enqueue(3, 'lease');
    const claimed = await claimDue(a.db, { owner: 'elsewhere/1/x', now, leaseMs: 60_000, limit: 10, sinks: ['console'] });
    expect(claimed).toHaveLength(3);
    expect(await claimDue(b.db, { owner: 'other/2/y', now, leaseMs: 60_000, limit: 10, sinks: ['console'] })).toEqual([]);
    // A sender on another host is left alone until its claim runs out.
    const sink = new RecordingSink();
    await new Dispatcher(b.db, { console: sink }, clock, silentLogger).drain();
    expect(sink.sent).toEqual([]);
    now = new Date(now.getTime() + 61_000);
    await new Dispatcher(b.db, { console: sink }, clock, silentLogger).drain();
    expect(sink.sent.sort()).toEqual(claimed.map((c) => c.id).sort());

    // A sender of this host whose process is gone: its claims are released at once.
    await enqueue(2, 'dead');
    const me = instanceId();
    const dead = instanceId(undefined, 2 ** 22 + 17, 'gone');
    expect(senderIsDead(dead, me)).toBe(true);
    expect(senderIsDead(instanceId(undefined, process.pid, 'earlier-life'), me)).toBe(true);
    expect(senderIsDead(me, me)).toBe(false);
    expect(senderIsDead('another-host/1/z', me)).toBe(false);
    await claimDue(a.db, { owner: dead, now, leaseMs: 10 * 60_000, limit: 10, sinks: ['console'] });
    const after = new RecordingSink();
    await new Dispatcher(a.db, { console: after }, clock, silentLogger, { owner: me }).drain();
    expect(after.sent).toHaveLength(2);
  });

  it('a later message of an incident waits for the earlier one at the same target', async () => {
    const first = makeAlert({ id: 'order-1', incidentId: 'inc-order' });
    const second = makeAlert({
      id: 'order-2',
      incidentId: 'inc-order',
      kind: 'update',
      sources: [...first.sources, { documentId: 'doc-order-2', feedId: 'f', title: 't', link: null, published: first.published }],
    });
    await enqueueAlert(a.db, first, stdout, now);
    const [earlier] = await claimDue(a.db, { owner: 'o', now: new Date(now.getTime() + 1), leaseMs: 1000, limit: 10, sinks: ['console'] });
    expect(earlier!.alert.id).toBe('order-1');
    // The earlier one must wait (a retry): the update, queued after that try (so not folded into
    // the message it follows, which may have reached the target), waits with it.
    await recordOutcomes(a.db, [{ id: earlier!.id, status: 'retry', reason: 'HTTP 503', nextAttempt: new Date(now.getTime() + 60_000) }], now);
    await enqueueAlert(a.db, second, stdout, new Date(now.getTime() + 1));
    expect(await claimDue(a.db, { owner: 'o', now: new Date(now.getTime() + 2), leaseMs: 1000, limit: 10, sinks: ['console'] })).toEqual([]);
    await releaseClaims(a.db, ['o']);
    now = new Date(now.getTime() + 61_000);
    const sink = new RecordingSink();
    await new Dispatcher(a.db, { console: sink }, clock, silentLogger).drain();
    expect(sink.sent).toHaveLength(2);
  });
});

describe('outcomes the store could not record', () => {
  it('on SQLite, a claim updates its rows by key, not by walking every pending row', async () => {
    const [{ make }] = backends as [(typeof backends)[number]];
    const tdb = await make();
    const db = await tdb.open();
    const now = new Date('2026-11-25T12:00:00Z');
    await db.db.transaction().execute(async (tx) => {
      for (let i = 0; i < 300; i++) await enqueueAlert(tx, makeAlert({ id: `backlog-${i}` }), stdout, now);
    });
    // The statements the claim sends, as SQLite is given them.
    const sent: CompiledQuery[] = [];
    const executor = db.db.getExecutor();
    const watching = db.db.withPlugin({
      transformQuery: ({ node, queryId }) => {
        sent.push(executor.compileQuery(node, queryId));
        return node;
      },
      transformResult: async ({ result }) => result,
    });
    expect(await claimDue(watching, { owner: 'plan', now, leaseMs: 60_000, limit: 20, sinks: ['console'] })).toHaveLength(20);
    const update = sent.find((q) => q.sql.startsWith('update "outbox"'))!;
    const other = new SQLite(tdb.url, { readonly: true });
    const plan = (other.prepare(`explain query plan ${update.sql}`).all(...update.parameters) as { detail: string }[]).map((r) => r.detail);
    other.close();
    expect(plan).toEqual([expect.stringMatching(/^SEARCH outbox USING INDEX sqlite_autoindex_outbox_1 \(id=\?\)$/)]);
    await db.close();
    await tdb.dispose();
  });

  it('are recorded when the store is back, and not sent again', async () => {
    const [{ make }] = backends as [(typeof backends)[number]];
    const tdb = await make();
    const db = await tdb.open();
    const now = new Date('2026-11-25T12:00:00Z');
    await enqueueAlert(db.db, makeAlert({ id: 'locked-1' }), stdout, now);
    // While the message is "sent", another process takes the write lock and keeps it.
    const other = new SQLite(tdb.url);
    other.pragma('busy_timeout = 5000');
    const sink = new RecordingSink(async () => {
      other.exec('BEGIN IMMEDIATE');
    });
    const dispatcher = new Dispatcher(db.db, { console: sink }, { now: () => now }, silentLogger);
    await expect(dispatcher.drain()).rejects.toMatchObject({ code: expect.stringMatching(/^SQLITE_BUSY/) });
    expect(db.health()).toMatchObject({ up: false, lastError: expect.stringContaining('locked by another process') });
    other.exec('COMMIT');
    other.close();
    await dispatcher.drain();
    expect(sink.sent).toHaveLength(1);
    expect(await pendingCount(db.db)).toBe(0);
    expect(db.available()).toBe(true);
    await db.close();
    await tdb.dispose();
  });
});
