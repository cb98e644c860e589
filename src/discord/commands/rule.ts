import { type ApplicationCommandOptionChoiceData, ApplicationCommandOptionType, InteractionContextType } from 'discord.js';
import { documentsSince } from '../../store/documents.js';
import { deleteGuildRule, insertGuildRule, listGuildRules } from '../../store/guild-rules.js';
import { ATTACK_TYPES, SeveritySchema } from '../../vocabulary.js';
import { type CommandContext, RECENT_ATTACKS_LIMIT } from '../context.js';
import { clip, neutralise, safeUrl } from '../embeds.js';
import { CONFIG_DEFAULT_PERMISSIONS } from '../permissions.js';
import { buildRule, optionName } from '../rule-input.js';
import { ruleChoices, visibleRules } from '../rules-view.js';
import { choices, guildOf, lastListItem, list, type SlashCommand, UserError } from './command.js';
import { requireRule, severityChoices } from './subscribe.js';

/** A server may keep this many rules of its own. */
export const MAX_RULES_PER_GUILD = 50;
const BACKTEST_SHOWN = 5;
const MAX_BACKTEST_DAYS = 90;

const S = ApplicationCommandOptionType.String;
const ruleIdOption = { type: S, name: 'id', description: 'Rule id', required: true, autocomplete: true } as const;

export const rule: SlashCommand = {
  data: {
    name: 'rule',
    description: 'Create, inspect and test watch rules',
    default_member_permissions: CONFIG_DEFAULT_PERMISSIONS,
    contexts: [InteractionContextType.Guild],
    options: [
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: 'create',
        description: 'Create a rule for this server (lists are comma-separated)',
        options: [
          { type: S, name: 'id', description: 'Id: lowercase letters, digits, - or _', required: true, min_length: 1, max_length: 64 },
          { type: S, name: 'attack_types', description: `Any of: ${ATTACK_TYPES.join(', ')}`.slice(0, 100), autocomplete: true },
          { type: S, name: 'countries', description: 'Country codes or names, e.g. IQ, SY' },
          { type: S, name: 'places', description: 'Places from the gazetteer, e.g. Erbil, Ain al-Asad', autocomplete: true },
          { type: S, name: 'near', description: 'A place: match attacks within radius_km of it', autocomplete: true },
          { type: ApplicationCommandOptionType.Integer, name: 'radius_km', description: 'Distance for near (default 50)', min_value: 1, max_value: 5000 },
          { type: S, name: 'actors', description: 'Actors, e.g. islamic-state', autocomplete: true },
          { type: S, name: 'keywords_any', description: 'Match if any of these words appear' },
          { type: S, name: 'keywords_all', description: 'Match only if all of these words appear' },
          { type: S, name: 'keywords_none', description: 'Never match if any of these words appear' },
          { type: S, name: 'min_severity', description: 'Lowest severity to alert on', choices: severityChoices },
        ],
      },
      { type: ApplicationCommandOptionType.Subcommand, name: 'list', description: 'Rules this server can subscribe to' },
      { type: ApplicationCommandOptionType.Subcommand, name: 'show', description: 'A rule in words', options: [ruleIdOption] },
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: 'delete',
        description: "Delete one of this server's rules (and its subscriptions)",
        options: [ruleIdOption],
      },
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: 'test',
        description: 'What a rule would have matched in the last days',
        options: [
          ruleIdOption,
          { type: ApplicationCommandOptionType.Integer, name: 'days', description: 'How far back (default 7)', min_value: 1, max_value: MAX_BACKTEST_DAYS },
        ],
      },
    ],
  },
  changesConfig: (i) => ['create', 'delete'].includes(i.options.getSubcommand()),

  async execute(i, ctx) {
    const guildId = guildOf(i);
    const sub = i.options.getSubcommand();
    if (sub === 'create') {
      const id = i.options.getString('id', true).trim().toLowerCase();
      if (ctx.rules.configRules().some((r) => r.id === id)) throw new UserError(`\`${id}\` is already a rule of the bot's configuration; pick another id.`);
      const own = await listGuildRules(ctx.db, guildId);
      if (own.some((g) => g.rule.id === id)) throw new UserError(`This server already has a rule \`${id}\`. Delete it first, or pick another id.`);
      if (own.length >= MAX_RULES_PER_GUILD) throw new UserError(`This server has ${own.length} rules, the most allowed. Delete one first.`);
      const built = buildRule({
        id,
        attackTypes: list(i.options.getString('attack_types')),
        countries: list(i.options.getString('countries')),
        places: list(i.options.getString('places')),
        near: i.options.getString('near')?.trim() || null,
        radiusKm: i.options.getInteger('radius_km'),
        actors: list(i.options.getString('actors')),
        keywordsAny: list(i.options.getString('keywords_any')),
        keywordsAll: list(i.options.getString('keywords_all')),
        keywordsNone: list(i.options.getString('keywords_none')),
        minSeverity: SeveritySchema.nullable().parse(i.options.getString('min_severity')),
      });
      const errors = 'errors' in built ? built.errors : ctx.rules.validate(built.rule).map((p) => `\`${optionName(p.path)}\`: ${p.message}`);
      if (errors.length || !('rule' in built)) throw new UserError(`The rule was not created:\n${errors.map((e) => `• ${e}`).join('\n')}`);
      if (!(await insertGuildRule(ctx.db, guildId, built.rule, i.user.id, ctx.clock.now()))) throw new UserError(`This server already has a rule \`${id}\`.`);
      await ctx.rules.guildRulesChanged?.(guildId);
      return {
        content: clip(`Created rule \`${id}\`: ${ctx.rules.describe(built.rule)}\nTry it with \`/rule test id:${id}\`, then \`/subscribe rule:${id}\`.`, 2000),
      };
    }
    if (sub === 'list') {
      const rules = await visibleRules(ctx, guildId);
      if (rules.length === 0) return { content: 'No rules yet. Create one with `/rule create`.' };
      const lines = rules.map(
        (v) => `• \`${v.rule.id}\`${v.rule.name ? ` — ${neutralise(v.rule.name)}` : ''}${v.origin === 'server' ? ' *(this server)*' : ''}`,
      );
      return { content: clip(lines.join('\n'), 2000) };
    }
    const { rule: found, origin } = await requireRule(ctx, guildId, i.options.getString('id', true).trim());
    if (sub === 'show') {
      return {
        content: clip(
          `\`${found.id}\`${found.name ? ` — ${neutralise(found.name)}` : ''} (${origin === 'server' ? 'this server' : 'bot configuration'})\n${ctx.rules.describe(found)}\nAlerts at or above **${found.minSeverity}**.`,
          2000,
        ),
      };
    }
    if (sub === 'delete') {
      if (origin !== 'server') throw new UserError(`\`${found.id}\` comes from the bot's configuration file and cannot be deleted from Discord.`);
      await deleteGuildRule(ctx.db, guildId, found.id);
      await ctx.rules.guildRulesChanged?.(guildId);
      return { content: `Deleted rule \`${found.id}\` and its subscriptions.` };
    }
    // test: a backtest over stored documents
    const days = i.options.getInteger('days') ?? 7;
    const since = new Date(ctx.clock.now().getTime() - days * 86_400_000);
    const docs = await documentsSince(ctx.db, since, { attacksOnly: true, limit: RECENT_ATTACKS_LIMIT });
    const test = ctx.rules.matcher(found);
    const matches = docs.flatMap((d) => {
      const reasons = test(d);
      return reasons ? [{ d, reasons }] : [];
    });
    const head = `\`${found.id}\` would have matched **${matches.length}** of ${docs.length} attack report(s) from the last ${days} day(s).`;
    const shown = matches.slice(0, BACKTEST_SHOWN).map(({ d, reasons }) => {
      const url = safeUrl(d.link);
      const title = neutralise(clip(d.title, 120));
      return `• <t:${Math.floor(Date.parse(d.published) / 1000)}:d> ${url ? `[${title}](<${url}>)` : title} — ${neutralise(reasons.join('; '))} (${d.extraction.severity})`;
    });
    return { content: clip([head, ...shown].join('\n'), 2000) };
  },

  async autocomplete(i, ctx) {
    const focused = i.options.getFocused(true);
    const guildId = guildOf(i);
    if (focused.name === 'id') return ruleChoices(ctx, guildId, focused.value, i.options.getSubcommand() === 'delete');
    return listCompletion(focused.name, focused.value, ctx);
  },
};

/** Completes the last item of a comma-separated list option, keeping what was typed before it. */
function listCompletion(option: string, typed: string, ctx: CommandContext): ApplicationCommandOptionChoiceData[] {
  const { head, item } = option === 'near' ? { head: '', item: typed.trim() } : lastListItem(typed);
  if (option === 'places' || option === 'near') {
    if (!item) return [];
    return choices(ctx.engine.gazetteer.search(item, 25).map((p) => ({ name: `${p.name} (${p.country}, ${p.kind})`, value: `${head}${p.name}` })));
  }
  if (option === 'actors') {
    if (!item) return [];
    return choices(ctx.engine.actors.search(item, 25).map((a) => ({ name: `${a.name} (${a.id})`, value: `${head}${a.id}` })));
  }
  const names = option === 'attack_types' ? ATTACK_TYPES.filter((a) => a.includes(item.toLowerCase())) : [];
  return choices(names.map((n) => ({ name: `${head}${n}`, value: `${head}${n}` })));
}
