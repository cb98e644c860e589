import { type Guild, PermissionFlagsBits, type PermissionsBitField } from 'discord.js';

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

/**
 * The permission integer for the invite URL: also Attach Files, for the maps. Alerts do not need it
 * (without it they go out without their map), so it is not among the required ones.
 */
export const BOT_INVITE_PERMISSIONS = (BOT_CHANNEL_PERMISSIONS | PermissionFlagsBits.AttachFiles).toString();

/**
 * Why the bot cannot post alerts in a channel (missing permissions there), or null when it can or
 * when the server is not cached well enough to tell.
 */
export function botChannelProblem(guild: Guild | null, channelId: string): string | null {
  const channel = guild?.channels.cache.get(channelId);
  const me = guild?.members.me;
  if (!channel || !me) return null;
  const missing = channel.permissionsFor(me).missing(BOT_CHANNEL_PERMISSIONS);
  if (missing.length === 0) return null;
  const names = missing.map((m) => m.replace(/([a-z])([A-Z])/g, '$1 $2'));
  return `I lack ${names.join(', ')} in <#${channelId}>.`;
}
