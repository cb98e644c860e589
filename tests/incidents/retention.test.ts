import { describe, expect, it } from 'vitest';
import type { Db } from '../../src/store/database.js';
import { pruneOlderThan, retentionCutoff } from '../../src/store/retention.js';
import { openTestStore, testBackends } from '../helpers/databases.js';

const backends = await testBackends();

const OLD = '2026-07-01T00:00:00.000Z';
const RECENT = '2026-11-20T00:00:00.000Z';
const NOW = new Date('2026-11-25T00:00:00Z');

async function seed(db: Db) {
  for (const [id, at] of [
    ['doc-old', OLD],
    ['doc-new', RECENT],
  ] as const) {
    await db
      .insertInto('documents')
      .values({
        id,
        feed_id: 'f',
        item_key: id,
        guid: null,
        link: null,
        title: id,
        content: '',
        published_at: at,
        first_seen_at: at,
        analysis: '{}',
        is_attack: 1,
        incident_id: `inc-${id}`,
      })
      .execute();
  }
  for (const [id, published, updated] of [
    ['inc-old', OLD, OLD],
    ['inc-new', RECENT, RECENT],
    ['inc-old-but-touched', OLD, RECENT],
  ] as const) {
    await db
      .insertInto('incidents')
      .values({
        id,
        created_at: published,
        updated_at: updated,
        first_published_at: published,
        last_published_at: published,
        title: id,
        severity: 'low',
        source_count: 1,
        data: '{}',
      })
      .execute();
  }
  // Alerts: an old one delivered, an old one still pending, an old one that failed for good, a recent delivered one.
  const alerts = [
    ['a-old-sent', OLD, 'sent'],
    ['a-old-pending', OLD, 'pending'],
    ['a-old-failed', OLD, 'failed'],
    ['a-new-sent', RECENT, 'sent'],
  ] as const;
  for (const [id, at, status] of alerts) {
    await db
      .insertInto('alerts')
      .values({
        id,
        rule_id: 'r',
        guild_id: null,
        incident_id: 'inc-old',
        document_id: 'doc-old',
        kind: 'new',
        severity: 'low',
        created_at: at,
      })
      .execute();
    await db
      .insertInto('outbox')
      .values({
        id: `out-${id}`,
        alert_id: id,
        incident_id: 'inc-old',
        document_id: 'doc-old',
        sink: 'console',
        target: 'stdout',
        payload: '{}',
        nonce: id,
        status,
        attempts: 1,
        next_attempt_at: at,
        last_error: null,
        message_id: null,
        created_at: at,
        sent_at: status === 'sent' ? at : null,
        claimed_by: null,
        claimed_until: null,
      })
      .execute();
  }
  for (const [key, at] of [
    ['old', OLD],
    ['new', RECENT],
  ] as const) {
    await db.insertInto('seen_items').values({ feed_id: 'f', item_key: key, seen_at: at }).execute();
  }
}

describe.each(backends)('retention on $name', (backend) => {
  const store = openTestStore(backend, { each: true, seed });

  it('deletes what is older than the cutoff, but never a pending outbox row or its alert', async () => {
    const { db } = store;
    const counts = await pruneOlderThan(db, retentionCutoff(NOW, 90 * 86_400_000));
    expect(counts).toEqual({ documents: 1, incidents: 1, outbox: 2, alerts: 2, seenItems: 1, digests: 0 });
    const ids = async (table: 'documents' | 'incidents' | 'alerts' | 'outbox') =>
      (await db.selectFrom(table).select('id').orderBy('id').execute()).map((r) => r.id);
    expect(await ids('documents')).toEqual(['doc-new']);
    expect(await ids('incidents')).toEqual(['inc-new', 'inc-old-but-touched']);
    expect(await ids('alerts')).toEqual(['a-new-sent', 'a-old-pending']);
    expect(await ids('outbox')).toEqual(['out-a-new-sent', 'out-a-old-pending']);
    expect((await db.selectFrom('seen_items').select('item_key').execute()).map((r) => r.item_key)).toEqual(['new']);
  });

  it('deletes nothing when everything is newer than the cutoff, and running it twice is harmless', async () => {
    const { db } = store;
    expect(await pruneOlderThan(db, new Date('2026-01-01T00:00:00Z'))).toEqual({ documents: 0, incidents: 0, outbox: 0, alerts: 0, seenItems: 0, digests: 0 });
    await pruneOlderThan(db, new Date('2026-09-01T00:00:00Z'));
    expect(await pruneOlderThan(db, new Date('2026-09-01T00:00:00Z'))).toEqual({ documents: 0, incidents: 0, outbox: 0, alerts: 0, seenItems: 0, digests: 0 });
  });
});
