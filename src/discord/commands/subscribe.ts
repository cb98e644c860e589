import { ApplicationCommandOptionType, ChannelType, InteractionContextType, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { upsertSubscription } from '../../store/subscriptions.js';
import { SEVERITIES, SeveritySchema } from '../../vocabulary.js';
import { botChannelProblem, CONFIG_DEFAULT_PERMISSIONS } from '../permissions.js';
import { findVisibleRule, ruleChoices, visibleRules } from '../rules-view.js';
import { closeMatches, didYouMean } from '../suggest.js';
import { guildOf, type SlashCommand, UserError } from './command.js';

export const severityChoices = SEVERITIES.map((s) => ({ name: s, value: s }));

const data: RESTPostAPIChatInputApplicationCommandsJSONBody = {
  name: 'subscribe',
  description: 'Post alerts of a rule in a channel',
  default_member_permissions: CONFIG_DEFAULT_PERMISSIONS,
  contexts: [InteractionContextType.Guild],
  options: [
    { type: ApplicationCommandOptionType.String, name: 'rule', description: 'The rule to follow', required: true, autocomplete: true },
    {
      type: ApplicationCommandOptionType.Channel,
      name: 'channel',
      description: 'Where to post (default: this channel)',
      channel_types: [ChannelType.GuildText, ChannelType.GuildAnnouncement],
    },
    { type: ApplicationCommandOptionType.String, name: 'min_severity', description: 'Only alerts at or above this severity', choices: severityChoices },
    { type: ApplicationCommandOptionType.Role, name: 'mention_role', description: 'Role to mention with each alert' },
  ],
};

/** Finds a rule by id or says which ids come close. */
export async function requireRule(ctx: Parameters<SlashCommand['execute']>[1], guildId: string, ruleId: string) {
  const found = await findVisibleRule(ctx, guildId, ruleId);
  if (found) return found;
  const ids = (await visibleRules(ctx, guildId)).map((v) => v.rule.id);
  throw new UserError(`There is no rule \`${ruleId}\`.${didYouMean(closeMatches(ruleId, ids))} \`/rule list\` shows them all.`);
}

export const subscribe: SlashCommand = {
  data,
  changesConfig: () => true,
  async execute(i, ctx) {
    const guildId = guildOf(i);
    const ruleId = i.options.getString('rule', true).trim();
    const { rule } = await requireRule(ctx, guildId, ruleId);
    const channelId = i.options.getChannel('channel')?.id ?? i.channelId;
    const minSeverity = SeveritySchema.parse(i.options.getString('min_severity') ?? rule.minSeverity);
    const role = i.options.getRole('mention_role');
    if (role && role.id === guildId) throw new UserError('Mentioning @everyone is not allowed; create a role for alerts instead.');
    const { created, subscription } = await upsertSubscription(
      ctx.db,
      { guildId, channelId, ruleId: rule.id, minSeverity, mentionRole: role?.id ?? null, createdBy: i.user.id },
      ctx.clock.now(),
    );
    const mention = subscription.mentionRole ? `, mentioning <@&${subscription.mentionRole}>` : '';
    const problem = botChannelProblem(i.guild, channelId);
    const warning = problem ? `\n⚠️ ${problem} Alerts wait until that is fixed; then run \`/subscribe\` again.` : '';
    return {
      content: `${created ? 'Subscribed' : 'Updated the subscription of'} <#${channelId}> to \`${rule.id}\` (alerts at or above **${minSeverity}**${mention}).${warning}`,
    };
  },
  async autocomplete(i, ctx) {
    return ruleChoices(ctx, guildOf(i), i.options.getFocused());
  },
};
