import type { Rule } from '../config/rule-schema.js';
import { getGuildRule, listGuildRules } from '../store/guild-rules.js';
import { choices } from './commands/command.js';
import type { CommandContext } from './context.js';

export interface VisibleRule {
  rule: Rule;
  /** 'config' for the bot's config file, 'server' for a rule this server created. */
  origin: 'config' | 'server';
}

/** Rules a server can subscribe to: the config file's and its own. */
export async function visibleRules(ctx: CommandContext, guildId: string): Promise<VisibleRule[]> {
  const own = await listGuildRules(ctx.db, guildId);
  return [...ctx.rules.configRules().map((rule) => ({ rule, origin: 'config' as const })), ...own.map((g) => ({ rule: g.rule, origin: 'server' as const }))];
}

/**
 * What a subscription whose rule is not among the visible ones tells: the rule was taken out of the
 * configuration file, so nothing reaches the channel any more; null while the rule exists.
 */
export function ruleGoneProblem(ruleId: string, visibleIds: ReadonlySet<string>): string | null {
  return visibleIds.has(ruleId) ? null : 'the rule no longer exists: nothing will be posted';
}

/** The ids of the rules a server can subscribe to. */
export async function visibleRuleIds(ctx: CommandContext, guildId: string): Promise<Set<string>> {
  return new Set((await visibleRules(ctx, guildId)).map((v) => v.rule.id));
}

export async function findVisibleRule(ctx: CommandContext, guildId: string, ruleId: string): Promise<VisibleRule | null> {
  const config = ctx.rules.configRules().find((r) => r.id === ruleId);
  if (config) return { rule: config, origin: 'config' };
  const own = await getGuildRule(ctx.db, guildId, ruleId);
  return own ? { rule: own.rule, origin: 'server' } : null;
}

/** Autocomplete over visible rules (optionally only the server's own), matching id or name. */
export async function ruleChoices(ctx: CommandContext, guildId: string, typed: string, onlyServer = false) {
  const q = typed.trim().toLowerCase();
  const rules = (await visibleRules(ctx, guildId)).filter((v) => !onlyServer || v.origin === 'server');
  const hits = rules.filter((v) => !q || v.rule.id.includes(q) || (v.rule.name ?? '').toLowerCase().includes(q));
  return choices(
    hits.map((v) => ({ name: `${v.rule.id}${v.rule.name ? ` — ${v.rule.name}` : ''}${v.origin === 'server' ? ' (this server)' : ''}`, value: v.rule.id })),
  );
}
