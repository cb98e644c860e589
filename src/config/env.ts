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
    DISCORD_REST_URL: optionalText.pipe(z.url({ protocol: /^https?$/ }).optional()),
    SITREP_CONFIG: optionalText,
    SITREP_DB: optionalText.default('./data/sitrep.db'),
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
    LOG_LEVEL: optionalText.pipe(z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional()).default('info'),
  })
  .superRefine((env, ctx) => {
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
