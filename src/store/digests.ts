/**
 * Digests: the claim that makes each period's digest go out once, and the reads a digest is made
 * from. A claim is a row with a unique (schedule, period end): whoever inserts it posts; a claim
 * left by a process that died is taken over once it is stale.
 */

import { stableId } from '../ids.js';
import type { Db } from './database.js';
import { type StoredDocument, fromRow as storedDocumentFromRow } from './documents.js';

export interface DigestClaim {
  id: string;
  attempts: number;
}

/**
 * Claims the digest of `scheduleKey` for the period ending at `end`; null when it was sent already,
 * or another process holds a claim younger than `staleMs`.
 */
export async function claimDigest(
  db: Db,
  p: { scheduleKey: string; start: Date; end: Date; owner: string; now: Date; staleMs: number },
): Promise<DigestClaim | null> {
  const id = stableId('dig', p.scheduleKey, p.end.toISOString());
  const at = p.now.toISOString();
  const inserted = await db
    .insertInto('digests')
    .values({
      id,
      schedule_key: p.scheduleKey,
      period_start: p.start.toISOString(),
      period_end: p.end.toISOString(),
      status: 'claimed',
      claimed_by: p.owner,
      claimed_at: at,
      attempts: 0,
      last_error: null,
      message_id: null,
      sent_at: null,
    })
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst();
  if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1) return { id, attempts: 0 };
  // Taken over only while still unsent and stale; the update is the test, so two takers cannot both win.
  const taken = await db
    .updateTable('digests')
    .set({ claimed_by: p.owner, claimed_at: at })
    .where('id', '=', id)
    .where('status', '=', 'claimed')
    .where('claimed_at', '<', new Date(p.now.getTime() - p.staleMs).toISOString())
    .executeTakeFirst();
  if (Number(taken.numUpdatedRows) !== 1) return null;
  const row = await db.selectFrom('digests').select('attempts').where('id', '=', id).executeTakeFirstOrThrow();
  return { id, attempts: row.attempts };
}

export async function markDigestSent(db: Db, id: string, messageId: string | null, now: Date): Promise<void> {
  await db
    .updateTable('digests')
    .set((eb) => ({ status: 'sent', message_id: messageId, sent_at: now.toISOString(), attempts: eb('attempts', '+', 1), last_error: null }))
    .where('id', '=', id)
    .execute();
}

/** A failed attempt: the claim stays, and is retried once stale (by this process or another). */
export async function markDigestFailed(db: Db, id: string, reason: string): Promise<void> {
  await db
    .updateTable('digests')
    .set((eb) => ({ attempts: eb('attempts', '+', 1), last_error: reason }))
    .where('id', '=', id)
    .execute();
}

export async function digestRow(db: Db, id: string) {
  return db.selectFrom('digests').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Attack reports published in [start, end), oldest first: what a rule is tested on. */
export async function attackDocumentsBetween(db: Db, start: Date, end: Date): Promise<StoredDocument[]> {
  const rows = await db
    .selectFrom('documents')
    .selectAll()
    .where('is_attack', '=', 1)
    .where('published_at', '>=', start.toISOString())
    .where('published_at', '<', end.toISOString())
    .where('incident_id', 'is not', null)
    .orderBy('published_at')
    .execute();
  return rows.flatMap((r) => storedDocumentFromRow(r) ?? []);
}
