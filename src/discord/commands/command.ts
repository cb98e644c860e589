import {
  type APIApplicationCommandChannelOption,
  type APIApplicationCommandStringOption,
  type ApplicationCommandOptionChoiceData,
  ApplicationCommandOptionType,
  type AutocompleteInteraction,
  type ButtonInteraction,
  ChannelType,
  type ChatInputCommandInteraction,
  type InteractionEditReplyOptions,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { CommandContext } from '../context.js';

/** Bad input from the person running a command: shown to them as is. */
export class UserError extends Error {}

export type Reply = Pick<InteractionEditReplyOptions, 'content' | 'embeds' | 'components' | 'files' | 'attachments'>;

export interface SlashCommand {
  data: RESTPostAPIChatInputApplicationCommandsJSONBody;
  /** Whether this invocation changes the server's configuration (needs Manage Server; ephemeral reply). */
  changesConfig(interaction: ChatInputCommandInteraction): boolean;
  /** Runs after the interaction was deferred; returns the reply. */
  execute(interaction: ChatInputCommandInteraction, ctx: CommandContext): Promise<Reply>;
  autocomplete?(interaction: AutocompleteInteraction, ctx: CommandContext): Promise<ApplicationCommandOptionChoiceData[]>;
  /** Buttons whose custom id starts with `${data.name}:`. */
  button?(interaction: ButtonInteraction, ctx: CommandContext, args: string[]): Promise<Reply>;
}

/** The server the command runs in; commands are registered for servers only. */
export function guildOf(interaction: { guildId: string | null }): string {
  if (!interaction.guildId) throw new UserError('This command only works in a server.');
  return interaction.guildId;
}

/** The `rule` option of the commands about one rule: required, its ids completed as typed. */
export function ruleOption(description: string): APIApplicationCommandStringOption {
  return { type: ApplicationCommandOptionType.String, name: 'rule', description, required: true, autocomplete: true };
}

/** A rule id as a member typed it: ids are lowercase, so capitals and spaces around it do not matter. */
export function ruleIdOf(typed: string): string {
  return typed.trim().toLowerCase();
}

/** The `channel` option of the commands about where alerts go: only channels alerts can be posted in. */
export function alertChannelOption(description: string): APIApplicationCommandChannelOption {
  return { type: ApplicationCommandOptionType.Channel, name: 'channel', description, channel_types: [ChannelType.GuildText, ChannelType.GuildAnnouncement] };
}

/** Splits a comma-separated option into trimmed, non-empty, distinct values. */
export function list(value: string | null): string[] {
  if (!value) return [];
  return [
    ...new Set(
      value
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean),
    ),
  ];
}

/** Autocomplete choices: names at most 100 characters, at most 25 of them. */
export function choices(items: readonly { name: string; value: string }[]): ApplicationCommandOptionChoiceData[] {
  return items.slice(0, 25).map((c) => ({ name: c.name.length > 100 ? `${c.name.slice(0, 99)}…` : c.name, value: c.value.slice(0, 100) }));
}

/** For list options typed as "a, b, c": completes the part after the last comma. */
export function lastListItem(value: string): { head: string; item: string } {
  const i = value.lastIndexOf(',');
  return i < 0 ? { head: '', item: value.trim() } : { head: `${value.slice(0, i + 1)} `, item: value.slice(i + 1).trim() };
}
