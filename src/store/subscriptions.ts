import { stableId } from '../ids.js';
import { type Severity, SeveritySchema } from '../vocabulary.js';
import type { Db } from './database.js';
import { detachSubscriptions, releaseHeld } from './outbox.js';
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
  /** The threshold of a new subscription, and of an existing one unless `keep` says otherwise. */
  minSeverity: Severity;
  mentionRole: string | null;
  createdBy: string | null;
  /** Undefined keeps the subscription's digest as it is; null turns it off. */
  digest?: SubscriptionDigest | null;
  /**
   * What an existing subscription keeps of its own, because it was not given again: subscribing
   * again (to clear a failure, or to add a digest) must not drop its threshold or role.
   */
  keep?: { minSeverity?: boolean; mentionRole?: boolean };
}

/**
 * Creates a subscription, or updates the one for the same server, channel and rule. Subscribing
 * again also clears a failure of the channel (it is the channel that was broken, for all its
 * subscriptions): alerts held for it are then sent.
 */
export async function upsertSubscription(db: Db, s: NewSubscription, now: Date): Promise<{ subscription: Subscription; created: boolean }> {
  const id = stableId('sub', s.guildId, s.channelId, s.ruleId);
  return db.transaction().execute(async (tx) => {
    const existing = await tx.selectFrom('subscriptions').select('id').where('id', '=', id).executeTakeFirst();
    await tx
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
          // Never an empty update when everything is kept (the failure is cleared below, for the channel).
          status: 'ok',
          ...(s.keep?.minSeverity ? {} : { min_severity: s.minSeverity }),
          ...(s.keep?.mentionRole ? {} : { mention_role: s.mentionRole }),
          ...(s.digest === undefined ? {} : { digest_hour: s.digest?.hour ?? null, digest_time_zone: s.digest?.timeZone ?? null }),
        }),
      )
      .execute();
    const channel = await tx.selectFrom('subscriptions').select('id').where('guild_id', '=', s.guildId).where('channel_id', '=', s.channelId).execute();
    const ids = channel.map((c) => c.id);
    await tx.updateTable('subscriptions').set({ status: 'ok', failure_reason: null, failing_since: null }).where('id', 'in', ids).execute();
    // Alerts held while it was failing go out on the next dispatch, not after their backoff.
    await releaseHeld(tx, ids, now);
    const row = await tx.selectFrom('subscriptions').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    return { subscription: fromRow(row), created: !existing };
  });
}

/**
 * Removes a server's subscriptions to a rule (in one channel, or in all), and takes them off the
 * alerts still queued (an alert that served only them is given up, recording why).
 */
export async function removeSubscriptions(db: Db, guildId: string, ruleId: string, channelId: string | null): Promise<Subscription[]> {
  return db.transaction().execute(async (tx) => {
    let q = tx.selectFrom('subscriptions').selectAll().where('guild_id', '=', guildId).where('rule_id', '=', ruleId);
    if (channelId) q = q.where('channel_id', '=', channelId);
    const rows = await q.execute();
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    await detachSubscriptions(tx, ids, 'unsubscribed before delivery');
    await tx.deleteFrom('subscriptions').where('id', 'in', ids).execute();
    return rows.map(fromRow);
  });
}

export async function listSubscriptions(db: Db, guildId: string): Promise<Subscription[]> {
  const rows = await db.selectFrom('subscriptions').selectAll().where('guild_id', '=', guildId).orderBy('rule_id').orderBy('channel_id').execute();
  return rows.map(fromRow);
}

export async function getSubscription(db: Db, id: string): Promise<Subscription | null> {
  return (await getSubscriptions(db, [id]))[0] ?? null;
}

/** The subscriptions with these ids that still exist. */
export async function getSubscriptions(db: Db, ids: readonly string[]): Promise<Subscription[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('subscriptions').selectAll().where('id', 'in', ids).execute();
  return rows.map(fromRow);
}

/** The store query beside `deliveryTargets`: every subscription to one of these rules. */
export async function subscriptionsForRules(db: Db, ruleIds: readonly string[]): Promise<Subscription[]> {
  if (ruleIds.length === 0) return [];
  const rows = await db.selectFrom('subscriptions').selectAll().where('rule_id', 'in', ruleIds).execute();
  return rows.map(fromRow);
}

/** Marks subscriptions failing (missing permission, deleted channel); their alerts wait until fixed. */
export async function markSubscriptionsFailing(db: Db, ids: readonly string[], reason: string, now: Date): Promise<void> {
  if (ids.length === 0) return;
  await db
    .updateTable('subscriptions')
    .set({ status: 'failing', failure_reason: reason, failing_since: now.toISOString() })
    .where('id', 'in', ids)
    .where('status', '!=', 'failing')
    .execute();
}

/** Every subscription that asked for a daily digest. */
export async function digestSubscriptions(db: Db): Promise<Subscription[]> {
  const rows = await db.selectFrom('subscriptions').selectAll().where('digest_hour', 'is not', null).orderBy('id').execute();
  return rows.map(fromRow);
}
