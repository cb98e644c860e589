import { z } from 'zod';
import { ByteSizeSchema, DurationSchema } from './duration.js';
import { readAllowEntry } from './network.js';
import { IdSchema, RuleSchema } from './rule-schema.js';
import { quotedSuggestions } from './suggest.js';
import { resolveTimeZone, searchTimeZones } from './time-zones.js';

export const FeedConfigSchema = z
  .object({
    id: IdSchema,
    url: z.url({
      protocol: /^https?$/,
      error: (issue) => (issue.input === null ? 'has no value: write an http(s) URL' : `"${String(issue.input)}" is not an http(s) URL`),
    }),
    name: z.string().optional(),
    interval: DurationSchema.optional(),
    enabled: z.boolean().default(true),
  })
  .strict();
export type FeedConfig = z.infer<typeof FeedConfigSchema>;

export const PollingSchema = z
  .object({
    /** Default interval between two polls of one feed. */
    interval: DurationSchema.default(300_000),
    /** Feeds fetched at once. */
    concurrency: z.number().int().min(1).max(64).default(8),
    /**
     * Worker threads that extract new items while the main thread stores and groups them; 0: on
     * the main thread. Unset: every core but one, at least one. Each holds its own engine (about 120 MB).
     */
    extractionWorkers: z.number().int().min(0).max(64).optional(),
    /** Requests at once to one host. */
    perHostConcurrency: z.number().int().min(1).max(16).default(2),
    /** First poll of a new feed: only items published this recently alert; older ones are recorded silently. */
    firstRunWindow: DurationSchema.default(86_400_000),
    /** Total time allowed for one fetch, download included. */
    timeout: DurationSchema.default(30_000),
    maxBytes: ByteSizeSchema.default(10 * 1024 * 1024),
    /** After failing this long without a success, a feed is disabled. */
    disableAfter: DurationSchema.default(7 * 86_400_000),
    /** New items taken from one feed per poll (the newest); the rest wait for the next poll. */
    maxItemsPerPoll: z.number().int().min(1).max(100_000).default(500),
    /** How long a process's lease on a feed holds: a process that dies mid-poll leaves the feed to the others after this. */
    lease: DurationSchema.default(120_000),
  })
  .strict();

export const NetworkSchema = z
  .object({
    /** Hosts or CIDR ranges that feeds added from Discord may reach although they are not public. */
    allow: z
      .array(
        z.string().refine((entry) => readAllowEntry(entry) !== null, {
          error: (issue) => `"${String(issue.input)}" is not a host name, IP address or CIDR range (e.g. feeds.example.org, *.example.org, 10.0.0.0/8)`,
        }),
      )
      .default([]),
  })
  .strict();

export const RetentionSchema = z
  .object({
    maxAge: DurationSchema.default(90 * 86_400_000),
  })
  .strict();

export const IncidentsSchema = z
  .object({
    /** Reports further apart than this are never the same incident (but follow-ups of the same town, up to twice this: incidents/assign.ts). */
    window: DurationSchema.default(24 * 3_600_000),
    /** Places further apart than this are never the same incident. */
    distanceKm: z.number().positive().default(40),
    /** At most one reply about a risen toll per incident and channel in this time (the edited alert always shows the new toll). */
    tollReplySpacing: DurationSchema.default(30 * 60_000),
  })
  .strict();

export const MapsSchema = z
  .object({
    /** Alerts, /lookup replies and digests carry a map. */
    enabled: z.boolean().default(true),
    /** A map taking longer than this is given up: the message goes without it. */
    timeout: DurationSchema.default(5_000),
  })
  .strict();

/** An IANA time zone name ("Europe/Berlin", "Asia/Baghdad", "UTC"), in any case, kept as IANA spells it. */
export const TimeZoneSchema = z.string().transform((tz, ctx) => {
  const zone = resolveTimeZone(tz);
  if (zone) return zone;
  ctx.addIssue({
    code: 'custom',
    message: `"${tz}" is not an IANA time zone such as Europe/Berlin or UTC${quotedSuggestions(searchTimeZones(tz, 3))}`,
  });
  return z.NEVER;
});

/** A daily SITREP of a rule's incidents, posted at a local hour. */
export const DigestConfigSchema = z
  .object({
    /** A rule of this file. */
    rule: IdSchema,
    /** Discord channel id; without one (or without Discord), the digest goes to the console. */
    channel: z
      .string()
      .regex(/^\d{17,20}$/, 'expected a Discord channel id (17 to 20 digits)')
      .optional(),
    /** Local hour (0–23) at which the previous 24 hours are summed up. */
    hour: z.number().int().min(0).max(23).default(7),
    timeZone: TimeZoneSchema.default('UTC'),
  })
  .strict();
export type DigestConfig = z.infer<typeof DigestConfigSchema>;

export const HttpSchema = z
  .object({
    /** Port of the health and metrics listener (/healthz, /readyz, /metrics); none: off. */
    port: z.number().int().min(0).max(65535).optional(),
    /** Address it binds: loopback unless set (0.0.0.0 in a container, for a scraper outside it). */
    host: z.string().min(1).default('127.0.0.1'),
  })
  .strict();

export const ConfigSchema = z
  .object({
    feeds: z.array(FeedConfigSchema).default([]),
    rules: z.array(RuleSchema).default([]),
    polling: PollingSchema.default(PollingSchema.parse({})),
    network: NetworkSchema.default(NetworkSchema.parse({})),
    retention: RetentionSchema.default(RetentionSchema.parse({})),
    incidents: IncidentsSchema.default(IncidentsSchema.parse({})),
    maps: MapsSchema.default(MapsSchema.parse({})),
    digests: z.array(DigestConfigSchema).default([]),
    http: HttpSchema.default(HttpSchema.parse({})),
  })
  .strict();
export type Config = z.infer<typeof ConfigSchema>;
