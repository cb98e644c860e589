import { InteractionContextType } from 'discord.js';
import { pendingCount } from '../../store/outbox.js';
import { listSubscriptions } from '../../store/subscriptions.js';
import { joinWithin, MESSAGE_LIMIT, neutralise } from '../embeds.js';
import { feedHealth, feedHealthLine } from '../feed-health.js';
import { ruleGoneProblem, visibleRuleIds } from '../rules-view.js';
import { guildOf, type SlashCommand } from './command.js';

function duration(ms: number): string {
  const s = Math.floor(ms / 1000);
  const d = Math.floor(s / 86_400);
  const h = Math.floor((s % 86_400) / 3600);
  const m = Math.floor((s % 3600) / 60);
  return d ? `${d}d ${h}h` : h ? `${h}h ${m}m` : `${m}m ${s % 60}s`;
}

const FEEDS_SHOWN = 15;

export const status: SlashCommand = {
  data: { name: 'status', description: 'Feeds, pending deliveries and failing subscriptions', contexts: [InteractionContextType.Guild] },
  changesConfig: () => false,
  async execute(i, ctx) {
    const guildId = guildOf(i);
    const health = [...(await feedHealth(ctx.db)).values()];
    const known = await visibleRuleIds(ctx, guildId);
    // A subscription fails when its channel refuses the bot, or when its rule is gone.
    const failing = (await listSubscriptions(ctx.db, guildId)).flatMap((s) => {
      const problem = ruleGoneProblem(s.ruleId, known) ?? (s.status === 'failing' ? neutralise(s.failureReason ?? '', 300) : null);
      return problem ? [{ ...s, problem }] : [];
    });
    const pending = await pendingCount(ctx.db);
    const now = ctx.clock.now().getTime();
    const withErrors = health.filter((h) => h.lastError || h.disabledReason).length;
    const lines = [
      `**Sitrep ${ctx.version}** — up ${duration(now - ctx.startedAt.getTime())}`,
      `**Feeds:** ${health.length} (${withErrors} with errors)`,
      ...health
        .sort((a, b) => Number(!!b.lastError || !!b.disabledReason) - Number(!!a.lastError || !!a.disabledReason))
        .slice(0, FEEDS_SHOWN)
        .map((h) => feedHealthLine(`\`${h.id}\``, h)),
      ...(health.length > FEEDS_SHOWN ? [`…and ${health.length - FEEDS_SHOWN} more`] : []),
      `**Pending deliveries:** ${pending}`,
      `**Failing subscriptions here:** ${failing.length}`,
      ...failing.map((s) => `• \`${s.ruleId}\` → <#${s.channelId}>: ${s.problem}`),
    ];
    return { content: joinWithin(lines, MESSAGE_LIMIT) };
  },
};
