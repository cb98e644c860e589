import { type Interaction, MessageFlags } from 'discord.js';
import { databaseFault } from '../store/health.js';
import { type Reply, type SlashCommand, UserError } from './commands/command.js';
import { digest } from './commands/digest.js';
import { feed } from './commands/feed.js';
import { lookup } from './commands/lookup.js';
import { rule } from './commands/rule.js';
import { status } from './commands/status.js';
import { subscribe } from './commands/subscribe.js';
import { subscriptions } from './commands/subscriptions.js';
import { unsubscribe } from './commands/unsubscribe.js';
import type { CommandContext } from './context.js';
import { canManageServer } from './permissions.js';

export const COMMANDS: readonly SlashCommand[] = [subscribe, unsubscribe, subscriptions, rule, feed, lookup, digest, status];

/** The command definitions registered with Discord. */
export const commandDefinitions = COMMANDS.map((c) => c.data);

const byName = new Map(COMMANDS.map((c) => [c.data.name, c]));

/** Replies never ping anyone: rule names and article titles in them are untrusted. */
const NO_MENTIONS = { parse: [] } as const;

const STORE_DOWN = '⚠️ Sitrep cannot use its database right now; it keeps retrying by itself. Please try again in a minute.';

function failureText(err: unknown): string {
  if (err instanceof UserError) return `❌ ${err.message}`;
  return databaseFault(err) ? STORE_DOWN : '❌ Something went wrong on our side; it was logged. Please try again.';
}

/**
 * Answers one interaction. Commands are deferred at once (Discord allows 3 s for the first
 * answer), then edited with the result; autocomplete answers directly.
 */
export async function handleInteraction(interaction: Interaction, ctx: CommandContext): Promise<void> {
  const storeDown = ctx.storeAvailable ? !ctx.storeAvailable() : false;
  if (interaction.isAutocomplete()) {
    if (storeDown) return void (await interaction.respond([]));
    const command = byName.get(interaction.commandName);
    let options: Awaited<ReturnType<NonNullable<SlashCommand['autocomplete']>>> = [];
    try {
      options = (await command?.autocomplete?.(interaction, ctx)) ?? [];
    } catch (err) {
      ctx.log.error({ err, command: interaction.commandName }, 'autocomplete failed');
    }
    await interaction.respond(options);
    return;
  }

  if (interaction.isChatInputCommand()) {
    const command = byName.get(interaction.commandName);
    if (!command) {
      await interaction.reply({ content: '❌ Unknown command: the bot may be older than its registered commands.', flags: MessageFlags.Ephemeral });
      return;
    }
    if (storeDown) {
      await interaction.reply({ content: STORE_DOWN, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
      return;
    }
    const changesConfig = command.changesConfig(interaction);
    if (changesConfig && !canManageServer(interaction.memberPermissions)) {
      await interaction.reply({
        content: '❌ You need the **Manage Server** permission to change alert settings.',
        flags: MessageFlags.Ephemeral,
        allowedMentions: NO_MENTIONS,
      });
      return;
    }
    await interaction.deferReply(changesConfig ? { flags: MessageFlags.Ephemeral } : {});
    let reply: Reply;
    try {
      reply = await command.execute(interaction, ctx);
    } catch (err) {
      if (!(err instanceof UserError) && !databaseFault(err)) ctx.log.error({ err, command: interaction.commandName }, 'command failed');
      if (changesConfig) {
        await interaction.editReply({ content: failureText(err), allowedMentions: NO_MENTIONS });
      } else {
        // The deferred answer is public: replace it with a message only the member sees.
        await interaction.deleteReply().catch(() => {});
        await interaction.followUp({ content: failureText(err), flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
      }
      return;
    }
    await interaction.editReply({ ...reply, allowedMentions: NO_MENTIONS });
    return;
  }

  if (interaction.isButton()) {
    const [name, ...args] = interaction.customId.split(':');
    const command = byName.get(name ?? '');
    if (!command?.button) return;
    await interaction.deferUpdate();
    try {
      await interaction.editReply({ ...(await command.button(interaction, ctx, args)), allowedMentions: NO_MENTIONS });
    } catch (err) {
      if (!(err instanceof UserError)) ctx.log.error({ err, button: interaction.customId }, 'button failed');
      await interaction.followUp({ content: failureText(err), flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
    }
  }
}
