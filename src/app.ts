import type { Writable } from 'node:stream';
import { systemClock, type Clock } from './clock.js';
import { ConsoleSink } from './alerts/console-sink.js';
import { Dispatcher } from './alerts/dispatcher.js';
import type { Sink, SinkName } from './alerts/sink.js';
import type { Env } from './config/env.js';
import { ConfigError } from './config/errors.js';
import { loadConfig, type LoadedConfig } from './config/load.js';
import { ExtractionEngine } from './extract/index.js';
import { HttpFeedSource } from './feeds/source.js';
import { Poller, type FeedSpec } from './feeds/poller.js';
import { IncidentStore } from './incidents/recorder.js';
import type { Logger } from './logger.js';
import type { PipelineDeps } from './pipeline/process.js';
import { RuleSet, validateRule, type RuleSource } from './rules/compile.js';
import { engineResolver } from './rules/engine-resolver.js';
import type { RuleResolver } from './rules/resolver.js';
import { openDatabase, type OpenedDatabase } from './store/database.js';

export interface AppOptions {
  env: Env;
  configFile: string;
  log: Logger;
  /** Where console alerts go, and whether as JSON lines. */
  console: { out: Writable; json: boolean };
  clock?: Clock;
  /** Extra sinks (the Discord sink when a token is set). */
  sinks?: Partial<Record<SinkName, Sink>>;
}

/** Everything the bot runs on, wired once: config, engine, store, rules, pipeline, poller, dispatcher. */
export interface App {
  loaded: LoadedConfig;
  engine: ExtractionEngine;
  resolver: RuleResolver;
  database: OpenedDatabase;
  pipeline: PipelineDeps;
  poller: Poller;
  dispatcher: Dispatcher;
  /** Re-reads the rules servers keep in the store (after /rule create or delete). */
  reloadRules(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Checks the names in the config's rules against the gazetteer and actor list (the schema
 * checked their shape); throws ConfigError with the line of each problem.
 */
export function checkConfigNames(loaded: LoadedConfig, resolver: RuleResolver): void {
  const problems = loaded.config.rules.flatMap((rule, i) =>
    validateRule(rule, resolver).map((p) => {
      const path = `rules[${i}].${p.path}`;
      const segs = path.split(/[.[\]]+/).filter(Boolean).map((s) => (/^\d+$/.test(s) ? Number(s) : s));
      return { path, message: p.message, ...loaded.locate(segs) };
    }),
  );
  if (problems.length > 0) throw new ConfigError(loaded.file, problems);
}

export function configuredFeeds(loaded: LoadedConfig): FeedSpec[] {
  const { feeds, polling } = loaded.config;
  return feeds
    .filter((f) => f.enabled)
    .map((f) => ({ id: f.id, url: f.url, name: f.name ?? null, intervalMs: f.interval ?? polling.interval, trusted: true, guildId: null }));
}

export async function createApp(opts: AppOptions): Promise<App> {
  const clock = opts.clock ?? systemClock;
  const loaded = loadConfig(opts.configFile);
  const engine = ExtractionEngine.load();
  const resolver = engineResolver(engine);
  checkConfigNames(loaded, resolver);
  const { config } = loaded;
  const database = await openDatabase(opts.env.SITREP_DB);
  const { db } = database;

  let rules = new RuleSet([]);
  const reloadRules = async () => {
    const own = await db.selectFrom('guild_rules').selectAll().orderBy('created_at').execute();
    const sources: RuleSource[] = [
      ...config.rules.map((rule) => ({ rule, guildId: null })),
      ...own.map((r) => ({ rule: JSON.parse(r.definition), guildId: r.guild_id })),
    ];
    rules = RuleSet.compile(sources, resolver);
  };
  await reloadRules();

  const sinks: Partial<Record<SinkName, Sink>> = { ...opts.sinks };
  if (!sinks.discord) sinks.console = new ConsoleSink(opts.console.out, opts.console.json);
  const dispatcher = new Dispatcher(db, sinks, clock, opts.log.child({ part: 'dispatcher' }));

  const pipeline: PipelineDeps = {
    db,
    extractor: engine,
    resolver,
    rules: () => rules,
    incidents: new IncidentStore(config.incidents),
    targets: async () => (sinks.discord ? [] : [{ sink: 'console', target: 'stdout', subscriptionId: null }]),
    clock,
    log: opts.log.child({ part: 'pipeline' }),
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
      log: opts.log.child({ part: 'poller' }),
      options: {
        concurrency: config.polling.concurrency,
        firstRunWindowMs: config.polling.firstRunWindow,
        disableAfterMs: config.polling.disableAfter,
        maxItemAgeMs: config.retention.maxAge,
      },
      afterCycle: async () => {
        await dispatcher.drain();
      },
    },
    async () => configuredFeeds(loaded),
  );

  return {
    loaded,
    engine,
    resolver,
    database,
    pipeline,
    poller,
    dispatcher,
    reloadRules,
    async close() {
      await poller.stop();
      await database.close();
    },
  };
}
