import type { Clock } from '../../src/clock.js';
import { RuleSchema } from '../../src/config/rule-schema.js';
import { ExtractionEngine } from '../../src/extract/index.js';
import { type FeedSpec, HttpFeedSource } from '../../src/feeds/source.js';
import { silentLogger } from '../../src/logger.js';
import { IncidentStore } from '../../src/pipeline/incidents.js';
import { Poller, type PollerDeps } from '../../src/pipeline/poller.js';
import { RuleSet } from '../../src/rules/compile.js';
import { engineResolver } from '../../src/rules/engine-resolver.js';
import type { Db } from '../../src/store/database.js';

const HOUR = 3_600_000;
let engine: ExtractionEngine | undefined;

/**
 * The real poller and pipeline over real HTTP (the app's wiring without Discord), for tests that
 * poll feeds from a local server: alerts of the rule `any` (every attack) go to the console sink's outbox.
 */
export function httpPoller(db: Db, clock: Clock, feeds: () => FeedSpec[], onFeedDisabled?: PollerDeps['onFeedDisabled']): Poller {
  engine ??= ExtractionEngine.load();
  const resolver = engineResolver(engine);
  const rules = RuleSet.compile([{ rule: RuleSchema.parse({ id: 'any', match: {} }), guildId: null }], resolver);
  return new Poller(
    {
      pipeline: {
        db,
        extractor: engine,
        resolver,
        rules: () => rules,
        incidents: new IncidentStore({ window: 18 * HOUR, distanceKm: 40 }),
        targets: async () => [{ sink: 'console', target: 'stdout', subscriptionId: null }],
        clock,
        log: silentLogger,
      },
      source: new HttpFeedSource({ timeoutMs: 10_000, maxBytes: 1024 * 1024, perHostConcurrency: 2, allow: [] }),
      clock,
      log: silentLogger,
      options: { concurrency: 4, firstRunWindowMs: 24 * HOUR, disableAfterMs: 7 * 24 * HOUR, maxItemAgeMs: 90 * 24 * HOUR },
      ...(onFeedDisabled ? { onFeedDisabled } : {}),
    },
    async () => feeds(),
  );
}
