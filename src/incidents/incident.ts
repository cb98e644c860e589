import { z } from 'zod';
import { AlertSourceSchema } from '../alerts/alert.js';
import { CasualtiesSchema, type Extraction, HeadlineSchema, ResolvedActorSchema, ResolvedPlaceSchema } from '../extract/analysis.js';
import { AttackTypeSchema, CountryCodeSchema, type Severity, SeveritySchema, TargetSchema } from '../vocabulary.js';
import { packSketches } from './fingerprint.js';

/**
 * A fingerprint as a process keeps it (fingerprint.ts `TextSketches`: its three sketches in one
 * array of 32-bit words), or as incidents stored before migration 0013 kept it in their JSON: each
 * sketch a list of whole non-negative numbers, checked in one pass over the list (one schema per
 * number took twice JSON.parse's time) and packed into words. The store keeps sketches as base64 of
 * those words (store/incident-rows.ts).
 */
const ListedSketchSchema = z.custom<number[]>(
  (v) => Array.isArray(v) && v.every((h) => Number.isSafeInteger(h) && h >= 0 && h <= 0xffff_ffff),
  'a sketch is a list of 32-bit whole numbers',
);

const PackedFingerprintSchema = z
  .object({
    documentId: z.string(),
    link: z.string().nullable(),
    hashes: z.instanceof(Uint32Array),
    bodyAt: z.number().int().nonnegative(),
    vocabularyAt: z.number().int().nonnegative(),
  })
  .refine((f) => f.bodyAt <= f.vocabularyAt && f.vocabularyAt <= f.hashes.length, "a fingerprint's sketches end within its hashes");

const ListedFingerprintSchema = z
  .object({ documentId: z.string(), link: z.string().nullable(), title: ListedSketchSchema, body: ListedSketchSchema, vocabulary: ListedSketchSchema })
  .transform(({ documentId, link, title, body, vocabulary }) => ({ documentId, link, ...packSketches(title, body, vocabulary) }));

export const FingerprintSchema = z.union([PackedFingerprintSchema, ListedFingerprintSchema]);
export type Fingerprint = z.infer<typeof FingerprintSchema>;

/**
 * The headline facts later reports are compared with (see headline.ts `incidentHeadlines`); the
 * rest of a report's headline facts are about the report itself and are not kept.
 */
export const SourceHeadlineSchema = HeadlineSchema.pick({ attackTypes: true, hitPlaces: true, timeOfDay: true });

/** One report of an incident, with what its headline says. Sources stored before the headline stage have none. */
export const IncidentSourceSchema = AlertSourceSchema.extend({ headline: SourceHeadlineSchema.optional() });

/** One attack as reported by one or more sources: the value kept in `incidents.data`. */
export const IncidentSchema = z.object({
  /** `stableId('inc', <first report's document id>)`. */
  id: z.string(),
  /** The first report's title. */
  title: z.string(),
  /** ISO-8601 publication times of the first and latest report. */
  firstPublished: z.string(),
  lastPublished: z.string(),
  attackTypes: z.array(AttackTypeSchema),
  places: z.array(ResolvedPlaceSchema),
  /** Ids (among `places`) of the place each report is about: its first city, base or region. */
  scenes: z.array(z.string()),
  countries: z.array(CountryCodeSchema),
  actors: z.array(ResolvedActorSchema),
  /** The highest figure any source stated; null only while no source stated one. */
  casualties: CasualtiesSchema,
  /**
   * The source that stated the toll now shown (the last to raise a figure): its title is the one an
   * alert leads with, so that the title does not contradict the toll. Absent while no source stated one.
   */
  tollSourceId: z.string().optional(),
  severity: SeveritySchema,
  targets: z.array(TargetSchema),
  /** Every report of the incident, oldest first. */
  sources: z.array(IncidentSourceSchema),
  /** One per source: recognises syndicated copies and re-publications of a source. */
  fingerprints: z.array(FingerprintSchema),
  /** Why the first report was kept apart from a similar one (another place, another attack in the same place, or several fitting incidents), in one line. */
  groupingNote: z.string().optional(),
});
export type Incident = z.infer<typeof IncidentSchema>;

/** An incident as `incidents.data` keeps it: its fingerprints are rows of their own (store/incident-rows.ts). */
export const StoredIncidentSchema = IncidentSchema.omit({ fingerprints: true });

/** A document that the extraction engine found to be an attack, as the grouping sees it. */
export interface IncomingReport {
  documentId: string;
  feedId: string;
  title: string;
  content: string;
  link: string | null;
  /** ISO-8601. */
  published: string;
  extraction: Extraction;
}

/** What severity depends on (see alerts/severity.ts `severityOf`). */
export type SeverityInput = Pick<Extraction, 'attackTypes' | 'casualties' | 'targets' | 'places'>;
export type SeverityFunction = (input: SeverityInput) => Severity;

/**
 * An incident spans at most this many windows from its first report: past the first window only
 * follow-ups of the same town join (assign.ts), within the window of its latest report.
 */
export const SPAN_WINDOWS = 2;

export interface GroupingConfig {
  /** Reports published further apart than this from an incident's first report never join it. */
  windowMs: number;
  /** Places further apart than this are not the same scene. */
  distanceKm: number;
  /** Severity of a merged incident (alerts/severity.ts `severityOf`). */
  severityOf: SeverityFunction;
}

/** The grouping settings of the config file (`incidents:`) with the severity function. */
export function groupingConfig(incidents: { window: number; distanceKm: number }, severityOf: SeverityFunction): GroupingConfig {
  return { windowMs: incidents.window, distanceKm: incidents.distanceKm, severityOf };
}

/**
 * `compute` kept per incident object: incidents are replaced, never changed, on merge (merge.ts
 * mergeReport is pure), so what is worked out from one stays true while the object lives.
 */
export function perIncident<T>(compute: (incident: Incident) => T): (incident: Incident) => T {
  const kept = new WeakMap<Incident, T>();
  return (incident) => {
    let value = kept.get(incident);
    if (value === undefined) {
      value = compute(incident);
      kept.set(incident, value);
    }
    return value;
  };
}
