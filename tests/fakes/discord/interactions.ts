/** Sends interactions through the fake gateway, as Discord would, and waits for the bot's answer. */
import { type FakeDiscord, type InteractionRecord, snowflake } from './server.js';

export interface FakeMember {
  id: string;
  name?: string;
  permissions: bigint;
}

export interface InteractionTarget {
  guildId: string;
  channelId: string;
  member: FakeMember;
}

type OptionValue = string | number | boolean;

function findCommand(fake: FakeDiscord, guildId: string, name: string): any {
  const cmd = [...(fake.guildCommands.get(guildId) ?? []), ...fake.globalCommands].find((c) => c.name === name);
  if (!cmd) throw new Error(`command /${name} is not registered with the fake`);
  return cmd;
}

/** Builds the options payload, typing each value from the command definition the bot registered. */
function buildOptions(fake: FakeDiscord, command: any, subcommand: string | undefined, values: Record<string, OptionValue>, focused?: string) {
  const resolved: any = {};
  let defs = command.options ?? [];
  if (subcommand) {
    const sub = defs.find((o: any) => o.name === subcommand && o.type === 1);
    if (!sub) throw new Error(`/${command.name} has no subcommand ${subcommand}`);
    defs = sub.options ?? [];
  }
  const options = Object.entries(values).map(([name, value]) => {
    const def = defs.find((o: any) => o.name === name);
    if (!def) throw new Error(`/${command.name}${subcommand ? ` ${subcommand}` : ''} has no option ${name}`);
    if (def.type === 7) {
      const ch = fake.channels.get(String(value));
      (resolved.channels ??= {})[String(value)] = { id: String(value), type: 0, name: ch?.name ?? 'unknown', permissions: '0' };
    }
    if (def.type === 8) {
      (resolved.roles ??= {})[String(value)] = {
        id: String(value),
        name: 'alerts',
        color: 0,
        hoist: false,
        position: 1,
        permissions: '0',
        managed: false,
        mentionable: true,
        flags: 0,
      };
    }
    return { name, type: def.type, value, ...(focused === name ? { focused: true } : {}) };
  });
  return { options: subcommand ? [{ type: 1, name: subcommand, options }] : options, resolved: Object.keys(resolved).length ? resolved : undefined };
}

function basePayload(fake: FakeDiscord, rec: InteractionRecord, t: InteractionTarget) {
  const user = { id: t.member.id, username: t.member.name ?? 'member', discriminator: '0', global_name: t.member.name ?? 'Member', avatar: null };
  return {
    id: rec.id,
    application_id: fake.applicationId,
    token: rec.token,
    version: 1,
    guild_id: t.guildId,
    guild: { id: t.guildId, locale: 'en-US', features: [] },
    channel_id: t.channelId,
    channel: {
      id: t.channelId,
      type: 0,
      guild_id: t.guildId,
      name: fake.channels.get(t.channelId)?.name ?? 'general',
      permissions: String(t.member.permissions),
    },
    member: {
      user,
      roles: [],
      permissions: String(t.member.permissions),
      joined_at: new Date(0).toISOString(),
      deaf: false,
      mute: false,
      flags: 0,
      nick: null,
      avatar: null,
      premium_since: null,
      pending: false,
    },
    app_permissions: '2248473465835073',
    locale: 'en-US',
    guild_locale: 'en-US',
    entitlements: [],
    authorizing_integration_owners: { '0': t.guildId },
    context: 0,
    attachment_size_limit: 10485760,
  };
}

async function dispatchAndWait(fake: FakeDiscord, rec: InteractionRecord, payload: unknown, timeoutMs: number): Promise<InteractionRecord> {
  fake.dispatch('INTERACTION_CREATE', payload);
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    rec.settled,
    new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer to interaction ${rec.id} within ${timeoutMs} ms`)), timeoutMs))),
  ]);
  clearTimeout(timer);
  return rec;
}

/** A slash command; resolves once the bot answered (a reply, or the edit after a defer). */
export async function runCommand(
  fake: FakeDiscord,
  t: InteractionTarget,
  name: string,
  opts: { subcommand?: string; options?: Record<string, OptionValue> } = {},
  timeoutMs = 6000,
): Promise<InteractionRecord> {
  const command = findCommand(fake, t.guildId, name);
  const rec = fake.newInteraction();
  const { options, resolved } = buildOptions(fake, command, opts.subcommand, opts.options ?? {});
  const payload = {
    ...basePayload(fake, rec, t),
    type: 2,
    data: { id: command.id, name, type: 1, guild_id: t.guildId, options, ...(resolved ? { resolved } : {}) },
  };
  return dispatchAndWait(fake, rec, payload, timeoutMs);
}

/** An autocomplete request with `focused` being typed; resolves with the choices offered. */
export async function autocomplete(
  fake: FakeDiscord,
  t: InteractionTarget,
  name: string,
  opts: { subcommand?: string; options: Record<string, OptionValue>; focused: string },
): Promise<{ name: string; value: string | number }[]> {
  const command = findCommand(fake, t.guildId, name);
  const rec = fake.newInteraction();
  const { options } = buildOptions(fake, command, opts.subcommand, opts.options, opts.focused);
  const payload = { ...basePayload(fake, rec, t), type: 4, data: { id: command.id, name, type: 1, guild_id: t.guildId, options } };
  await dispatchAndWait(fake, rec, payload, 6000);
  if (rec.callbackType !== 8) throw new Error(`expected an autocomplete answer, got callback ${rec.callbackType}`);
  return rec.callbackData.choices;
}

/** A button press on a message the bot sent earlier (e.g. a /lookup page). */
export async function pressButton(fake: FakeDiscord, t: InteractionTarget, customId: string, message: any): Promise<InteractionRecord> {
  const rec = fake.newInteraction();
  // A component interaction's @original is the message the component is on.
  if (message) rec.original = { ...message };
  const payload = {
    ...basePayload(fake, rec, t),
    type: 3,
    data: { custom_id: customId, component_type: 2 },
    message: {
      id: message?.id ?? snowflake(),
      channel_id: t.channelId,
      type: 0,
      content: '',
      embeds: message?.embeds ?? [],
      components: message?.components ?? [],
      author: fake.botUser,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      // What the bot's message carries (without the bytes the fake keeps).
      attachments: (message?.attachments ?? []).map(({ data: _data, ...a }: { data?: unknown }) => a),
      mentions: [],
      mention_roles: [],
      pinned: false,
      mention_everyone: false,
      tts: false,
      flags: 0,
    },
  };
  return dispatchAndWait(fake, rec, payload, 6000);
}

/** The text the member finally saw for an interaction (edited original, reply, or ephemeral follow-up). */
export function answerText(rec: InteractionRecord): string {
  const last = rec.followUps.at(-1);
  return String(last?.content ?? rec.original?.content ?? rec.callbackData?.content ?? '');
}

/** Whether the visible answer was ephemeral (only the member sees it). */
export function wasEphemeral(rec: InteractionRecord): boolean {
  const EPHEMERAL = 64;
  const last = rec.followUps.at(-1);
  if (last) return ((last.flags ?? 0) & EPHEMERAL) !== 0;
  return ((rec.callbackData?.flags ?? 0) & EPHEMERAL) !== 0;
}
