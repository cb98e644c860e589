import { ApplicationCommandOptionType, InteractionContextType, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { DigestConfigSchema } from '../../config/schema.js';
import { closeMatches, didYouMean } from '../../config/suggest.js';
import { resolveTimeZone, searchTimeZones } from '../../config/time-zones.js';
import { type SubscriptionDigest, upsertSubscription } from '../../store/subscriptions.js';
import { SEVERITIES, SeveritySchema } from '../../vocabulary.js';
import { neutralise } from '../embeds.js';
import { botChannelProblem, CONFIG_DEFAULT_PERMISSIONS } from '../permissions.js';
import { findVisibleRule, ruleChoices, visibleRules } from '../rules-view.js';
import { alertChannelOption, choices, guildOf, ruleIdOf, ruleOption, type SlashCommand, UserError } from './command.js';

/** A subscription's daily SITREP defaults as the config file's digests do: one source, the schema. */
const DIGEST_DEFAULTS = DigestConfigSchema.pick({ hour: true, timeZone: true }).parse({});

export const severityChoices = SEVERITIES.map((s) => ({ name: s, value: s }));

const data: RESTPostAPIChatInputApplicationCommandsJSONBody = {
  name: 'subscribe',
  description: 'Post alerts of a rule in a channel',
  default_member_permissions: CONFIG_DEFAULT_PERMISSIONS,
  contexts: [InteractionContextType.Guild],
  options: [
    ruleOption('The rule to follow'),
    alertChannelOption('Where to post (default: this channel)'),
    { type: ApplicationCommandOptionType.String, name: 'min_severity', description: 'Only alerts at or above this severity', choices: severityChoices },
    { type: ApplicationCommandOptionType.Role, name: 'mention_role', description: 'Role to mention with each alert' },
    {
      type: ApplicationCommandOptionType.String,
      name: 'digest',
      description: 'Also post a daily SITREP of the rule (default: unchanged)',
      choices: [
        { name: 'daily', value: 'daily' },
        { name: 'off', value: 'off' },
      ],
    },
    {
      type: ApplicationCommandOptionType.Integer,
      name: 'digest_hour',
      description: `Local hour of the daily SITREP (default ${DIGEST_DEFAULTS.hour})`,
      min_value: 0,
      max_value: 23,
    },
    {
      type: ApplicationCommandOptionType.String,
      name: 'timezone',
      description: `Time zone of that hour, e.g. Asia/Baghdad (default ${DIGEST_DEFAULTS.timeZone})`,
      autocomplete: true,
    },
  ],
};

/**
 * The digest asked for: undefined keeps the current one; an hour or a zone alone means daily.
 * A mistake goes into `problems` (the reply tells every mistake at once).
 */
function digestOption(i: Parameters<SlashCommand['execute']>[0], problems: string[]): SubscriptionDigest | null | undefined {
  const choice = i.options.getString('digest');
  const hour = i.options.getInteger('digest_hour');
  const zoneInput = i.options.getString('timezone');
  if (choice === 'off') {
    if (hour !== null || zoneInput !== null)
      problems.push('`digest:off` removes the daily SITREP: leave out `digest_hour` and `timezone`, or choose `digest:daily`.');
    return null;
  }
  if (choice !== 'daily' && hour === null && zoneInput === null) return undefined;
  // Discord's app keeps the option to 0-23, but the interaction it sends is not bound to that.
  if (hour !== null && !DigestConfigSchema.shape.hour.safeParse(hour).success) problems.push(`\`digest_hour\` is a local hour from 0 to 23 (got ${hour}).`);
  const timeZone = zoneInput ? resolveTimeZone(zoneInput) : DIGEST_DEFAULTS.timeZone;
  if (!timeZone) problems.push(`Unknown time zone \`${zoneInput}\`.${didYouMean(searchTimeZones(zoneInput ?? '', 3))}`);
  return { hour: hour ?? DIGEST_DEFAULTS.hour, timeZone: timeZone ?? DIGEST_DEFAULTS.timeZone };
}

/** "There is no rule `x`. Did you mean …": which visible ids come close. */
async function noSuchRule(ctx: Parameters<SlashCommand['execute']>[1], guildId: string, ruleId: string): Promise<string> {
  const ids = (await visibleRules(ctx, guildId)).map((v) => v.rule.id);
  return `There is no rule \`${ruleId}\`.${didYouMean(closeMatches(ruleId, ids))} \`/rule list\` shows them all.`;
}

/** Finds a rule by id or says which ids come close. */
export async function requireRule(ctx: Parameters<SlashCommand['execute']>[1], guildId: string, ruleId: string) {
  const found = await findVisibleRule(ctx, guildId, ruleId);
  if (found) return found;
  throw new UserError(await noSuchRule(ctx, guildId, ruleId));
}

export const subscribe: SlashCommand = {
  data,
  changesConfig: () => true,
  async execute(i, ctx) {
    const guildId = guildOf(i);
    const ruleId = ruleIdOf(i.options.getString('rule', true));
    const problems: string[] = [];
    const found = await findVisibleRule(ctx, guildId, ruleId);
    if (!found) problems.push(await noSuchRule(ctx, guildId, ruleId));
    const role = i.options.getRole('mention_role');
    if (role && role.id === guildId) problems.push('Mentioning @everyone is not allowed; create a role for alerts instead.');
    const digest = digestOption(i, problems);
    if (!found || problems.length) {
      throw new UserError(problems.length === 1 ? problems[0]! : `Nothing was subscribed:\n${problems.map((p) => `• ${p}`).join('\n')}`);
    }
    const { rule } = found;
    const channelId = i.options.getChannel('channel')?.id ?? i.channelId;
    const severityGiven = i.options.getString('min_severity');
    // Options left out keep what an existing subscription has; a new one takes the rule's minimum.
    const { created, subscription } = await upsertSubscription(
      ctx.db,
      {
        guildId,
        channelId,
        ruleId: rule.id,
        minSeverity: SeveritySchema.parse(severityGiven ?? rule.minSeverity),
        mentionRole: role?.id ?? null,
        createdBy: i.user.id,
        digest,
        keep: { minSeverity: severityGiven === null, mentionRole: role === null },
      },
      ctx.clock.now(),
    );
    const { minSeverity } = subscription;
    const mention = subscription.mentionRole ? `, mentioning <@&${subscription.mentionRole}>` : '';
    const sitrep = subscription.digest
      ? `\nA daily SITREP is posted there at ${String(subscription.digest.hour).padStart(2, '0')}:00 ${subscription.digest.timeZone}.`
      : '';
    const problem = botChannelProblem(i.guild, channelId);
    const warning = problem ? `\n⚠️ ${problem} Alerts wait until that is fixed; then run \`/subscribe\` again.` : '';
    return {
      content: `${created ? 'Subscribed' : 'Updated the subscription of'} <#${channelId}> to \`${rule.id}\`${rule.name ? ` — ${neutralise(rule.name, 100)}` : ''} (alerts at or above **${minSeverity}**${mention}).${sitrep}${warning}`,
    };
  },
  async autocomplete(i, ctx) {
    const focused = i.options.getFocused(true);
    if (focused.name === 'timezone') return choices(searchTimeZones(focused.value).map((z) => ({ name: z, value: z })));
    return ruleChoices(ctx, guildOf(i), focused.value);
  },
};
