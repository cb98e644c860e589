import { InteractionContextType } from 'discord.js';
import { plural } from '../../plural.js';
import { pendingBySubscription } from '../../store/outbox.js';
import { listSubscriptions } from '../../store/subscriptions.js';
import { joinWithin, MESSAGE_LIMIT, neutralise } from '../embeds.js';
import { ruleGoneProblem, visibleRuleIds } from '../rules-view.js';
import { guildOf, type SlashCommand } from './command.js';

export const subscriptions: SlashCommand = {
  data: { name: 'subscriptions', description: "This server's alert subscriptions and their health", contexts: [InteractionContextType.Guild] },
  changesConfig: () => false,
  async execute(i, ctx) {
    const subs = await listSubscriptions(ctx.db, guildOf(i));
    if (subs.length === 0) return { content: "No subscriptions yet. Use `/subscribe` to post a rule's alerts in a channel." };
    const waiting = await pendingBySubscription(
      ctx.db,
      subs.map((s) => s.id),
    );
    const known = await visibleRuleIds(ctx, guildOf(i));
    const lines = subs.map((s) => {
      const gone = ruleGoneProblem(s.ruleId, known);
      const health = gone
        ? `⚠️ ${gone}. \`/unsubscribe rule:${s.ruleId}\` removes this.`
        : s.status === 'failing'
          ? `⚠️ failing since <t:${Math.floor(Date.parse(s.failingSince ?? '') / 1000)}:R>: ${neutralise(s.failureReason ?? '', 300)}. Fix it, then run \`/subscribe\` again to resume.`
          : '✅ ok';
      const queued = waiting.get(s.id) ? ` — ${plural(waiting.get(s.id) ?? 0, 'alert')} waiting` : '';
      const mention = s.mentionRole ? `, mentions <@&${s.mentionRole}>` : '';
      const sitrep = s.digest ? `, SITREP daily at ${String(s.digest.hour).padStart(2, '0')}:00 ${s.digest.timeZone}` : '';
      return `• \`${s.ruleId}\` → <#${s.channelId}> (≥ ${s.minSeverity}${mention}${sitrep}): ${health}${queued}`;
    });
    return { content: joinWithin(lines, MESSAGE_LIMIT) };
  },
};
