import type { Db } from './database.js';

export interface PruneCounts {
  documents: number;
  incidents: number;
  outbox: number;
  alerts: number;
  seenItems: number;
  digests: number;
}

/** The cutoff for `retention.maxAge`: everything older than this may go. */
export function retentionCutoff(now: Date, maxAgeMs: number): Date {
  return new Date(now.getTime() - maxAgeMs);
}

/**
 * Deletes what is older than `cutoff`, in one transaction: documents first seen before it,
 * incidents whose latest report and last update are before it (with their fingerprints), finished outbox rows (sent, or
 * failed for good) created before it, alerts created before it that no outbox row still needs,
 * seen-item records, digest claims of periods that ended before it, and follow-ups posted before it. A pending outbox row is never deleted, nor the alert it would send.
 */
export async function pruneOlderThan(db: Db, cutoff: Date): Promise<PruneCounts> {
  const before = cutoff.toISOString();
  const count = (r: { numDeletedRows: bigint }) => Number(r.numDeletedRows);
  return db.transaction().execute(async (tx) => {
    const documents = await tx.deleteFrom('documents').where('first_seen_at', '<', before).executeTakeFirst();
    const pruned = tx.selectFrom('incidents').select('id').where('last_published_at', '<', before).where('updated_at', '<', before);
    await tx.deleteFrom('incident_fingerprints').where('incident_id', 'in', pruned).execute();
    const incidents = await tx.deleteFrom('incidents').where('last_published_at', '<', before).where('updated_at', '<', before).executeTakeFirst();
    await tx
      .deleteFrom('incident_keys')
      .where('first_published_at', '<', before)
      .where(({ not, exists, selectFrom }) =>
        not(exists(selectFrom('incidents').select('incidents.id').whereRef('incidents.id', '=', 'incident_keys.incident_id'))),
      )
      .execute();
    const outbox = await tx.deleteFrom('outbox').where('status', 'in', ['sent', 'failed']).where('created_at', '<', before).executeTakeFirst();
    await tx
      .deleteFrom('outbox_subscriptions')
      .where(({ not, exists, selectFrom }) =>
        not(exists(selectFrom('outbox').select('outbox.id').whereRef('outbox.id', '=', 'outbox_subscriptions.outbox_id'))),
      )
      .execute();
    const alerts = await tx
      .deleteFrom('alerts')
      .where('created_at', '<', before)
      .where(({ not, exists, selectFrom }) => not(exists(selectFrom('outbox').select('outbox.id').whereRef('outbox.alert_id', '=', 'alerts.id'))))
      .executeTakeFirst();
    const seenItems = await tx.deleteFrom('seen_items').where('seen_at', '<', before).executeTakeFirst();
    const digests = await tx.deleteFrom('digests').where('period_end', '<', before).executeTakeFirst();
    await tx.deleteFrom('incident_follow_ups').where('posted_at', '<', before).execute();
    return {
      documents: count(documents),
      incidents: count(incidents),
      outbox: count(outbox),
      alerts: count(alerts),
      seenItems: count(seenItems),
      digests: count(digests),
    };
  });
}
