import { ApplicationCommandOptionType, InteractionContextType } from 'discord.js';
import { digestEmbed } from '../digest.js';
import { mapFile, withImage } from '../maps.js';
import { ruleChoices } from '../rules-view.js';
import { guildOf, ruleIdOf, ruleOption, type SlashCommand, UserError } from './command.js';
import { requireRule } from './subscribe.js';

const DEFAULT_HOURS = 24;

/** `/digest rule [hours]`: the SITREP of a rule for the last hours, now, with its picture. */
export const digest: SlashCommand = {
  data: {
    name: 'digest',
    description: 'SITREP of a rule now: counts, casualties, the most severe incidents, on a map',
    contexts: [InteractionContextType.Guild],
    options: [
      ruleOption('The rule to sum up'),
      { type: ApplicationCommandOptionType.Integer, name: 'hours', description: 'How far back (default 24)', min_value: 1, max_value: 24 * 14 },
    ],
  },
  changesConfig: () => false,
  async execute(i, ctx) {
    const guildId = guildOf(i);
    const { rule, origin } = await requireRule(ctx, guildId, ruleIdOf(i.options.getString('rule', true)));
    if (!ctx.digest) throw new UserError('This bot does not make digests.');
    const end = ctx.clock.now();
    const hours = i.options.getInteger('hours') ?? DEFAULT_HOURS;
    const made = await ctx.digest(rule, origin === 'server' ? guildId : null, { start: new Date(end.getTime() - hours * 3_600_000), end, timeZone: 'UTC' });
    const file = await mapFile(ctx.maps, made.job, `sitrep-${rule.id}`);
    return {
      embeds: [withImage(digestEmbed(made.summary), file)],
      ...(file ? { files: [{ attachment: Buffer.from(file.data), name: file.name }] } : {}),
    };
  },
  async autocomplete(i, ctx) {
    return ruleChoices(ctx, guildOf(i), i.options.getFocused());
  },
};
