import { z } from 'zod';
import { ConfigError, issuesToProblems } from './errors.js';

const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

/** Environment variables (contract 4). Empty values count as unset, as in most .env files. */
export const EnvSchema = z
  .object({
    DISCORD_TOKEN: optionalText,
    DISCORD_APPLICATION_ID: optionalText.pipe(
      z
        .string()
        .regex(/^\d{5,25}$/, 'must be a numeric Discord id')
        .optional(),
    ),
    DISCORD_GUILD_ID: optionalText.pipe(
      z
        .string()
        .regex(/^\d{5,25}$/, 'must be a numeric Discord id')
        .optional(),
    ),
    DISCORD_REST_URL: optionalText.pipe(
      z.url({ protocol: /^https?$/, error: (issue) => `"${String(issue.input)}" is not an http(s) URL, e.g. https://discord.com/api` }).optional(),
    ),
    SITREP_CONFIG: optionalText,
    /** A SQLite file path or a postgres:// URL; another scheme (mysql://) would otherwise be taken for a folder named "mysql:". */
    SITREP_DB: optionalText.default('./data/sitrep.db').refine((db) => !/^[a-z][a-z0-9+.-]*:\/\//i.test(db) || /^postgres(ql)?:\/\//i.test(db), {
      error: (issue) =>
        `"${/^[^/]*\/\//.exec(String(issue.input))?.[0]}" is not a store Sitrep uses: write a SQLite file path (./data/sitrep.db) or a postgres:// URL`,
    }),
    /** The health and metrics listener: overrides http.port and http.host of the config file. */
    SITREP_HTTP_PORT: optionalText.pipe(
      z
        .string()
        .regex(/^\d{1,5}$/, 'must be a port number, 1 to 65535 (0: any free port)')
        .transform(Number)
        .pipe(z.number().max(65535, 'must be a port number, 1 to 65535 (0: any free port)'))
        .optional(),
    ),
    SITREP_HTTP_HOST: optionalText,
    /** Gateway shards of the whole bot: a number, or `auto` for Discord's recommendation. */
    DISCORD_SHARDS: optionalText.pipe(
      z
        .union(
          [
            z.literal('auto'),
            z
              .string()
              .regex(/^\d{1,5}$/)
              .transform(Number)
              .pipe(z.number().min(1, 'must be at least 1')),
          ],
          {
            error: (issue) => `must be a number of shards or auto (got "${String(issue.input)}")`,
          },
        )
        .optional(),
    ),
    /** The shards this process connects (comma-separated ids below DISCORD_SHARDS); default: all of them. */
    DISCORD_SHARD_IDS: optionalText.pipe(
      z
        .string()
        .regex(/^\d{1,5}(\s*,\s*\d{1,5})*$/, 'must be shard ids separated by commas, e.g. 0,2')
        .transform((v) => [...new Set(v.split(',').map((id) => Number(id.trim())))])
        .optional(),
    ),
    LOG_LEVEL: optionalText.pipe(z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional()).default('info'),
  })
  .superRefine((env, ctx) => {
    if (env.DISCORD_SHARD_IDS && typeof env.DISCORD_SHARDS !== 'number') {
      ctx.addIssue({ code: 'custom', path: ['DISCORD_SHARD_IDS'], message: 'needs DISCORD_SHARDS set to the number of shards of the whole bot' });
    } else if (env.DISCORD_SHARD_IDS && typeof env.DISCORD_SHARDS === 'number') {
      const count = env.DISCORD_SHARDS;
      const beyond = env.DISCORD_SHARD_IDS.filter((id) => id >= count);
      if (beyond.length)
        ctx.addIssue({
          code: 'custom',
          path: ['DISCORD_SHARD_IDS'],
          message: `shard ids go from 0 to ${count - 1} (DISCORD_SHARDS=${count}): ${beyond.join(', ')}`,
        });
    }
    if (env.DISCORD_TOKEN && !env.DISCORD_APPLICATION_ID) {
      ctx.addIssue({ code: 'custom', path: ['DISCORD_APPLICATION_ID'], message: 'is required when DISCORD_TOKEN is set' });
    }
  });
export type Env = z.infer<typeof EnvSchema>;

export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const r = EnvSchema.safeParse(source, { reportInput: true });
  if (!r.success) throw new ConfigError('environment', issuesToProblems(r.error.issues));
  return r.data;
}

/** The gateway shards this process connects, as discord.js's client options take them. */
export function gatewayShards(env: Pick<Env, 'DISCORD_SHARDS' | 'DISCORD_SHARD_IDS'>): { shards?: number[] | 'auto'; shardCount?: number } {
  const count = env.DISCORD_SHARDS;
  if (count === undefined) return {};
  if (count === 'auto') return { shards: 'auto' };
  return { shards: env.DISCORD_SHARD_IDS ?? Array.from({ length: count }, (_, i) => i), shardCount: count };
}
