import { z } from 'zod';
import { CasualtiesSchema, ResolvedActorSchema, ResolvedPlaceSchema } from '../extract/analysis.js';
import { AttackTypeSchema, CountryCodeSchema, SeveritySchema } from '../vocabulary.js';

/** One report (document) that an incident rests on. */
export const AlertSourceSchema = z.object({
  documentId: z.string(),
  feedId: z.string(),
  title: z.string(),
  link: z.string().nullable(),
  published: z.string(),
});
export type AlertSource = z.infer<typeof AlertSourceSchema>;

/**
 * What a rule match produces: everything a sink needs to render the alert, so that sinks never
 * read the store. An `update` alert re-renders an incident that was already alerted.
 */
export const AlertSchema = z.object({
  id: z.string(),
  kind: z.enum(['new', 'update']),
  ruleId: z.string(),
  ruleName: z.string(),
  /** Discord server that owns the rule; null for config-file rules. */
  guildId: z.string().nullable(),
  incidentId: z.string(),
  title: z.string(),
  link: z.string().nullable(),
  summary: z.string(),
  published: z.string(),
  attackTypes: z.array(AttackTypeSchema),
  places: z.array(ResolvedPlaceSchema),
  countries: z.array(CountryCodeSchema),
  actors: z.array(ResolvedActorSchema),
  casualties: CasualtiesSchema,
  severity: SeveritySchema,
  /** Every report of the incident so far, oldest first. */
  sources: z.array(AlertSourceSchema),
  /** Why the rule matched, in words ("attack type drone", "place Erbil"). */
  reasons: z.array(z.string()),
  /** For updates: what changed since the last alert, in words. */
  changes: z.array(z.string()),
  /** For updates: the severity the incident had before. */
  previousSeverity: SeveritySchema.nullable(),
  /** The `near` circles of the rule (drawn on the alert's map); absent in alerts stored before maps. */
  near: z.array(z.object({ label: z.string(), lat: z.number(), lon: z.number(), km: z.number() })).default([]),
});
export type Alert = z.infer<typeof AlertSchema>;

/** The `--json` line of contract 2: stable field names that other tools parse. */
export function alertJson(alert: Alert) {
  return {
    rule: alert.ruleId,
    title: alert.title,
    link: alert.link,
    attackTypes: alert.attackTypes,
    places: alert.places.map(({ name, country, lat, lon, kind }) => ({ name, country, lat, lon, kind })),
    countries: alert.countries,
    actors: alert.actors.map(({ id, name }) => ({ id, name })),
    casualties: alert.casualties,
    severity: alert.severity,
    published: alert.published,
    incidentId: alert.incidentId,
    update: alert.kind === 'update',
    sources: alert.sources.length,
  };
}
