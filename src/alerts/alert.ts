import { z } from 'zod';
import { CasualtiesSchema, placeLabel, ResolvedActorSchema, ResolvedPlaceSchema } from '../extract/analysis.js';
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

/** A rule an alert is for, and why it matched, in words ("attack type drone", "place Erbil"). */
export const AlertRuleSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** Discord server that owns the rule; null for config-file rules. */
  guildId: z.string().nullable(),
  reasons: z.array(z.string()),
});
export type AlertRule = z.infer<typeof AlertRuleSchema>;

/**
 * What rule matches produce: everything a sink needs to render one message, so that sinks never
 * read the store. A target gets one alert per report of an incident, listing every matching rule
 * it subscribed to; an `update` re-renders an incident that was already alerted.
 */
export const AlertSchema = z.object({
  id: z.string(),
  kind: z.enum(['new', 'update']),
  /**
   * 'attack' for an attack report's incident; 'report' for a report that is not an attack, matched
   * by a keyword watch (a rule with `attacksOnly: false`): shown plainly, without severity.
   */
  style: z.enum(['attack', 'report']),
  /** The matching rules, in rule order; at least one. */
  rules: z.array(AlertRuleSchema).min(1),
  /** Incident id; for a report, an id of its own (reports are not grouped). */
  incidentId: z.string(),
  /**
   * The title (and link) of the report that stated the toll shown, else of the first report: a
   * title never contradicts the casualties beside it ("18 killed" over a toll of 52).
   */
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
  /** For updates: what changed since the last alert, in words. */
  changes: z.array(z.string()),
  /** For updates: the severity the incident had before. */
  previousSeverity: SeveritySchema.nullable(),
  /** For updates: the toll the incident had before (null in alerts stored before it was kept). */
  previousCasualties: CasualtiesSchema.nullable().default(null),
  /** The `near` circles of the rule (drawn on the alert's map); absent in alerts stored before maps. */
  near: z.array(z.object({ label: z.string(), lat: z.number(), lon: z.number(), km: z.number() })).default([]),
});
export type Alert = z.infer<typeof AlertSchema>;

/** The `--json` line of contract 2: stable field names that other tools parse. */
export function alertJson(alert: Alert) {
  return {
    rule: alert.rules[0]!.id,
    rules: alert.rules.map((r) => r.id),
    style: alert.style,
    title: alert.title,
    link: alert.link,
    attackTypes: alert.attackTypes,
    // `label` is the place as the text spells it ("Hilla" for Al Ḩillah); `roadEnd` marks a town
    // named only as an end of the road hit (both added in the ninth round; `name` is unchanged).
    places: alert.places.map((p) => ({
      name: p.name,
      label: placeLabel(p),
      country: p.country,
      lat: p.lat,
      lon: p.lon,
      kind: p.kind,
      ...(p.roadEnd ? { roadEnd: true } : {}),
    })),
    countries: alert.countries,
    actors: alert.actors.map(({ id, name }) => ({ id, name })),
    casualties: alert.casualties,
    severity: alert.severity,
    published: alert.published,
    incidentId: alert.incidentId,
    update: alert.kind === 'update',
    /** What an update changed, in words (a new source, a higher toll); empty for a new alert. */
    changes: alert.changes,
    previousSeverity: alert.previousSeverity,
    sources: alert.sources.length,
  };
}
