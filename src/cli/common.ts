import { setFlagsFromString } from 'node:v8';
import { type App, type AppOptions, createApp } from '../app.js';
import { loadEnv } from '../config/env.js';
import { configPath } from '../config/load.js';
import { createLogger } from '../logger.js';

export interface CommonOptions {
  config?: string;
  json?: boolean;
}

/**
 * Keeps the V8 heap close to what it holds. By default the old generation may grow to about twice
 * its live size between full collections, and a poll cycle promotes much short-lived data (items
 * analysed in batches, incidents copied on every save): the heap and RSS then reach several times
 * the live ~120 MB (docs/performance.md, Known problems 9). A growth factor of 1.2 collects sooner,
 * at a small cost in collector time. Applies from the next collection on, so it is set first.
 */
export function limitHeapGrowth(): void {
  setFlagsFromString('--heap-growing-percent=20');
}

/** Env, logger and app, as every long command needs them. Throws ConfigError on bad input. */
export async function setup(
  o: CommonOptions,
  discord: 'bot' | 'deliver-only',
  extra: { dryRun?: boolean | undefined; pollObserver?: AppOptions['pollObserver']; signal?: AbortSignal } = {},
): Promise<App> {
  limitHeapGrowth();
  const env = loadEnv();
  const log = createLogger(env.LOG_LEVEL);
  return createApp({
    env,
    configFile: configPath(o.config, env.SITREP_CONFIG),
    log,
    console: { out: process.stdout, json: Boolean(o.json) },
    discord,
    dryRun: extra.dryRun ?? false,
    ...(extra.pollObserver ? { pollObserver: extra.pollObserver } : {}),
    ...(extra.signal ? { signal: extra.signal } : {}),
  });
}
