import { stableId } from '../ids.js';
import { type Severity, SeveritySchema } from '../vocabulary.js';
import type { Db } from './database.js';
import type { SubscriptionTable } from './tables.js';

export interface Subscription {
  id: string;
  guildId: string;
  channelId: string;
  ruleId: string;
  minSeverity: Severity;
  mentionRole: string | null;
  status: 'ok' | 'failing';
  failureReason: string | null;
  failingSince: string | null;
  createdBy: string | null;
  createdAt: string;
  /** The daily digest: local hour and IANA time zone; null for none. */
  digest: SubscriptionDigest | null;
}

export interface SubscriptionDigest {
  hour: number;
  timeZone: string;
}

function fromRow(r: SubscriptionTable): Subscription {
  return {
    id: r.id,
    guildId: r.guild_id,
    channelId: r.channel_id,
    ruleId: r.rule_id,
    minSeverity: SeveritySchema.parse(r.min_severity),
    mentionRole: r.mention_role,
    status: r.status === 'failing' ? 'failing' : 'ok',
    failureReason: r.failure_reason,
    failingSince: r.failing_since,
    createdBy: r.created_by,
    createdAt: r.created_at,
    digest: r.digest_hour !== null && r.digest_time_zone ? { hour: r.digest_hour, timeZone: r.digest_time_zone } : null,
  };
}

export interface NewSubscription {
  guildId: string;
  channelId: string;
  ruleId: string;
  minSeverity: Severity;
  mentionRole: string | null;
  createdBy: string | null;
  /** Undefined keeps the subscription's digest as it is; null turns it off. */
  digest?: SubscriptionDigest | null;
}

/**
 * Creates a subscription, or updates the one for the same server, channel and rule. Subscribing
 * again also clears a failure: alerts held for the channel are then sent.
 */
export async function upsertSubscription(db: Db, s: NewSubscription, now: Date): Promise<{ subscription: Subscription; created: boolean }> {
  const id = stableId('sub', s.guildId, s.channelId, s.ruleId);
  const existing = await db.selectFrom('subscriptions').select('id').where('id', '=', id).executeTakeFirst();
  await db
    .insertInto('subscriptions')
    .values({
      id,
      guild_id: s.guildId,
      channel_id: s.channelId,
      rule_id: s.ruleId,
      min_severity: s.minSeverity,
      mention_role: s.mentionRole,
      status: 'ok',
      failure_reason: null,
      failing_since: null,
      created_by: s.createdBy,
      created_at: now.toISOString(),
      digest_hour: s.digest?.hour ?? null,
      digest_time_zone: s.digest?.timeZone ?? null,
    })
    .onConflict((oc) =>
      oc.column('id').doUpdateSet({
        min_severity: s.minSeverity,
        mention_role: s.mentionRole,
        status: 'ok',
        failure_reason: null,
        failing_since: null,
        ...(s.digest === undefined ? {} : { digest_hour: s.digest?.hour ?? null, digest_time_zone: s.digest?.timeZone ?? null }),
      }),
    )
    .execute();
  // Alerts held while it was failing go out on the next dispatch, not after their backoff.
  await db.updateTable('outbox').set({ next_attempt_at: now.toISOString() }).where('subscription_id', '=', id).where('status', '=', 'pending').execute();
  const row = await db.selectFrom('subscriptions').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  return { subscription: fromRow(row), created: !existing };
}

/**
 * Removes a server's subscriptions to a rule (in one channel, or in all), and gives up the alerts
 * still queued for them, recording why.
 */
export async function removeSubscriptions(db: Db, guildId: string, ruleId: string, channelId: string | null): Promise<Subscription[]> {
  return db.transaction().execute(async (tx) => {
    let q = tx.selectFrom('subscriptions').selectAll().where('guild_id', '=', guildId).where('rule_id', '=', ruleId);
    if (channelId) q = q.where('channel_id', '=', channelId);
    const rows = await q.execute();
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    await tx
      .updateTable('outbox')
      .set({ status: 'failed', last_error: 'unsubscribed before delivery' })
      .where('subscription_id', 'in', ids)
      .where('status', '=', 'pending')
      .execute();
    await tx.deleteFrom('subscriptions').where('id', 'in', ids).execute();
    return rows.map(fromRow);
  });
}

export async function listSubscriptions(db: Db, guildId: string): Promise<Subscription[]> {
  const rows = await db.selectFrom('subscriptions').selectAll().where('guild_id', '=', guildId).orderBy('rule_id').orderBy('channel_id').execute();
  return rows.map(fromRow);
}

export async function getSubscription(db: Db, id: string): Promise<Subscription | null> {
  const row = await db.selectFrom('subscriptions').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? fromRow(row) : null;
}

/** The store query beside `deliveryTargets`: every subscription to one of these rules. */
export async function subscriptionsForRules(db: Db, ruleIds: readonly string[]): Promise<Subscription[]> {
  if (ruleIds.length === 0) return [];
  const rows = await db.selectFrom('subscriptions').selectAll().where('rule_id', 'in', ruleIds).execute();
  return rows.map(fromRow);
}

/** Marks a subscription failing (missing permission, deleted channel); its alerts wait until it is fixed. */
export async function markSubscriptionFailing(db: Db, id: string, reason: string, now: Date): Promise<void> {
  await db
    .updateTable('subscriptions')
    .set({ status: 'failing', failure_reason: reason, failing_since: now.toISOString() })
    .where('id', '=', id)
    .where('status', '!=', 'failing')
    .execute();
}

export async function failingSubscriptions(db: Db, guildId?: string): Promise<Subscription[]> {
  let q = db.selectFrom('subscriptions').selectAll().where('status', '=', 'failing');
  if (guildId) q = q.where('guild_id', '=', guildId);
  return (await q.orderBy('failing_since').execute()).map(fromRow);
}

/** Alerts waiting per subscription (pending outbox rows), for `/subscriptions`. */
export async function pendingBySubscription(db: Db, ids: readonly string[]): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('outbox')
    .select(['subscription_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('subscription_id', 'in', ids)
    .where('status', '=', 'pending')
    .groupBy('subscription_id')
    .execute();
  return new Map(rows.map((r) => [r.subscription_id!, Number(r.n)]));
}

/** Every subscription that asked for a daily digest. */
export async function digestSubscriptions(db: Db): Promise<Subscription[]> {
  const rows = await db.selectFrom('subscriptions').selectAll().where('digest_hour', 'is not', null).orderBy('id').execute();
  return rows.map(fromRow);
}
