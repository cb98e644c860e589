import { type Rule, RuleSchema } from '../config/rule-schema.js';
import type { Db } from './database.js';
import { detachSubscriptions } from './outbox.js';

export interface GuildRule {
  guildId: string;
  rule: Rule;
  createdBy: string | null;
  createdAt: string;
}

function fromRow(r: { guild_id: string; definition: string; created_by: string | null; created_at: string }): GuildRule {
  return { guildId: r.guild_id, rule: RuleSchema.parse(JSON.parse(r.definition)), createdBy: r.created_by, createdAt: r.created_at };
}

/** Saves a server's rule; false when the server already has a rule with that id. */
export async function insertGuildRule(db: Db, guildId: string, rule: Rule, createdBy: string | null, now: Date): Promise<boolean> {
  const res = await db
    .insertInto('guild_rules')
    .values({ guild_id: guildId, rule_id: rule.id, definition: JSON.stringify(rule), created_by: createdBy, created_at: now.toISOString() })
    .onConflict((oc) => oc.columns(['guild_id', 'rule_id']).doNothing())
    .executeTakeFirst();
  return Number(res.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** Replaces the definition of a server's rule (same id); false when there was no such rule. */
export async function updateGuildRule(db: Db, guildId: string, rule: Rule): Promise<boolean> {
  const res = await db
    .updateTable('guild_rules')
    .set({ definition: JSON.stringify(rule) })
    .where('guild_id', '=', guildId)
    .where('rule_id', '=', rule.id)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) > 0;
}

export async function getGuildRule(db: Db, guildId: string, ruleId: string): Promise<GuildRule | null> {
  const row = await db.selectFrom('guild_rules').selectAll().where('guild_id', '=', guildId).where('rule_id', '=', ruleId).executeTakeFirst();
  return row ? fromRow(row) : null;
}

export async function listGuildRules(db: Db, guildId: string): Promise<GuildRule[]> {
  const rows = await db.selectFrom('guild_rules').selectAll().where('guild_id', '=', guildId).orderBy('rule_id').execute();
  return rows.map(fromRow);
}

/** Every server's rules, for the pipeline to compile. */
export async function allGuildRules(db: Db): Promise<GuildRule[]> {
  const rows = await db.selectFrom('guild_rules').selectAll().orderBy('guild_id').orderBy('rule_id').execute();
  return rows.map(fromRow);
}

/** Deletes a server's rule and its subscriptions; returns the channels they posted in, or null when there was no such rule. */
export async function deleteGuildRule(db: Db, guildId: string, ruleId: string): Promise<string[] | null> {
  return db.transaction().execute(async (tx) => {
    const res = await tx.deleteFrom('guild_rules').where('guild_id', '=', guildId).where('rule_id', '=', ruleId).executeTakeFirst();
    if (Number(res.numDeletedRows) === 0) return null;
    const subs = await tx
      .selectFrom('subscriptions')
      .select(['id', 'channel_id'])
      .where('guild_id', '=', guildId)
      .where('rule_id', '=', ruleId)
      .orderBy('channel_id')
      .execute();
    if (subs.length > 0) {
      const ids = subs.map((s) => s.id);
      await detachSubscriptions(tx, ids, 'rule deleted before delivery');
      await tx.deleteFrom('subscriptions').where('id', 'in', ids).execute();
    }
    return subs.map((s) => s.channel_id);
  });
}
