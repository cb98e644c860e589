import { Client, Events, GatewayIntentBits, REST, Routes, Status } from 'discord.js';
import type { Clock } from '../clock.js';
import { type Env, gatewayShards } from '../config/env.js';
import { validateFeedUrl } from '../feeds/safety.js';
import type { ReadinessCheck } from '../http/readiness.js';
import type { Logger } from '../logger.js';
import type { MapRenderer } from '../maps/renderer.js';
import type { Db } from '../store/database.js';
import type { CommandContext, EngineLookups, RulesProvider } from './context.js';
import { commandDefinitions, handleInteraction } from './interactions.js';
import { DEFAULT_REST_URL, DiscordSink, restOptions } from './sink.js';

export interface DiscordEnv {
  DISCORD_TOKEN: string;
  DISCORD_APPLICATION_ID: string;
  DISCORD_GUILD_ID?: string | undefined;
  DISCORD_REST_URL?: string | undefined;
  DISCORD_SHARDS?: Env['DISCORD_SHARDS'];
  DISCORD_SHARD_IDS?: Env['DISCORD_SHARD_IDS'];
}

export interface DeployOptions {
  token: string;
  applicationId: string;
  /** Register in this server only (instant), instead of globally (may take up to an hour to show). */
  guildId?: string | null | undefined;
  restUrl?: string | null | undefined;
  rest?: REST;
  /** Gives the request up (a stop asked for while starting). */
  signal?: AbortSignal;
}

/** Registers (overwrites) the bot's slash commands; returns how many Discord now has. */
export async function deployCommands(opts: DeployOptions): Promise<number> {
  const rest = opts.rest ?? new REST({ ...restOptions(opts.restUrl) }).setToken(opts.token);
  const route = opts.guildId ? Routes.applicationGuildCommands(opts.applicationId, opts.guildId) : Routes.applicationCommands(opts.applicationId);
  const registered = (await rest.put(route, { body: commandDefinitions, ...(opts.signal ? { signal: opts.signal } : {}) })) as unknown[];
  return registered.length;
}

export interface StartDiscordOptions {
  env: DiscordEnv;
  db: Db;
  engine: EngineLookups;
  rulesProvider: RulesProvider;
  clock: Clock;
  log: Logger;
  version: string;
  /** The URL check for `/feed add` (default: feeds/safety's validateFeedUrl with no allow-list). */
  validateFeedUrl?: CommandContext['validateFeedUrl'];
  guildFeedsChanged?: CommandContext['guildFeedsChanged'];
  storeAvailable?: CommandContext['storeAvailable'];
  /** Renders the maps of alerts and /lookup replies; null for none. */
  maps?: MapRenderer | null;
  /** `incidents.tollReplySpacing` (DiscordSinkOptions). */
  tollReplySpacingMs?: number;
  digest?: CommandContext['digest'];
  /** Skip registering commands at start (e.g. when `sitrep deploy-commands` is used instead). */
  registerCommands?: boolean;
  /** Called when registering the commands failed or was given up: the claim to register them is given back. */
  commandsNotRegistered?: () => Promise<void>;
  /** A stop asked for while starting: the registration in flight is given up. */
  signal?: AbortSignal;
}

export interface DiscordHandle {
  client: Client;
  /** Delivers alerts over REST; works whether or not the gateway is connected. */
  sink: DiscordSink;
  /** Resolves once the gateway session is ready (slash commands are then answered). */
  ready: Promise<void>;
  stop(): Promise<void>;
}

/** How long a stop waits for a login in flight to settle before destroying the client. */
const LOGIN_SETTLE_MS = 2_000;
const LOGIN_RETRY_MS = [5_000, 15_000, 60_000, 300_000];

/**
 * Starts the bot: the REST client (alerts go out through it at once), slash-command registration,
 * and the gateway connection for interactions (intents: Guilds only). discord.js reconnects and
 * resumes a dropped gateway session by itself; a failed first login is retried here.
 */
export async function startDiscord(opts: StartDiscordOptions): Promise<DiscordHandle> {
  const { env, db, clock, log } = opts;
  // Each process connects its own shards; Discord sends it the interactions of their servers.
  const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: restOptions(env.DISCORD_REST_URL), ...gatewayShards(env) });
  // Token on REST now, so delivery does not wait for the gateway.
  client.rest.setToken(env.DISCORD_TOKEN);
  const sink = new DiscordSink(client.rest, db, clock, log.child({ component: 'discord-sink' }), {
    maps: opts.maps ?? null,
    ...(opts.tollReplySpacingMs !== undefined ? { tollReplySpacingMs: opts.tollReplySpacingMs } : {}),
  });
  const ctx: CommandContext = {
    db,
    engine: opts.engine,
    rules: opts.rulesProvider,
    clock,
    log: log.child({ component: 'discord-commands' }),
    version: opts.version,
    startedAt: clock.now(),
    validateFeedUrl: opts.validateFeedUrl ?? ((url) => validateFeedUrl(url)),
    maps: opts.maps ?? null,
    ...(opts.digest ? { digest: opts.digest } : {}),
    ...(opts.guildFeedsChanged ? { guildFeedsChanged: opts.guildFeedsChanged } : {}),
    ...(opts.storeAvailable ? { storeAvailable: opts.storeAvailable } : {}),
  };

  client.on(Events.InteractionCreate, (interaction) => {
    handleInteraction(interaction, ctx).catch((err) => log.error({ err, interaction: interaction.id }, 'interaction failed'));
  });
  client.on(Events.ShardDisconnect, (event, shard) => log.warn({ shard, code: event.code }, 'gateway disconnected'));
  client.on(Events.ShardReconnecting, (shard) => log.info({ shard }, 'gateway reconnecting'));
  client.on(Events.ShardResume, (shard, replayed) => log.info({ shard, replayed }, 'gateway session resumed'));
  client.on(Events.Error, (err) => log.error({ err }, 'discord client error'));

  if (opts.registerCommands ?? true) {
    try {
      const n = await deployCommands({
        token: env.DISCORD_TOKEN,
        applicationId: env.DISCORD_APPLICATION_ID,
        guildId: env.DISCORD_GUILD_ID,
        rest: client.rest,
        ...(opts.signal ? { signal: opts.signal } : {}),
      });
      log.info({ commands: n, scope: env.DISCORD_GUILD_ID ? `guild ${env.DISCORD_GUILD_ID}` : 'global' }, 'slash commands registered');
    } catch (err) {
      // Commands registered earlier keep working; alerts do not depend on this.
      if (opts.signal?.aborted) log.info('registering slash commands abandoned: stopping');
      else log.error({ err }, 'registering slash commands failed');
      await opts
        .commandsNotRegistered?.()
        .catch((e: unknown) => log.warn({ err: (e as Error).message }, 'could not give back the claim to register the commands'));
    }
  }

  // Autocompletes cannot be deferred: what the place search needs is built before any can come.
  opts.engine.gazetteer.prepareSearch?.();
  let stopped = false;
  let retryTimer: NodeJS.Timeout | null = null;
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  // The login in flight: a client destroyed before its login settles keeps the gateway connection it
  // then opens, and the process with it.
  let loggingIn: Promise<void> = Promise.resolve();
  const login = (attempt: number): void => {
    loggingIn = client.login(env.DISCORD_TOKEN).then(
      () => {
        if (!stopped) log.info({ api: env.DISCORD_REST_URL || DEFAULT_REST_URL }, 'logged in to Discord');
      },
      (err: Error) => {
        if (stopped) return;
        const wait = LOGIN_RETRY_MS[Math.min(attempt, LOGIN_RETRY_MS.length - 1)]!;
        log.error({ err: err.message, retryInMs: wait }, 'Discord login failed; alerts are still sent over REST');
        retryTimer = setTimeout(() => login(attempt + 1), wait);
      },
    );
  };
  login(0);

  return {
    client,
    sink,
    ready,
    async stop() {
      stopped = true;
      if (retryTimer) clearTimeout(retryTimer);
      // A login that does not settle in time is left: the stop's grace ends the process then.
      await Promise.race([loggingIn, new Promise((resolve) => setTimeout(resolve, LOGIN_SETTLE_MS).unref())]);
      await client.destroy();
    },
  };
}

/** Holds while the bot's gateway session is up (slash commands answered); alerts go over REST regardless. */
export function gatewayCheck(discord: DiscordHandle): ReadinessCheck {
  return {
    name: 'discord',
    async run() {
      // The client's own status stays Ready once it was; each shard's says whether it is connected now.
      const shards = [...discord.client.ws.shards.values()];
      const down = shards.filter((s) => s.status !== Status.Ready).map((s) => `shard ${s.id}: ${Status[s.status] ?? s.status}`);
      if (discord.client.isReady() && shards.length > 0 && down.length === 0) return { ok: true, detail: 'gateway connected' };
      return { ok: false, detail: `gateway not connected (${down.join(', ') || Status[discord.client.ws.status] || 'not logged in'})` };
    },
  };
}
