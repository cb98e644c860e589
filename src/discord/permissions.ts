import { PermissionFlagsBits, type PermissionsBitField } from 'discord.js';

/** Commands that change configuration are limited to members who can manage the server. */
export const CONFIG_PERMISSION = PermissionFlagsBits.ManageGuild;

/** `default_member_permissions` for configuration commands (a string of the bit set, as Discord wants). */
export const CONFIG_DEFAULT_PERMISSIONS = CONFIG_PERMISSION.toString();

/**
 * Checked again when the command runs: server admins can override command permissions, and the
 * interaction's member permissions are what Discord computed for this member in this channel.
 */
export function canManageServer(memberPermissions: Readonly<PermissionsBitField> | null): boolean {
  return memberPermissions?.has(CONFIG_PERMISSION, true) ?? false;
}

/** Permissions the bot needs in a channel to post alerts. */
export const BOT_CHANNEL_PERMISSIONS =
  PermissionFlagsBits.ViewChannel | PermissionFlagsBits.SendMessages | PermissionFlagsBits.EmbedLinks | PermissionFlagsBits.ReadMessageHistory;

/** The permission integer for the invite URL. */
export const BOT_INVITE_PERMISSIONS = BOT_CHANNEL_PERMISSIONS.toString();
