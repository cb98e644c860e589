import { InteractionContextType } from 'discord.js';
import { listSubscriptions, removeSubscriptions } from '../../store/subscriptions.js';
import { CONFIG_DEFAULT_PERMISSIONS } from '../permissions.js';
import { alertChannelOption, choices, guildOf, ruleIdOf, ruleOption, type SlashCommand, UserError } from './command.js';

export const unsubscribe: SlashCommand = {
  data: {
    name: 'unsubscribe',
    description: 'Stop posting alerts of a rule',
    default_member_permissions: CONFIG_DEFAULT_PERMISSIONS,
    contexts: [InteractionContextType.Guild],
    options: [ruleOption('The rule'), alertChannelOption('Only in this channel (default: every channel)')],
  },
  changesConfig: () => true,
  async execute(i, ctx) {
    const guildId = guildOf(i);
    const ruleId = ruleIdOf(i.options.getString('rule', true));
    const channelId = i.options.getChannel('channel')?.id ?? null;
    const removed = await removeSubscriptions(ctx.db, guildId, ruleId, channelId);
    if (removed.length === 0) {
      throw new UserError(`No subscription to \`${ruleId}\`${channelId ? ` in <#${channelId}>` : ''}. \`/subscriptions\` lists them.`);
    }
    return { content: `Unsubscribed ${removed.map((s) => `<#${s.channelId}>`).join(', ')} from \`${ruleId}\`.` };
  },
  async autocomplete(i, ctx) {
    const typed = i.options.getFocused().toLowerCase();
    const ids = [...new Set((await listSubscriptions(ctx.db, guildOf(i))).map((s) => s.ruleId))];
    return choices(ids.filter((id) => id.includes(typed)).map((id) => ({ name: id, value: id })));
  },
};
