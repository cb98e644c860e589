import { InteractionContextType } from 'discord.js';
import { pendingCount } from '../../store/outbox.js';
import { failingSubscriptions } from '../../store/subscriptions.js';
import { clip } from '../embeds.js';
import { feedHealth, feedHealthLine } from '../feed-health.js';
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
    const failing = await failingSubscriptions(ctx.db, guildId);
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
      ...failing.map((s) => `• \`${s.ruleId}\` → <#${s.channelId}>: ${s.failureReason}`),
    ];
    return { content: clip(lines.join('\n'), 2000) };
  },
};
