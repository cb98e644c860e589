import { loadEnv } from '../config/env.js';
import { ConfigError } from '../config/errors.js';
import { deployCommands } from '../discord/client.js';
import { checkToken, createRest } from '../discord/sink.js';
import { createLogger } from '../logger.js';

/** `sitrep deploy-commands [--guild ID]`: registers the slash commands without starting the bot. */
export async function deployCommandsCommand(o: { guild?: string }): Promise<number> {
  const env = loadEnv();
  if (!env.DISCORD_TOKEN || !env.DISCORD_APPLICATION_ID) {
    throw new ConfigError('environment', [{ path: 'DISCORD_TOKEN', message: 'DISCORD_TOKEN and DISCORD_APPLICATION_ID are needed to register commands' }]);
  }
  const guildId = o.guild ?? env.DISCORD_GUILD_ID;
  if (guildId && !/^\d{5,25}$/.test(guildId)) throw new ConfigError('--guild', [{ path: 'guild', message: 'must be a numeric Discord server id' }]);
  await checkToken(createRest(env.DISCORD_TOKEN, env.DISCORD_REST_URL), createLogger(env.LOG_LEVEL));
  const n = await deployCommands({ token: env.DISCORD_TOKEN, applicationId: env.DISCORD_APPLICATION_ID, guildId, restUrl: env.DISCORD_REST_URL });
  process.stderr.write(`registered ${n} slash commands ${guildId ? `in server ${guildId}` : 'globally (they may take up to an hour to appear)'}\n`);
  return 0;
}
