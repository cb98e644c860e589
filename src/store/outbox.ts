import { type Insertable, PostgresAdapter, sql } from 'kysely';
import { type Alert, AlertSchema } from '../alerts/alert.js';
import { foldAlerts, type TargetMessage } from '../alerts/build.js';
import type { SinkName } from '../alerts/sink.js';
import { stableId } from '../ids.js';
import type { Db } from './database.js';
import { inStatementChunks, insertRows } from './insert-rows.js';
import type { AlertTable, OutboxTable } from './tables.js';

export interface OutboxEntry {
  id: string;
  alert: Alert;
  sink: SinkName;
  target: string;
  nonce: string;
  subscriptionIds: string[];
  attempts: number;
  /** Until when this sender's claim on the row holds. */
  claimedUntil: Date;
}

type AlertRow = Insertable<AlertTable>;
type OutboxRow = Insertable<OutboxTable>;

/**
 * The alerts of a transaction's reports (one row per rule: which rules alerted which incident) and
 * their outbox messages, one per target, queued report by report and written together before the
 * transaction commits, one statement per table (a statement per report and table was a fifth of
 * the store's statements in a poll cycle). Call `write` in the transaction that records the
 * documents, so an item is never seen without its alerts. Idempotent: ids derive from the
 * incident, report and target, so writing again after a crash adds nothing.
 *
 * A target gets one message per incident for the reports that arrive before its message goes
 * out: a message for an incident and target that already has one waiting, unsent and never tried
 * (queued here, or written by an earlier transaction), is folded into it (`foldAlerts`) instead of
 * following it as an edit and a reply moments later.
 */
export class AlertRows {
  private readonly alerts: AlertRow[] = [];
  private readonly outbox: OutboxRow[] = [];
  private readonly links: { outbox_id: string; subscription_id: string }[] = [];
  /** `links` by message and subscription, so a folded report's subscriptions are linked once each. */
  private readonly linked = new Set<string>();
  /** The message queued here for each incident and target, and the alert it carries. */
  private readonly queuedFor = new Map<string, { row: OutboxRow; alert: Alert }>();

  /** Queues one report's alerts and its messages; returns the ids of the messages added (not those folded into one queued here). */
  add(alerts: readonly Alert[], messages: readonly TargetMessage[], documentId: string, now: Date): string[] {
    const at = now.toISOString();
    for (const alert of alerts) {
      const rule = alert.rules[0]!;
      this.alerts.push({
        id: alert.id,
        rule_id: rule.id,
        guild_id: rule.guildId,
        incident_id: alert.incidentId,
        document_id: documentId,
        kind: alert.kind,
        severity: alert.severity,
        created_at: at,
      });
    }
    return messages.flatMap((m) => {
      const key = messageKey(m.alert.incidentId, m.sink, m.target);
      const queued = this.queuedFor.get(key);
      if (queued) {
        queued.alert = foldAlerts(queued.alert, m.alert);
        queued.row.payload = JSON.stringify(queued.alert);
        this.link(queued.row.id, m.subscriptionIds);
        return [];
      }
      const id = stableId('out', m.alert.incidentId, documentId, m.sink, m.target);
      const row: OutboxRow = {
        id,
        alert_id: m.alertIds[0]!,
        incident_id: m.alert.incidentId,
        document_id: documentId,
        sink: m.sink,
        target: m.target,
        payload: JSON.stringify(m.alert),
        // Discord accepts nonces of at most 25 characters.
        nonce: id.slice(-25),
        status: 'pending',
        attempts: 0,
        next_attempt_at: at,
        last_error: null,
        message_id: null,
        created_at: at,
        sent_at: null,
        claimed_by: null,
        claimed_until: null,
      };
      this.outbox.push(row);
      this.queuedFor.set(key, { row, alert: m.alert });
      this.link(id, m.subscriptionIds);
      return [id];
    });
  }

  private link(outboxId: string, subscriptionIds: readonly string[]): void {
    for (const s of subscriptionIds) {
      const key = `${outboxId}\u0000${s}`;
      if (this.linked.has(key)) continue;
      this.linked.add(key);
      this.links.push({ outbox_id: outboxId, subscription_id: s });
    }
  }

  /** The rules queued here that alerted an incident (not written yet, so the store cannot tell). */
  alertedRules(incidentId: string): { ruleId: string; guildId: string | null }[] {
    return this.alerts.flatMap((a) => (a.incident_id === incidentId ? [{ ruleId: a.rule_id, guildId: a.guild_id ?? null }] : []));
  }

  /**
   * Folds queued updates into the messages earlier transactions left waiting for their incident
   * and target, unsent and never tried (a message tried once may have reached Discord: a resend
   * with its nonce would show the old text); returns the queued rows still to insert. The row is
   * re-checked as it is changed: one a sender claimed meanwhile is left as it is.
   */
  private async foldIntoWaiting(tx: Db): Promise<OutboxRow[]> {
    const updates = [...this.queuedFor.values()].filter((q) => q.alert.kind === 'update');
    if (updates.length === 0) return this.outbox;
    const waiting = new Map<string, { id: string; payload: string; claimed_by: string | null; attempts: number }>();
    for (const chunk of inStatementChunks([...new Set(updates.map((q) => q.alert.incidentId))])) {
      const rows = await tx
        .selectFrom('outbox')
        .select(['id', 'incident_id', 'sink', 'target', 'payload', 'claimed_by', 'attempts'])
        .where('incident_id', 'in', chunk)
        .where('status', '=', 'pending')
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      // The last waiting message of each incident and target is the one a new one would follow.
      for (const r of rows) waiting.set(messageKey(r.incident_id ?? '', r.sink, r.target), r);
    }
    const folded = new Set<string>();
    for (const q of updates) {
      const w = waiting.get(messageKey(q.row.incident_id!, q.row.sink, q.row.target));
      if (!w || w.claimed_by !== null || w.attempts !== 0) continue;
      const payload = JSON.stringify(foldAlerts(AlertSchema.parse(JSON.parse(w.payload)), q.alert));
      const res = await tx
        .updateTable('outbox')
        .set({ payload })
        .where('id', '=', w.id)
        .where('status', '=', 'pending')
        .where('claimed_by', 'is', null)
        .where('attempts', '=', 0)
        .executeTakeFirst();
      if (Number(res.numUpdatedRows) !== 1) continue;
      folded.add(q.row.id);
      const links = this.links.filter((l) => l.outbox_id === q.row.id).map((l) => ({ outbox_id: w.id, subscription_id: l.subscription_id }));
      if (links.length) await sql`${insertRows('outbox_subscriptions', links)} on conflict do nothing`.execute(tx);
    }
    return this.outbox.filter((r) => !folded.has(r.id));
  }

  /** Writes what was queued; returns the ids of the messages inserted now (not those an earlier run wrote, nor those folded into a waiting one). */
  async write(tx: Db): Promise<Set<string>> {
    for (const chunk of inStatementChunks(this.alerts)) await sql`${insertRows('alerts', chunk)} on conflict ("id") do nothing`.execute(tx);
    const outbox = await this.foldIntoWaiting(tx);
    const inserted = new Set<string>();
    for (const chunk of inStatementChunks(outbox)) {
      const res = await sql<{ id: string }>`${insertRows('outbox', chunk)} on conflict ("id") do nothing returning "id"`.execute(tx);
      for (const r of res.rows) inserted.add(r.id);
    }
    // Only the messages inserted now get their subscriptions.
    for (const chunk of inStatementChunks(this.links.filter((l) => inserted.has(l.outbox_id)))) await insertRows('outbox_subscriptions', chunk).execute(tx);
    return inserted;
  }
}

const messageKey = (incidentId: string, sink: string, target: string) => `${incidentId}\u0000${sink}\u0000${target}`;

export interface ClaimRequest {
  /** The sender claiming (see Dispatcher): its claims hold until `leaseMs` from `now`. */
  owner: string;
  now: Date;
  leaseMs: number;
  limit: number;
  sinks: readonly SinkName[];
}

/**
 * Claims up to `limit` rows that are due, oldest first, for one sender: pending, their time come,
 * not claimed by anyone else (or the claim ran out), not held by a failing subscription, and the
 * oldest pending message of their incident at their target (an update waits for the message it
 * edits). One statement, safe against other senders: on PostgreSQL the candidate rows are locked
 * with FOR UPDATE SKIP LOCKED, so concurrent senders take different rows without waiting; on
 * SQLite, which runs one writer at a time, the conditional UPDATE is enough.
 */
export async function claimDue(db: Db, req: ClaimRequest): Promise<OutboxEntry[]> {
  if (req.sinks.length === 0 || req.limit <= 0) return [];
  const now = req.now.toISOString();
  const until = new Date(req.now.getTime() + req.leaseMs).toISOString();
  let candidates = db
    .selectFrom('outbox as o')
    .select('o.id')
    .where('o.status', '=', 'pending')
    .where('o.next_attempt_at', '<=', now)
    .where('o.sink', 'in', req.sinks)
    .where((eb) => eb.or([eb('o.claimed_until', 'is', null), eb('o.claimed_until', '<=', now)]))
    // Rows of a failing subscription wait until it is fixed (subscribing again clears the failure).
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('outbox_subscriptions as os')
            .innerJoin('subscriptions as s', 's.id', 'os.subscription_id')
            .select('os.outbox_id')
            .whereRef('os.outbox_id', '=', 'o.id')
            .where('s.status', '=', 'failing'),
        ),
      ),
    )
    .where(({ not, exists, selectFrom, eb }) =>
      not(
        exists(
          selectFrom('outbox as e')
            .select('e.id')
            .whereRef('e.incident_id', '=', 'o.incident_id')
            .whereRef('e.sink', '=', 'o.sink')
            .whereRef('e.target', '=', 'o.target')
            .where('e.status', '=', 'pending')
            .where((w) =>
              w.or([w('e.created_at', '<', eb.ref('o.created_at')), w.and([w('e.created_at', '=', eb.ref('o.created_at')), w('e.id', '<', eb.ref('o.id'))])]),
            ),
        ),
      ),
    )
    .orderBy('o.created_at')
    .orderBy('o.id')
    .limit(req.limit);
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  if (postgres) candidates = candidates.forUpdate('o').skipLocked();
  // On SQLite the ids are read first: given the sub-select, its planner walked every pending row
  // for the update instead of looking the few ids up (the update's own checks still hold the claim safe).
  const ids = postgres ? candidates : (await candidates.execute()).map((r) => r.id);
  if (Array.isArray(ids) && ids.length === 0) return [];
  const claimed = await db
    .updateTable('outbox')
    .set({ claimed_by: req.owner, claimed_until: until })
    .where('id', 'in', ids)
    // Checked again on the row itself: on PostgreSQL a row another sender claimed meanwhile is re-read here.
    // On SQLite the status is not an index's (`+status`): offered `status = ?`, its planner walked
    // every pending row by the due-order index rather than look the few ids up (1.5 ms a claim with
    // 4,000 pending, growing with the backlog).
    .where(postgres ? sql.ref('status') : sql`+${sql.ref('status')}`, '=', 'pending')
    .where((eb) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<=', now)]))
    .returning(['id', 'sink', 'target', 'nonce', 'attempts', 'payload', 'created_at'])
    .execute();
  if (claimed.length === 0) return [];
  const links = await db
    .selectFrom('outbox_subscriptions')
    .select(['outbox_id', 'subscription_id'])
    .where(
      'outbox_id',
      'in',
      claimed.map((r) => r.id),
    )
    .execute();
  return claimed
    .sort((a, b) => (a.created_at < b.created_at ? -1 : a.created_at > b.created_at ? 1 : a.id < b.id ? -1 : 1))
    .map((r) => ({
      id: r.id,
      alert: AlertSchema.parse(JSON.parse(r.payload)),
      sink: r.sink as SinkName,
      target: r.target,
      nonce: r.nonce,
      subscriptionIds: links.filter((l) => l.outbox_id === r.id).map((l) => l.subscription_id),
      attempts: r.attempts,
      claimedUntil: new Date(until),
    }));
}

/** Gives up claims (a sender stopping, or one found dead): the rows are due again at once. */
export async function releaseClaims(db: Db, owners: readonly string[]): Promise<number> {
  if (owners.length === 0) return 0;
  const res = await db
    .updateTable('outbox')
    .set({ claimed_by: null, claimed_until: null })
    .where('claimed_by', 'in', owners)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return Number(res.numUpdatedRows);
}

/** The senders holding claims on pending rows now. */
export async function claimHolders(db: Db): Promise<string[]> {
  const rows = await db.selectFrom('outbox').select('claimed_by').distinct().where('claimed_by', 'is not', null).where('status', '=', 'pending').execute();
  return rows.map((r) => r.claimed_by!);
}

/** What became of a message a sender tried: recorded by `recordOutcomes`. */
export type DeliveryOutcome =
  | { id: string; status: 'sent'; messageId: string | null }
  | { id: string; status: 'retry'; reason: string; nextAttempt: Date }
  | { id: string; status: 'failed'; reason: string };

/** Sent rows marked per statement: two parameters a row (its id and message id), well under the limits. */
const SENT_CHUNK = 200;

/**
 * Records the outcomes of a round of sends in one transaction (the caller's, when `db` is one):
 * the sent rows in one statement per SENT_CHUNK, each retried or failed row in its own. One commit
 * for the round instead of one per message: on PostgreSQL each commit is a round trip and a flush.
 * Every recorded row's claim is given up. A retried or failed row is updated only while pending.
 */
export async function recordOutcomes(db: Db, outcomes: readonly DeliveryOutcome[], now: Date): Promise<void> {
  if (outcomes.length === 0) return;
  const write = async (tx: Db) => {
    const sent = outcomes.flatMap((o) => (o.status === 'sent' ? [o] : []));
    for (let i = 0; i < sent.length; i += SENT_CHUNK) {
      const chunk = sent.slice(i, i + SENT_CHUNK);
      const withMessage = chunk.filter((o) => o.messageId !== null);
      const messageId = withMessage.length
        ? sql<string | null>`case id ${sql.join(
            withMessage.map((o) => sql`when ${o.id} then ${o.messageId}`),
            sql` `,
          )} else null end`
        : null;
      await tx
        .updateTable('outbox')
        .set((eb) => ({
          status: 'sent',
          message_id: messageId,
          sent_at: now.toISOString(),
          attempts: eb('attempts', '+', 1),
          last_error: null,
          claimed_by: null,
          claimed_until: null,
        }))
        .where(
          'id',
          'in',
          chunk.map((o) => o.id),
        )
        .execute();
    }
    for (const o of outcomes) {
      if (o.status === 'sent') continue;
      const change =
        o.status === 'retry' ? { last_error: o.reason, next_attempt_at: o.nextAttempt.toISOString() } : { status: 'failed' as const, last_error: o.reason };
      await tx
        .updateTable('outbox')
        .set((eb) => ({ ...change, attempts: eb('attempts', '+', 1), claimed_by: null, claimed_until: null }))
        .where('id', '=', o.id)
        .where('status', '=', 'pending')
        .execute();
    }
  };
  await (db.isTransaction ? write(db) : db.transaction().execute(write));
}

/**
 * The message an earlier report of this incident left at this target (the first one sent), so
 * that a later one edits it; null when none was sent there.
 */
export async function incidentMessageId(db: Db, incidentId: string, sink: SinkName, target: string): Promise<string | null> {
  const row = await db
    .selectFrom('outbox')
    .select('message_id')
    .where('incident_id', '=', incidentId)
    .where('sink', '=', sink)
    .where('target', '=', target)
    .where('status', '=', 'sent')
    .where('message_id', 'is not', null)
    .orderBy('sent_at')
    .limit(1)
    .executeTakeFirst();
  return row?.message_id ?? null;
}

/** Every message waiting to be sent, oldest first: what a dry run shows. */
export async function pendingMessages(db: Db): Promise<{ alert: Alert; sink: SinkName; target: string }[]> {
  const rows = await db
    .selectFrom('outbox')
    .select(['payload', 'sink', 'target'])
    .where('status', '=', 'pending')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ alert: AlertSchema.parse(JSON.parse(r.payload)), sink: r.sink as SinkName, target: r.target }));
}

export async function pendingCount(db: Db): Promise<number> {
  const r = await db
    .selectFrom('outbox')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return Number(r?.n ?? 0);
}

/** Alerts waiting per subscription (pending outbox rows), for `/subscriptions`. */
export async function pendingBySubscription(db: Db, ids: readonly string[]): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('outbox_subscriptions')
    .innerJoin('outbox', 'outbox.id', 'outbox_subscriptions.outbox_id')
    .select(['outbox_subscriptions.subscription_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('outbox_subscriptions.subscription_id', 'in', ids)
    .where('outbox.status', '=', 'pending')
    .groupBy('outbox_subscriptions.subscription_id')
    .execute();
  return new Map(rows.map((r) => [r.subscription_id, Number(r.n)]));
}

/** Makes a subscription's waiting messages due now (it was fixed: held alerts go out on the next dispatch). */
export async function releaseHeld(db: Db, subscriptionIds: readonly string[], now: Date): Promise<void> {
  if (subscriptionIds.length === 0) return;
  await db
    .updateTable('outbox')
    .set({ next_attempt_at: now.toISOString() })
    .where('status', '=', 'pending')
    .where('id', 'in', (eb) => eb.selectFrom('outbox_subscriptions').select('outbox_id').where('subscription_id', 'in', subscriptionIds))
    .execute();
}

/**
 * Takes subscriptions off the messages queued for them (unsubscribed, rule deleted); a message
 * left serving no subscription is given up, recording why. Call inside the transaction that
 * deletes the subscriptions.
 */
export async function detachSubscriptions(tx: Db, subscriptionIds: readonly string[], reason: string): Promise<void> {
  if (subscriptionIds.length === 0) return;
  const affected = await tx.selectFrom('outbox_subscriptions').select('outbox_id').distinct().where('subscription_id', 'in', subscriptionIds).execute();
  await tx.deleteFrom('outbox_subscriptions').where('subscription_id', 'in', subscriptionIds).execute();
  const ids = affected.map((r) => r.outbox_id);
  for (let i = 0; i < ids.length; i += 500) {
    await tx
      .updateTable('outbox')
      .set({ status: 'failed', last_error: reason })
      .where('id', 'in', ids.slice(i, i + 500))
      .where('status', '=', 'pending')
      .where(({ not, exists, selectFrom }) =>
        not(exists(selectFrom('outbox_subscriptions').select('outbox_subscriptions.outbox_id').whereRef('outbox_subscriptions.outbox_id', '=', 'outbox.id'))),
      )
      .execute();
  }
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

/**
 * The rules (with the server that owns them, null for the config file's) that alerted an incident,
 * stored or still queued in `queued`. Answered from the index `alerts_incident_rules` alone.
 */
export async function rulesAlertedForIncident(db: Db, incidentId: string, queued?: AlertRows): Promise<{ ruleId: string; guildId: string | null }[]> {
  // As SQL, not built with Kysely: once per report that updates an incident.
  const { rows } = await sql<{
    rule_id: string;
    guild_id: string | null;
  }>`select distinct "rule_id", "guild_id" from "alerts" where "incident_id" = ${incidentId}`.execute(db);
  const stored = rows.map((r) => ({ ruleId: r.rule_id, guildId: r.guild_id }));
  return queued ? [...stored, ...queued.alertedRules(incidentId)] : stored;
}
