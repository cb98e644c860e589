import { loadEnv } from '../config/env.js';
import { ConfigError } from '../config/errors.js';
import { startRestProxy } from '../discord/rest-proxy.js';
import { createLogger } from '../logger.js';

export interface RestProxyCommandOptions {
  host: string;
  port: string;
  requestsPerSecond: string;
}

function wholeNumber(flag: string, value: string, min: number, max: number): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < min || n > max)
    throw new ConfigError(flag, [{ path: flag.replace(/^--/, ''), message: `must be a whole number from ${min} to ${max}` }]);
  return n;
}

/**
 * `sitrep rest-proxy`: the one Discord REST client of a cluster. Forwards to DISCORD_REST_URL
 * (default Discord); the bot processes set their DISCORD_REST_URL to this proxy.
 */
export async function restProxyCommand(o: RestProxyCommandOptions): Promise<number> {
  const env = loadEnv();
  const log = createLogger(env.LOG_LEVEL).child({ part: 'rest-proxy' });
  const proxy = await startRestProxy({
    upstream: env.DISCORD_REST_URL,
    host: o.host,
    // 0: any free port (the log line says which).
    port: wholeNumber('--port', o.port, 0, 65535),
    requestsPerSecond: wholeNumber('--requests-per-second', o.requestsPerSecond, 1, 10_000),
    log,
  });
  log.info(
    { url: proxy.url, upstream: env.DISCORD_REST_URL ?? 'https://discord.com/api' },
    'Discord REST proxy listening: set DISCORD_REST_URL of every process to this URL',
  );
  const signal = await new Promise<string>((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
  });
  log.info({ signal }, 'stopping');
  await proxy.close();
  return 0;
}
