import { type ApplicationCommandOptionChoiceData, ApplicationCommandOptionType, type ChatInputCommandInteraction, InteractionContextType } from 'discord.js';
import type { Rule } from '../../config/rule-schema.js';
import { plural } from '../../plural.js';
import { documentsSince } from '../../store/documents.js';
import { deleteGuildRule, getGuildRule, insertGuildRule, listGuildRules, updateGuildRule } from '../../store/guild-rules.js';
import { ATTACK_TYPES, SeveritySchema, TargetSchema } from '../../vocabulary.js';
import { type CommandContext, RECENT_ATTACKS_LIMIT } from '../context.js';
import { clip, joinWithin, MESSAGE_LIMIT, neutralise, safeUrl } from '../embeds.js';
import { CONFIG_DEFAULT_PERMISSIONS } from '../permissions.js';
import { buildRule, DEFAULT_NEAR_KM, emptyRuleInput, NO_CONDITION, namesOnlyRule, optionName, type RuleInput, ruleInputOf } from '../rule-input.js';
import { ruleChoices, visibleRules } from '../rules-view.js';
import { choices, guildOf, lastListItem, list, ruleIdOf, type SlashCommand, UserError } from './command.js';
import { requireRule, severityChoices } from './subscribe.js';

/** A server may keep this many rules of its own. */
export const MAX_RULES_PER_GUILD = 50;
const BACKTEST_SHOWN = 5;
const MAX_BACKTEST_DAYS = 90;

const S = ApplicationCommandOptionType.String;
const ruleIdOption = { type: S, name: 'id', description: 'Rule id', required: true, autocomplete: true } as const;
/** In `/rule edit`, this value empties a list option. */
const CLEAR = '-';

/** The options for a rule's fields: every field the config file has, lists comma-separated. */
const ruleFieldOptions = [
  { type: S, name: 'name', description: 'Display name', max_length: 100 },
  { type: S, name: 'attack_types', description: `Any of: ${ATTACK_TYPES.join(', ')}`.slice(0, 100), autocomplete: true },
  { type: S, name: 'countries', description: 'Country codes or names, e.g. IQ, Syria' },
  { type: S, name: 'places', description: 'Places from the gazetteer, e.g. Erbil, Ain al-Asad', autocomplete: true },
  { type: S, name: 'near', description: 'Places to watch around, e.g. Erbil or Erbil:100, Mosul:30', autocomplete: true },
  {
    type: ApplicationCommandOptionType.Integer,
    name: 'radius_km',
    description: `Distance for near places without one (default ${DEFAULT_NEAR_KM})`,
    min_value: 1,
    max_value: 5000,
  },
  { type: S, name: 'actors', description: 'Actors, e.g. islamic-state', autocomplete: true },
  { type: S, name: 'targets', description: `What was hit: ${TargetSchema.options.join(', ')}`.slice(0, 100), autocomplete: true },
  { type: S, name: 'keywords_any', description: 'Match if any of these words appear' },
  { type: S, name: 'keywords_all', description: 'Match only if all of these words appear' },
  { type: S, name: 'keywords_none', description: 'Never match if any of these words appear' },
  { type: S, name: 'min_severity', description: 'Lowest severity to alert on', choices: severityChoices },
  { type: ApplicationCommandOptionType.Boolean, name: 'attacks_only', description: 'False: also reports that are not attacks (keyword watches)' },
] as const;

const LIST_FIELDS = {
  attack_types: 'attackTypes',
  countries: 'countries',
  places: 'places',
  near: 'near',
  actors: 'actors',
  targets: 'targets',
  keywords_any: 'keywordsAny',
  keywords_all: 'keywordsAll',
  keywords_none: 'keywordsNone',
} as const;

/** What to write in each list option, shown when one is given with nothing in it. */
const LIST_EXAMPLES: Record<keyof typeof LIST_FIELDS, string> = {
  attack_types: 'drone, rocket',
  countries: 'IQ, Syria',
  places: 'Erbil, Ain al-Asad',
  near: 'Erbil:100, Mosul',
  actors: 'islamic-state',
  targets: 'base, shipping',
  keywords_any: 'oil pipeline, refinery',
  keywords_all: 'convoy, ambush',
  keywords_none: 'exercise, drill',
};

/**
 * The rule fields given as options; in an edit, `-` empties a list and a name. A list option given
 * with nothing in it ("," or spaces) is a mistake, told with what to write: it is neither a
 * condition nor, in an edit, a way to empty the list.
 */
function givenFields(i: ChatInputCommandInteraction, edit: boolean): { fields: Partial<RuleInput>; problems: string[] } {
  const out: Partial<RuleInput> = {};
  const problems: string[] = [];
  for (const [option, field] of Object.entries(LIST_FIELDS) as [keyof typeof LIST_FIELDS, (typeof LIST_FIELDS)[keyof typeof LIST_FIELDS]][]) {
    const value = i.options.getString(option);
    if (value === null) continue;
    if (value.trim() === CLEAR) out[field] = [];
    else if (list(value).length === 0)
      problems.push(
        `\`${option}\` is empty: write one or more words or phrases, separated by commas, e.g. \`${option}:${LIST_EXAMPLES[option]}\`${edit ? `; \`${CLEAR}\` empties it` : ''}.`,
      );
    else out[field] = list(value);
  }
  const name = i.options.getString('name');
  if (name !== null) out.name = name.trim() === CLEAR ? null : name.trim();
  const radius = i.options.getInteger('radius_km');
  if (radius !== null) out.radiusKm = radius;
  const severity = i.options.getString('min_severity');
  if (severity !== null) out.minSeverity = SeveritySchema.parse(severity);
  const attacksOnly = i.options.getBoolean('attacks_only');
  if (attacksOnly !== null) out.attacksOnly = attacksOnly;
  return { fields: out, problems };
}

/** A rule from options, checked (shape and names); throws a UserError listing every problem at once. */
function checkedRule(input: RuleInput, ctx: CommandContext, what: string, given: readonly string[] = []): Rule {
  const built = buildRule(input);
  // A rule of the wrong shape has its names checked too, from the options as typed.
  const names = ctx.rules.validate('rule' in built ? built.rule : namesOnlyRule(input)).map((p) => `\`${optionName(p.path)}\`: ${p.message}`);
  // An option given empty is told as such; the rule it leaves without a condition is not told again.
  const shape = 'errors' in built ? built.errors.filter((e) => !(given.length && e.startsWith(NO_CONDITION))) : [];
  const errors = [...given, ...shape, ...names];
  if (errors.length || !('rule' in built)) throw new UserError(`The rule was not ${what}:\n${errors.map((e) => `• ${e}`).join('\n')}`);
  return built.rule;
}

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
          ...ruleFieldOptions,
        ],
      },
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: 'edit',
        description: `Change a rule of this server: the options given replace those fields (${CLEAR} empties one)`,
        options: [ruleIdOption, ...ruleFieldOptions],
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
  changesConfig: (i) => ['create', 'edit', 'delete'].includes(i.options.getSubcommand()),

  async execute(i, ctx) {
    const guildId = guildOf(i);
    const sub = i.options.getSubcommand();
    if (sub === 'create') {
      const id = ruleIdOf(i.options.getString('id', true));
      if (ctx.rules.configRules().some((r) => r.id === id)) throw new UserError(`\`${id}\` is already a rule of the bot's configuration; pick another id.`);
      const own = await listGuildRules(ctx.db, guildId);
      if (own.some((g) => g.rule.id === id)) throw new UserError(`This server already has a rule \`${id}\`. Delete it first, or pick another id.`);
      if (own.length >= MAX_RULES_PER_GUILD) throw new UserError(`This server has ${own.length} rules, the most allowed. Delete one first.`);
      const { fields, problems } = givenFields(i, false);
      const created = checkedRule({ ...emptyRuleInput(id), ...fields }, ctx, 'created', problems);
      if (!(await insertGuildRule(ctx.db, guildId, created, i.user.id, ctx.clock.now()))) throw new UserError(`This server already has a rule \`${id}\`.`);
      await ctx.rules.guildRulesChanged?.(guildId);
      return {
        content: clip(`Created rule \`${id}\`: ${ctx.rules.describe(created)}\nTry it with \`/rule test id:${id}\`, then \`/subscribe rule:${id}\`.`, 2000),
      };
    }
    if (sub === 'edit') {
      const id = ruleIdOf(i.options.getString('id', true));
      const own = await getGuildRule(ctx.db, guildId, id);
      if (!own) {
        if (ctx.rules.configRules().some((r) => r.id === id))
          throw new UserError(`\`${id}\` comes from the bot's configuration file and cannot be edited from Discord.`);
        throw new UserError(`This server has no rule \`${id}\`. \`/rule list\` shows the rules.`);
      }
      const { fields: changes, problems } = givenFields(i, true);
      if (Object.keys(changes).length === 0 && problems.length === 0) throw new UserError('Give at least one option to change.');
      const current = ruleInputOf(own.rule);
      // A radius alone is the new distance of the rule's near places (it was ignored: each kept its own).
      if (changes.radiusKm != null && !changes.near) current.near = (own.rule.match.near ?? []).map((n) => n.place);
      const edited = checkedRule({ ...current, ...changes, id }, ctx, 'changed', problems);
      await updateGuildRule(ctx.db, guildId, edited);
      await ctx.rules.guildRulesChanged?.(guildId);
      return { content: clip(`Changed rule \`${id}\`: ${ctx.rules.describe(edited)}`, 2000) };
    }
    if (sub === 'list') {
      const rules = await visibleRules(ctx, guildId);
      if (rules.length === 0) return { content: 'No rules yet. Create one with `/rule create`.' };
      const lines = rules.map(
        (v) => `• \`${v.rule.id}\`${v.rule.name ? ` — ${neutralise(v.rule.name)}` : ''}${v.origin === 'server' ? ' *(this server)*' : ''}`,
      );
      return { content: joinWithin(lines, MESSAGE_LIMIT) };
    }
    const { rule: found, origin } = await requireRule(ctx, guildId, ruleIdOf(i.options.getString('id', true)));
    if (sub === 'show') {
      return {
        content: clip(
          `\`${found.id}\`${found.name ? ` — ${neutralise(found.name)}` : ''} (${origin === 'server' ? 'this server' : 'bot configuration'})\n${ctx.rules.describe(found)}`,
          2000,
        ),
      };
    }
    if (sub === 'delete') {
      if (origin !== 'server') throw new UserError(`\`${found.id}\` comes from the bot's configuration file and cannot be deleted from Discord.`);
      const channels = (await deleteGuildRule(ctx.db, guildId, found.id)) ?? [];
      await ctx.rules.guildRulesChanged?.(guildId);
      // Named as /unsubscribe names them: the channels that stop getting alerts.
      const where = channels.length ? `its alerts no longer go to ${channels.map((c) => `<#${c}>`).join(', ')}` : 'no channel was subscribed to it';
      return { content: clip(`Deleted rule \`${found.id}\`; ${where}.`, 2000) };
    }
    // test: a backtest over stored documents
    const days = i.options.getInteger('days') ?? 7;
    const since = new Date(ctx.clock.now().getTime() - days * 86_400_000);
    // A keyword watch (attacksOnly: false) alerts on reports that are not attacks too: tried on them all.
    const docs = await documentsSince(ctx.db, since, { attacksOnly: found.attacksOnly, limit: RECENT_ATTACKS_LIMIT });
    const test = ctx.rules.matcher(found);
    const matches = docs.flatMap((d) => {
      const reasons = test(d);
      return reasons ? [{ d, reasons }] : [];
    });
    const head = `\`${found.id}\` would have matched **${matches.length}** of ${plural(docs.length, found.attacksOnly ? 'attack report' : 'report')} from the last ${plural(days, 'day')}.`;
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
    if (focused.name === 'id') return ruleChoices(ctx, guildId, focused.value, ['delete', 'edit'].includes(i.options.getSubcommand()));
    return listCompletion(focused.name, focused.value, ctx);
  },
};

/** Completes the last item of a comma-separated list option, keeping what was typed before it. */
function listCompletion(option: string, typed: string, ctx: CommandContext): ApplicationCommandOptionChoiceData[] {
  const { head, item } = lastListItem(typed);
  if (option === 'places' || option === 'near') {
    if (!item) return [];
    // A `near` circle needs a point: no country (`countries` takes them).
    const found = ctx.engine.gazetteer.search(item, 25).filter((p) => option === 'places' || p.kind !== 'country');
    return choices(found.map((p) => ({ name: `${p.name} (${p.country}, ${p.kind})`, value: `${head}${p.name}` })));
  }
  if (option === 'actors') {
    if (!item) return [];
    return choices(ctx.engine.actors.search(item, 25).map((a) => ({ name: `${a.name} (${a.id})`, value: `${head}${a.id}` })));
  }
  const words: readonly string[] = option === 'attack_types' ? ATTACK_TYPES : option === 'targets' ? TargetSchema.options : [];
  const names = words.filter((a) => a.includes(item.toLowerCase()));
  return choices(names.map((n) => ({ name: `${head}${n}`, value: `${head}${n}` })));
}
