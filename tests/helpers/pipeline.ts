import type { Clock } from '../../src/clock.js';
import { RuleSchema } from '../../src/config/rule-schema.js';
import { discordTargets } from '../../src/discord/routing.js';
import { createRest, DiscordSink } from '../../src/discord/sink.js';
import type { ExtractionEngine } from '../../src/extract/index.js';
import { silentLogger } from '../../src/logger.js';
import { Dispatcher } from '../../src/pipeline/dispatcher.js';
import { IncidentStore } from '../../src/pipeline/incidents.js';
import type { PipelineDeps } from '../../src/pipeline/process.js';
import { RuleSet } from '../../src/rules/compile.js';
import { engineResolver } from '../../src/rules/engine-resolver.js';
import type { Db } from '../../src/store/database.js';

/** The pipeline with the real engine and one rule matching every attack, alerting on the console. */
export function consolePipeline(db: Db, engine: ExtractionEngine, clock: Clock): PipelineDeps {
  const resolver = engineResolver(engine);
  const rules = RuleSet.compile([{ rule: RuleSchema.parse({ id: 'all', match: {} }), guildId: null }], resolver);
  return {
    db,
    extractor: engine,
    resolver,
    rules: () => rules,
    incidents: new IncidentStore({ window: 18 * 3_600_000, distanceKm: 40 }),
    targets: async () => [{ sink: 'console', target: 'stdout', subscriptionId: null }],
    clock,
    log: silentLogger,
  };
}

/**
 * The pipeline with the real engine and the given rules, routed to the channels subscribed to
 * them, and a dispatcher posting to Discord at `restUrl` (the fake Discord in tests).
 */
export function discordPipeline(
  db: Db,
  engine: ExtractionEngine,
  rules: RuleSet,
  clock: Clock,
  discord: { token: string; restUrl: string },
): { deps: PipelineDeps; dispatcher: Dispatcher } {
  const deps: PipelineDeps = {
    db,
    extractor: engine,
    resolver: engineResolver(engine),
    rules: () => rules,
    incidents: new IncidentStore({ window: 24 * 3_600_000, distanceKm: 40 }),
    targets: (tx, alert) => discordTargets(tx, alert),
    clock,
    log: silentLogger,
  };
  const sink = new DiscordSink(createRest(discord.token, discord.restUrl), db, clock, silentLogger);
  return { deps, dispatcher: new Dispatcher(db, { discord: sink }, clock, silentLogger) };
}
