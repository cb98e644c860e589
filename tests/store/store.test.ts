import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Alert } from '../../src/alerts/alert.js';
import type { Delivery, DeliveryResult, Sink } from '../../src/alerts/sink.js';
import { noHeadline } from '../../src/extract/analysis.js';
import { silentLogger } from '../../src/logger.js';
import { Dispatcher } from '../../src/pipeline/dispatcher.js';
import type { OpenedDatabase } from '../../src/store/database.js';
import { documentsSince, insertDocument, insertDocuments } from '../../src/store/documents.js';
import { ensureFeedState, recordPollFailure, recordPollSuccess, unseenKeys } from '../../src/store/feeds.js';
import { pendingCount } from '../../src/store/outbox.js';
import { enqueueAlert } from '../discord/helpers.js';
import { type TestDatabase, testBackends } from '../helpers/databases.js';

const backends = await testBackends();

function alert(id: string): Alert {
  return {
    id,
    kind: 'new',
    style: 'attack',
    rules: [{ id: 'r', name: 'R', guildId: null, reasons: [] }],
    incidentId: `inc-${id}`,
    title: `title ${id}`,
    link: null,
    summary: '',
    published: '2026-11-20T10:00:00.000Z',
    attackTypes: ['drone'],
    places: [],
    countries: ['IQ'],
    actors: [],
    casualties: { killed: null, injured: null },
    severity: 'medium',
    sources: [{ documentId: `doc-${id}`, feedId: 'f', title: 't', link: null, published: '2026-11-20T10:00:00.000Z' }],
    changes: [],
    previousSeverity: null,
    previousCasualties: null,
    near: [],
  };
}

class ScriptedSink implements Sink {
  readonly calls: Delivery[] = [];
  constructor(private readonly script: (d: Delivery) => DeliveryResult) {}
  async deliver(d: Delivery): Promise<DeliveryResult> {
    this.calls.push(d);
    return this.script(d);
  }
}

describe.each(backends)('store on $name', ({ make }) => {
  let tdb: TestDatabase;
  let database: OpenedDatabase;
  let now = new Date('2026-11-20T12:00:00Z');
  const clock = { now: () => now };

  beforeAll(async () => {
    tdb = await make();
    database = await tdb.open();
  });
  afterAll(async () => {
    await database.close();
    await tdb.dispose();
  });

  it('migrates an existing database again without harm', async () => {
    const again = await tdb.open();
    await again.close();
  });

  it('records each feed item once, across calls', async () => {
    const { db } = database;
    const doc = {
      id: 'doc-1',
      feedId: 'feed-a',
      itemKey: 'guid-1',
      guid: 'guid-1',
      link: null,
      title: 'Drones hit Erbil',
      content: 'text',
      published: '2026-11-20T09:00:00.000Z',
      firstSeen: now.toISOString(),
      extraction: {
        isAttack: true,
        attackTypes: ['drone' as const],
        places: [],
        countries: ['IQ'],
        actors: [],
        casualties: { killed: 0, injured: null },
        targets: [],
        severity: 'low' as const,
        headline: noHeadline(),
      },
    };
    expect(await unseenKeys(db, 'feed-a', ['guid-1', 'guid-2'])).toEqual(new Set(['guid-1', 'guid-2']));
    expect(await insertDocument(db, doc)).toBe(true);
    expect(await insertDocument(db, doc)).toBe(false);
    expect(await unseenKeys(db, 'feed-a', ['guid-1', 'guid-2'])).toEqual(new Set(['guid-2']));
    // The same key in another feed is another item.
    expect(await unseenKeys(db, 'feed-b', ['guid-1'])).toEqual(new Set(['guid-1']));
    const docs = await documentsSince(db, new Date('2026-11-19T00:00:00Z'));
    expect(docs.map((d) => d.id)).toEqual(['doc-1']);
    expect(docs[0]!.extraction.casualties).toEqual({ killed: 0, injured: null });
  });

  it('stores the JSON an extraction worker wrote as it is, not written again', async () => {
    const { db } = database;
    const extraction = {
      isAttack: false,
      attackTypes: [],
      places: [],
      countries: [],
      actors: [],
      casualties: { killed: null, injured: null },
      targets: [],
      severity: 'low' as const,
      headline: noHeadline(),
    };
    // Indented, so that the stored text shows whose JSON it is.
    const extractionJson = JSON.stringify(extraction, null, 1);
    const doc = { id: 'doc-json', feedId: 'feed-j', itemKey: 'j-1', guid: null, link: null, title: 'Market day', content: 'text' };
    const at = { published: '2026-11-20T09:00:00.000Z', firstSeen: now.toISOString() };
    await insertDocuments(db, [{ ...doc, ...at, extraction, extractionJson }]);
    const row = await db.selectFrom('documents').select('analysis').where('id', '=', 'doc-json').executeTakeFirstOrThrow();
    expect(row.analysis).toBe(extractionJson);
    expect((await documentsSince(db, new Date('2026-11-19T00:00:00Z'))).find((d) => d.id === 'doc-json')?.extraction).toEqual(extraction);
  });

  it('keeps feed state across polls', async () => {
    const { db } = database;
    const s = await ensureFeedState(db, 'feed-a', 'http://example.test/a.xml');
    expect(s.first_poll_at).toBeNull();
    await recordPollFailure(db, 'feed-a', { status: 503, error: 'HTTP 503', nextPollAt: new Date(now.getTime() + 60_000), now });
    await recordPollFailure(db, 'feed-a', { status: null, error: 'timeout', nextPollAt: new Date(now.getTime() + 60_000), now });
    let st = await ensureFeedState(db, 'feed-a', 'http://example.test/a.xml');
    expect(st).toMatchObject({ consecutive_failures: 2, last_error: 'timeout', first_poll_at: null });
    await recordPollSuccess(db, 'feed-a', { status: 200, etag: '"v1"', lastModified: null, newItems: 3, nextPollAt: now, now, complete: true });
    st = await ensureFeedState(db, 'feed-a', 'http://example.test/a.xml');
    expect(st).toMatchObject({ consecutive_failures: 0, last_error: null, etag: '"v1"', items_seen: 3, first_poll_at: now.toISOString() });
  });

  it('delivers every outbox row once; retries wait; permanent failures are kept', async () => {
    const { db } = database;
    for (const id of ['a1', 'a2', 'a3']) {
      await db.transaction().execute((tx) => enqueueAlert(tx, alert(id), [{ sink: 'console', target: 'stdout', subscriptionId: null }], now));
    }
    // Writing again (a crash after writing, then the same item processed again) adds nothing.
    await db.transaction().execute((tx) => enqueueAlert(tx, alert('a1'), [{ sink: 'console', target: 'stdout', subscriptionId: null }], now));
    expect(await pendingCount(db)).toBe(3);

    let failA2 = true;
    const sink = new ScriptedSink((d) => {
      if (d.alert.id === 'a2' && failA2) return { status: 'retry', reason: 'HTTP 503', retryAfterMs: 10_000 };
      if (d.alert.id === 'a3') return { status: 'failed', reason: 'Missing Access' };
      return { status: 'sent', messageId: `m-${d.alert.id}` };
    });
    const dispatcher = new Dispatcher(db, { console: sink }, clock, silentLogger);
    expect(await dispatcher.drain()).toEqual({ sent: 1, retried: 1, failed: 1, held: 0 });
    expect(await dispatcher.drain()).toEqual({ sent: 0, retried: 0, failed: 0, held: 0 });
    failA2 = false;
    now = new Date(now.getTime() + 10 * 60_000);
    expect(await dispatcher.drain()).toEqual({ sent: 1, retried: 0, failed: 0, held: 0 });
    expect(
      sink.calls
        .slice(0, 3)
        .map((c) => c.alert.id)
        .sort(),
    ).toEqual(['a1', 'a2', 'a3']);
    expect(sink.calls[3]!.alert.id).toBe('a2');
    // The retry carried the same nonce as the first attempt.
    expect(sink.calls[3]!.nonce).toBe(sink.calls.find((c) => c.alert.id === 'a2')!.nonce);
    expect(sink.calls[3]!.attempts).toBe(1);
    const rows = await db.selectFrom('outbox').select(['status', 'last_error', 'message_id']).orderBy('created_at').orderBy('id').execute();
    expect(rows.map((r) => r.status).sort()).toEqual(['failed', 'sent', 'sent']);
    expect(rows.find((r) => r.status === 'failed')?.last_error).toBe('Missing Access');
    expect(await pendingCount(db)).toBe(0);
  });
});
