import { type App, type AppOptions, createApp } from '../app.js';
import { loadEnv } from '../config/env.js';
import { configPath } from '../config/load.js';
import { createLogger } from '../logger.js';

export interface CommonOptions {
  config?: string;
  json?: boolean;
}

/** Env, logger and app, as every long command needs them. Throws ConfigError on bad input. */
export async function setup(
  o: CommonOptions,
  discord: 'bot' | 'deliver-only',
  extra: { dryRun?: boolean | undefined; pollObserver?: AppOptions['pollObserver'] } = {},
): Promise<App> {
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
  });
}
