import type { Writable } from 'node:stream';
import { ConsoleSink } from './alerts/console-sink.js';
import type { Sink, SinkName } from './alerts/sink.js';
import { type Clock, systemClock } from './clock.js';
import type { Env } from './config/env.js';
import type { LoadedConfig } from './config/load.js';
import { consoleDigestPoster } from './digest/console.js';
import type { DiscordHandle } from './discord/index.js';
import type { DiscordSink } from './discord/sink.js';
import { Gazetteer } from './extract/gazetteer/index.js';
import { type EngineNames, ExtractionEngine } from './extract/index.js';
import { validateFeedUrl } from './feeds/safety.js';
import { configuredFeeds, type FeedSpec, HttpFeedSource } from './feeds/source.js';
import { feedsCheck, pollCycleCheck, queryCheck, type ReadinessCheck } from './http/readiness.js';
import type { HttpListenOptions } from './http/server.js';
import { lazy } from './lazy.js';
import type { Logger } from './logger.js';
import { cityTable } from './maps/index.js';
import { MapRenderer } from './maps/renderer.js';
import { metrics } from './metrics.js';
import { PACKAGE_VERSION } from './paths.js';
import { buildDigest, DigestScheduler, digestSchedules } from './pipeline/digests.js';
import { Dispatcher } from './pipeline/dispatcher.js';
import { defaultExtractionWorkers, ExtractionPool } from './pipeline/extraction-pool.js';
import { IncidentStore } from './pipeline/incidents.js';
import { MemoisedExtractor, StandInExtractor } from './pipeline/memo.js';
import { Poller, type PollerDeps } from './pipeline/poller.js';
import type { PipelineDeps } from './pipeline/process.js';
import { plural } from './plural.js';
import { loadCheckedConfig, RuleSet, type RuleSource } from './rules/compile.js';
import { engineResolver } from './rules/engine-resolver.js';
import type { RuleResolver } from './rules/resolver.js';
import { heldFeedLeases, instanceId, releaseClusterJob, runOncePerCluster } from './store/coordination.js';
import { type OpenedDatabase, openDatabase, pingDatabase } from './store/database.js';
import { listFeedStates } from './store/feeds.js';
import { allGuildFeeds, getGuildFeed } from './store/guild-feeds.js';
import { allGuildRules, getGuildRule } from './store/guild-rules.js';
import { pendingBacklog } from './store/outbox.js';

/** Slash commands are registered by one process a day per version (they change only with a release). */
const COMMAND_REGISTRATION_PERIOD_MS = 24 * 3_600_000;

export interface AppOptions {
  env: Env;
  configFile: string;
  log: Logger;
  /** Where console alerts go, and whether as JSON lines. */
  console: { out: Writable; json: boolean };
  clock?: Clock;
  /**
   * With a Discord token: 'bot' logs in to the gateway and answers slash commands; 'deliver-only'
   * (poll --once) only sends alerts over REST.
   */
  discord: 'bot' | 'deliver-only';
  /**
   * A dry run (`poll --once --dry-run`): the store keeps nothing (an in-memory copy of SQLite, a
   * PostgreSQL transaction rolled back), Discord is not contacted and nothing is delivered; alerts
   * are routed as they would be and stay in that outbox until it is dropped.
   */
  dryRun?: boolean;
  /** Told of each feed polled and each cycle (`sitrep run`'s progress and summary lines). */
  pollObserver?: PollerDeps['observer'];
  /**
   * Aborted when a stop is asked for while starting: Discord's answers at start (the token check,
   * the command registration) are not waited for; without a token checked, the start throws.
   */
  signal?: AbortSignal;
}

/** Everything the bot runs on, wired once: config, engine, store, rules, pipeline, poller, dispatcher. */
export interface App {
  loaded: LoadedConfig;
  log: Logger;
  /** The gazetteer and actor catalogue (names); the extraction's lexicon is loaded where items are extracted. */
  engine: EngineNames;
  resolver: RuleResolver;
  database: OpenedDatabase;
  pipeline: PipelineDeps;
  poller: Poller;
  dispatcher: Dispatcher;
  /** The Discord connection when the app runs as a bot with a token. */
  discord: DiscordHandle | null;
  /** Draws maps off the main thread; null when `maps.enabled` is false. */
  maps: MapRenderer | null;
  /** Posts the daily digests (started by `sitrep run`). */
  digests: DigestScheduler;
  /** This process's name in feed leases, outbox claims and cluster jobs. */
  instance: string;
  /** Re-reads the rules servers keep in the store (after /rule create or delete). */
  reloadRules(): Promise<void>;
  /** What /readyz checks: the database answers, the gateway is connected (with a bot), the poller is not stuck. */
  readiness: ReadinessCheck[];
  /** Where the health and metrics listener goes (SITREP_HTTP_PORT / http.port), or null when off. */
  httpListen: HttpListenOptions | null;
  close(): Promise<void>;
}

/** Every feed to poll: the config file's (trusted) and those servers added from Discord (untrusted). */
async function allFeeds(loaded: LoadedConfig, database: OpenedDatabase): Promise<FeedSpec[]> {
  const own = await allGuildFeeds(database.db);
  return [
    ...configuredFeeds(loaded),
    ...own.map((f) => ({ id: f.feedId, url: f.url, name: f.name, intervalMs: loaded.config.polling.interval, trusted: false, guildId: f.guildId })),
  ];
}

export async function createApp(opts: AppOptions): Promise<App> {
  const clock = opts.clock ?? systemClock;
  // Loaded once the config needs a name resolved: a config that cannot be read is refused at once.
  const loadNames = lazy(() => ExtractionEngine.loadNames());
  const resolver = engineResolver(loadNames);
  const loaded = loadCheckedConfig(opts.configFile, resolver);
  const engine = loadNames();
  const { config } = loaded;
  const dryRun = opts.dryRun ?? false;
  // discord.js and the Discord side (about 10 MB of heap) load only with a token: a console run never uses them.
  const discordSide = opts.env.DISCORD_TOKEN ? await import('./discord/index.js') : null;
  // A refused token ends the start here, before anything is opened, rather than retrying forever.
  if (discordSide && opts.env.DISCORD_TOKEN && !dryRun)
    await discordSide.checkToken(discordSide.createRest(opts.env.DISCORD_TOKEN, opts.env.DISCORD_REST_URL), opts.log.child({ part: 'discord' }), opts.signal);
  const database = await openDatabase(opts.env.SITREP_DB, {
    log: opts.log.child({ part: 'store' }),
    clock,
    dryRun,
    exclusive: opts.discord === 'bot' && !dryRun,
  });
  const { db } = database;
  const instance = instanceId();

  let rules = new RuleSet([]);
  const reloadRules = async () => {
    const own = await allGuildRules(db);
    const sources: RuleSource[] = [...config.rules.map((rule) => ({ rule, guildId: null })), ...own.map((r) => ({ rule: r.rule, guildId: r.guildId }))];
    rules = RuleSet.compile(sources, resolver);
  };
  await reloadRules();

  const { env, log } = opts;
  const maps = config.maps.enabled
    ? new MapRenderer({ cities: () => cityTable(engine.gazetteer.summaries()), timeoutMs: config.maps.timeout, log: log.child({ part: 'maps' }) })
    : null;
  let discord: DiscordHandle | null = null;
  let discordSink: DiscordSink | null = null;
  const discordRoutes = discordSide && env.DISCORD_APPLICATION_ID ? discordSide.discordTargets : null;
  if (discordSide && env.DISCORD_TOKEN && env.DISCORD_APPLICATION_ID && !dryRun) {
    if (opts.discord === 'bot') {
      const registration = `register-commands:${PACKAGE_VERSION}:${env.DISCORD_GUILD_ID ?? 'global'}`;
      discord = await discordSide.startDiscord({
        env: { ...env, DISCORD_TOKEN: env.DISCORD_TOKEN, DISCORD_APPLICATION_ID: env.DISCORD_APPLICATION_ID },
        db,
        engine,
        rulesProvider: discordSide.rulesProviderFor({ configRules: () => config.rules, resolver, reloadRules }),
        clock,
        log: log.child({ part: 'discord' }),
        version: PACKAGE_VERSION,
        validateFeedUrl: (url) => validateFeedUrl(url, { allow: config.network.allow }),
        storeAvailable: () => database.available(),
        maps,
        tollReplySpacingMs: config.incidents.tollReplySpacing,
        digest: (rule, guildId, period) => buildDigest(db, resolver, rule, guildId, period),
        // Once per cluster for this version and scope: processes starting together register once.
        registerCommands: await runOncePerCluster(db, registration, COMMAND_REGISTRATION_PERIOD_MS, instance, clock.now()),
        // Not done (Discord failing, or a stop while starting): the next start tries again.
        commandsNotRegistered: () => releaseClusterJob(db, registration, instance),
        ...(opts.signal ? { signal: opts.signal } : {}),
      });
      discordSink = discord.sink;
    } else {
      discordSink = discordSide.createDiscordSink({
        token: env.DISCORD_TOKEN,
        restUrl: env.DISCORD_REST_URL,
        db,
        clock,
        log: log.child({ part: 'discord' }),
        maps,
        tollReplySpacingMs: config.incidents.tollReplySpacing,
      });
    }
    // The first alert should not wait for the world to load.
    maps?.warm();
  }
  const sinks: Partial<Record<SinkName, Sink>> = dryRun
    ? {}
    : discordSink
      ? { discord: discordSink }
      : { console: new ConsoleSink(opts.console.out, opts.console.json) };
  const dispatcher = new Dispatcher(db, sinks, clock, log.child({ part: 'dispatcher' }), { owner: instance });

  const extractionWorkers = config.polling.extractionWorkers ?? defaultExtractionWorkers();
  const fullEngine = () => ExtractionEngine.load(undefined, engine);
  // With workers, this thread extracts only until one is ready, and then lets its lexicon go, and
  // the gazetteer entries its extractions made with it: it reads the places through a view of its
  // own over the same table (Gazetteer.fromShared), as a worker does.
  const standIn =
    extractionWorkers > 0
      ? new StandInExtractor(() => ExtractionEngine.load(undefined, { ...engine, gazetteer: Gazetteer.fromShared(engine.gazetteer.shared) }))
      : null;
  const pool = standIn
    ? new ExtractionPool({
        size: extractionWorkers,
        gazetteer: engine.gazetteer.shared,
        log: log.child({ part: 'extraction' }),
        onReady: () => standIn.release(),
      })
    : null;
  const pipeline: PipelineDeps = {
    db,
    extractor: standIn ?? new MemoisedExtractor(fullEngine()),
    pool,
    resolver,
    rules: () => rules,
    incidents: new IncidentStore(config.incidents),
    targets: async (tx, alert) => (discordRoutes ? discordRoutes(tx, alert) : [{ sink: 'console', target: 'stdout', subscriptionId: null }]),
    clock,
    log: log.child({ part: 'pipeline' }),
  };

  const poller = new Poller(
    {
      pipeline,
      source: new HttpFeedSource({
        timeoutMs: config.polling.timeout,
        maxBytes: config.polling.maxBytes,
        perHostConcurrency: config.polling.perHostConcurrency,
        allow: config.network.allow,
      }),
      clock,
      // poll --once prints each feed's failure in its own line; the poller's warning would repeat it.
      log: opts.discord === 'deliver-only' ? log.child({ part: 'poller' }, { level: 'error' }) : log.child({ part: 'poller' }),
      options: {
        concurrency: config.polling.concurrency,
        firstRunWindowMs: config.polling.firstRunWindow,
        disableAfterMs: config.polling.disableAfter,
        maxItemAgeMs: config.retention.maxAge,
        maxItemsPerPoll: config.polling.maxItemsPerPoll,
        leaseMs: config.polling.lease,
        owner: instance,
      },
      store: database,
      // The bot delivers after each cycle; `poll --once` delivers once at the end, and only when
      // the cycle could record its work (see cli/poll.ts).
      ...(opts.discord === 'bot' ? { afterCycle: () => dispatcher.drain().then(() => undefined) } : {}),
      ...(opts.pollObserver ? { observer: opts.pollObserver } : {}),
      onFeedDisabled: async (feed, reason) => {
        if (!feed.guildId || !discordSink || !discordSide) return;
        const channelId = (await getGuildFeed(db, feed.guildId, feed.id))?.channelId;
        if (channelId) {
          await discordSink
            .notice(channelId, discordSide.feedDisabledNotice(feed, reason))
            .catch((err: unknown) => log.warn({ err, feed: feed.id }, 'could not tell the server its feed was disabled'));
        }
      },
    },
    () => allFeeds(loaded, database),
  );

  const consoleDigests = consoleDigestPoster(opts.console.out, opts.console.json);
  const digests = new DigestScheduler({
    db,
    owner: instance,
    clock,
    log: log.child({ part: 'digests' }),
    resolver,
    schedules: () => digestSchedules(db, config.digests),
    // As /subscribe found it: a rule of the config file, else one of the subscribing server.
    rule: async (s) => config.rules.find((r) => r.id === s.ruleId) ?? (s.guildId ? ((await getGuildRule(db, s.guildId, s.ruleId))?.rule ?? null) : null),
    render: async (job) => (maps ? maps.render(job) : null),
    // A digest for a channel needs Discord; one without a channel goes to the console.
    poster: (s) => (s.channel ? (discordSink && discordSide ? discordSide.discordDigestPoster(discordSink) : null) : consoleDigests),
  });
  metrics.observeOutbox(async () => {
    const { pending, oldestCreatedAt } = await pendingBacklog(db);
    return { pending, oldestPendingAgeSeconds: oldestCreatedAt ? Math.max(0, (clock.now().getTime() - oldestCreatedAt.getTime()) / 1000) : 0 };
  });
  const readiness: ReadinessCheck[] = [
    // Down from the first store fault (a select can still answer while writes fail: locked, full,
    // the file deleted) until writes have gone on succeeding; up, it must answer a query too.
    {
      name: 'database',
      run: async () => {
        const health = database.health();
        if (!health.up) return { ok: false, detail: `unavailable since ${health.since}: ${health.lastError}` };
        return queryCheck('database', () => pingDatabase(db)).run();
      },
    },
    ...(discord && discordSide ? [discordSide.gatewayCheck(discord)] : []),
    // The poller ticks every few seconds: no completed cycle in 3 intervals means it is stuck.
    pollCycleCheck(() => poller.lastCycleAt, 3 * config.polling.interval, clock),
    // Every feed failing (a network outage, a proxy in the way) leaves the bot running blind.
    feedsCheck(async () => {
      const feeds = await allFeeds(loaded, database);
      const states = new Map(
        (
          await listFeedStates(
            db,
            feeds.map((f) => f.id),
          )
        ).map((s) => [s.feed_id, s]),
      );
      return feeds.map((f) => {
        const s = states.get(f.id);
        const failing = s !== undefined && (s.disabled_at !== null || s.consecutive_failures > 0);
        return { id: f.id, polled: Boolean(s?.last_poll_at || s?.disabled_at), failure: failing ? (s.disabled_reason ?? s.last_error ?? 'failed') : null };
      });
    }),
    // Informative: which share of the cluster's work this process holds, and when it last worked.
    {
      name: 'leases',
      run: async () => {
        const last = poller.lastPollAt?.toISOString() ?? 'never';
        // The database check says whether the store answers; this one never fails readiness.
        const held = await heldFeedLeases(db, instance, clock.now()).then(
          (n) => plural(n, 'feed lease'),
          () => 'an unknown number of feed leases (database unavailable)',
        );
        return { ok: true, detail: `instance ${instance} holds ${held}; last polled a feed: ${last}` };
      },
    },
  ];
  const httpPort = env.SITREP_HTTP_PORT ?? config.http.port;

  return {
    loaded,
    log,
    engine,
    resolver,
    database,
    pipeline,
    poller,
    dispatcher,
    discord,
    maps,
    digests,
    instance,
    reloadRules,
    readiness,
    httpListen: httpPort === undefined ? null : { host: env.SITREP_HTTP_HOST ?? config.http.host, port: httpPort },
    async close() {
      await digests.stop();
      await poller.stop();
      await pool?.close();
      await dispatcher.stop();
      await discord?.stop();
      await maps?.close();
      await database.close();
    },
  };
}
