import { type Alert, AlertSchema } from '../alerts/alert.js';
import type { SinkName } from '../alerts/sink.js';
import { stableId } from '../ids.js';
import type { Db } from './database.js';

export interface DeliveryTarget {
  sink: SinkName;
  /** Channel id for Discord, 'stdout' for the console. */
  target: string;
  subscriptionId: string | null;
}

export interface OutboxEntry {
  id: string;
  alert: Alert;
  sink: SinkName;
  target: string;
  nonce: string;
  subscriptionId: string | null;
  attempts: number;
}

/**
 * Writes an alert and one outbox row per target, before anything is sent; call it inside the
 * transaction that records the document, so an item is never seen without its alerts.
 * Idempotent: ids derive from the alert and target, so writing again after a crash adds nothing.
 */
export async function writeAlert(tx: Db, alert: Alert, targets: readonly DeliveryTarget[], now: Date): Promise<number> {
  const at = now.toISOString();
  await tx
    .insertInto('alerts')
    .values({
      id: alert.id,
      rule_id: alert.ruleId,
      guild_id: alert.guildId,
      incident_id: alert.incidentId,
      document_id: alert.sources.at(-1)?.documentId ?? '',
      kind: alert.kind,
      severity: alert.severity,
      payload: JSON.stringify(alert),
      created_at: at,
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
  let added = 0;
  for (const t of targets) {
    const id = stableId('out', alert.id, t.sink, t.target);
    const res = await tx
      .insertInto('outbox')
      .values({
        id,
        alert_id: alert.id,
        sink: t.sink,
        target: t.target,
        subscription_id: t.subscriptionId,
        // Discord accepts nonces of at most 25 characters.
        nonce: id.slice(-25),
        status: 'pending',
        attempts: 0,
        next_attempt_at: at,
        last_error: null,
        message_id: null,
        created_at: at,
        sent_at: null,
      })
      .onConflict((oc) => oc.column('id').doNothing())
      .executeTakeFirst();
    added += Number(res.numInsertedOrUpdatedRows ?? 0);
  }
  return added;
}

/** Pending rows whose time has come, oldest first. */
export async function dueEntries(db: Db, now: Date, limit: number, sinks: readonly SinkName[]): Promise<OutboxEntry[]> {
  if (sinks.length === 0) return [];
  const rows = await db
    .selectFrom('outbox')
    .innerJoin('alerts', 'alerts.id', 'outbox.alert_id')
    .leftJoin('subscriptions', 'subscriptions.id', 'outbox.subscription_id')
    .select(['outbox.id', 'outbox.sink', 'outbox.target', 'outbox.nonce', 'outbox.subscription_id', 'outbox.attempts', 'alerts.payload'])
    .where('outbox.status', '=', 'pending')
    .where('outbox.next_attempt_at', '<=', now.toISOString())
    .where('outbox.sink', 'in', sinks)
    // Rows of a failing subscription wait until it is fixed (subscribing again clears the failure).
    .where((eb) => eb.or([eb('subscriptions.status', 'is', null), eb('subscriptions.status', '!=', 'failing')]))
    .orderBy('outbox.created_at')
    .orderBy('outbox.id')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    alert: AlertSchema.parse(JSON.parse(r.payload)),
    sink: r.sink as SinkName,
    target: r.target,
    nonce: r.nonce,
    subscriptionId: r.subscription_id,
    attempts: r.attempts,
  }));
}

export async function markSent(db: Db, id: string, messageId: string | null, now: Date): Promise<void> {
  await db
    .updateTable('outbox')
    .set((eb) => ({ status: 'sent', message_id: messageId, sent_at: now.toISOString(), attempts: eb('attempts', '+', 1), last_error: null }))
    .where('id', '=', id)
    .execute();
}

export async function markRetry(db: Db, id: string, reason: string, nextAttempt: Date): Promise<void> {
  await db
    .updateTable('outbox')
    .set((eb) => ({ attempts: eb('attempts', '+', 1), last_error: reason, next_attempt_at: nextAttempt.toISOString() }))
    .where('id', '=', id)
    .execute();
}

/**
 * The message an earlier alert of this incident left at this target (the first one sent), so that
 * an update can edit it; null when none was sent there.
 */
export async function incidentMessageId(db: Db, incidentId: string, sink: SinkName, target: string): Promise<string | null> {
  const row = await db
    .selectFrom('outbox')
    .innerJoin('alerts', 'alerts.id', 'outbox.alert_id')
    .select('outbox.message_id')
    .where('alerts.incident_id', '=', incidentId)
    .where('outbox.sink', '=', sink)
    .where('outbox.target', '=', target)
    .where('outbox.status', '=', 'sent')
    .where('outbox.message_id', 'is not', null)
    .orderBy('outbox.sent_at')
    .limit(1)
    .executeTakeFirst();
  return row?.message_id ?? null;
}

export async function markFailed(db: Db, id: string, reason: string): Promise<void> {
  await db
    .updateTable('outbox')
    .set((eb) => ({ status: 'failed', attempts: eb('attempts', '+', 1), last_error: reason }))
    .where('id', '=', id)
    .execute();
}

export async function pendingCount(db: Db): Promise<number> {
  const r = await db
    .selectFrom('outbox')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return Number(r?.n ?? 0);
}

/** How many rows wait to be delivered, and since when the oldest has (for the metrics). */
export async function pendingBacklog(db: Db): Promise<{ pending: number; oldestCreatedAt: Date | null }> {
  const r = await db
    .selectFrom('outbox')
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.min('created_at').as('oldest')])
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return { pending: Number(r?.n ?? 0), oldestCreatedAt: r?.oldest ? new Date(r.oldest) : null };
}

/** The rules (with the server that owns them, null for the config file's) that alerted an incident. */
export async function rulesAlertedForIncident(db: Db, incidentId: string): Promise<{ ruleId: string; guildId: string | null }[]> {
  const rows = await db.selectFrom('alerts').select(['rule_id', 'guild_id']).distinct().where('incident_id', '=', incidentId).execute();
  return rows.map((r) => ({ ruleId: r.rule_id, guildId: r.guild_id }));
}
